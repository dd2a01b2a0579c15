/** The planted pages package, in a cycle with its root. */
@PrimaryAdapter
package org.uca.adapter.web.planted.cycle.pages;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
