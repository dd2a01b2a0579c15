/** The JSON API by resource (and {@code /health}): the same use cases as the pages, with RFC 9457 problem details. */
@PrimaryAdapter
package org.uca.adapter.web.api;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
