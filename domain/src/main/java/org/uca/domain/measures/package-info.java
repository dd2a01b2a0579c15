/**
 * What the landlord may do when a resident's actions are unacceptable (policy 4.3 to 4.5): change contact
 * standards, limit services, take tenancy action or inform the police, and who must authorise each.
 */
@Module(name = "measures")
package org.uca.domain.measures;

import org.jmolecules.ddd.annotation.Module;
