/**
 * A planted package cycle for {@link org.uca.adapter.persistence.PackageCyclesTest}: the adapter's root package
 * stores documents of {@code json}, and {@code DocumentKnowingItsStore} points back, closing a cycle between a root
 * package and its sub-package (which a rule slicing only at sub-packages would not see). Test code only.
 */
package org.uca.adapter.persistence.architecture.planted;
