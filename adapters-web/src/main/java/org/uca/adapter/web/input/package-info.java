/** Turning what a person or system typed into the use cases' commands, with field-level problems. */
@PrimaryAdapter
package org.uca.adapter.web.input;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
