/** Working-day arithmetic for policy deadlines, using the England and Wales bank-holiday calendar. */
@Module(name = "calendar")
package org.uca.domain.calendar;

import org.jmolecules.ddd.annotation.Module;
