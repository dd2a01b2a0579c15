/**
 * A planted violation, test code only: a miniature web adapter whose root and {@code pages} package depend on each
 * other (as {@code UcaWeb} and {@code JsonApi} once did), to prove the package-cycle rule bites.
 */
@PrimaryAdapter
package org.uca.adapter.web.planted.cycle;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
