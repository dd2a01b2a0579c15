/** Planted incoming ports. */
@PrimaryPort
package org.uca.bootstrap.architecture.planted.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
