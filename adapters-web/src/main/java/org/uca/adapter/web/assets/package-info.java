/** Static files: GOV.UK Frontend from its WebJar, UCA's own CSS and JavaScript under /static, and its favicon. */
@PrimaryAdapter
package org.uca.adapter.web.assets;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
