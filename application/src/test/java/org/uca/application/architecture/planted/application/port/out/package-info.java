/** Planted outgoing ports. */
@SecondaryPort
package org.uca.application.architecture.planted.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
