/** Who is involved: residents, and staff with the authority levels the policy names. */
@Module(name = "people")
package org.uca.domain.people;

import org.jmolecules.ddd.annotation.Module;
