/**
 * What a contractor or operative visiting a resident or a property must do: the restrictions in force, worded for
 * a visitor, and nothing else about the resident (issue 14 §1).
 */
@Module(name = "visits")
package org.uca.domain.visits;

import org.jmolecules.ddd.annotation.Module;
