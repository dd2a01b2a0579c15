/**
 * What the web adapter needs from the composition root besides the use cases: the sign-in accounts, the staff
 * directory's names and levels, and a health check.
 */
@PrimaryAdapter
package org.uca.adapter.web.port;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
