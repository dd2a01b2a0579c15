/** Every staff task of the policy as a use case: one interface each, with its command or query. */
@PrimaryPort
package org.uca.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
