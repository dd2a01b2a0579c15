/** Planted outgoing ports. */
@SecondaryPort
package org.uca.bootstrap.architecture.planted.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
