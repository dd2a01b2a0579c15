/**
 * A case per resident: the unacceptable actions recorded, the warnings given, the decisions authorised, the
 * appeals and reviews of them, and the rules that govern each step.
 */
@Module(name = "cases")
package org.uca.domain.cases;

import org.jmolecules.ddd.annotation.Module;
