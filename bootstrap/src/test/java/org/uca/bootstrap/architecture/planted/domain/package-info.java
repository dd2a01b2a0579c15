/** The planted domain module. */
@Module(name = "planted")
package org.uca.bootstrap.architecture.planted.domain;

import org.jmolecules.ddd.annotation.Module;
