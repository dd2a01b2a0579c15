/** Static files: GOV.UK Frontend from its WebJar, and UCA's favicon. */
@PrimaryAdapter
package org.uca.adapter.web.assets;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
