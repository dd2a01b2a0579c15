/**
 * A planted package cycle for {@link org.uca.application.architecture.PackageCyclesTest}: a query in {@code port.in}
 * returns rows of {@code port.out}, and {@code RowKnowingItsQuery} points back, closing a cycle between the two
 * sub-packages of {@code port} (which a rule slicing only at {@code port} would not see). Test code only.
 */
package org.uca.application.architecture.planted.cycles;
