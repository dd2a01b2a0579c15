/**
 * A planted package cycle for {@link org.uca.domain.architecture.PackageCyclesTest}: a warning knows the decision
 * taken after it, and {@code DecisionCitingItsWarning} points back, closing the cycle. Test code only.
 */
package org.uca.domain.architecture.planted.cycles;
