/** Planted incoming ports. */
@PrimaryPort
package org.uca.application.architecture.planted.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
