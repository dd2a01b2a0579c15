/** Small values every part of the policy model uses: refusals and the checks that produce them. */
@Module(name = "shared")
package org.uca.domain.shared;

import org.jmolecules.ddd.annotation.Module;
