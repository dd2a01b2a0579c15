/** What the application needs from the world outside it, named after the need, not the technology. */
@SecondaryPort
package org.uca.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
