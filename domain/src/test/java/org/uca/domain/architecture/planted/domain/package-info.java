/** The planted domain: a jMolecules module, like every real domain package. */
@Module(name = "planted")
package org.uca.domain.architecture.planted.domain;

import org.jmolecules.ddd.annotation.Module;
