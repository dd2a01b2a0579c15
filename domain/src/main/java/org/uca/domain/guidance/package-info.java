/** What front-line staff may do right now in contact with a resident: the contact centre's question. */
@Module(name = "guidance")
package org.uca.domain.guidance;

import org.jmolecules.ddd.annotation.Module;
