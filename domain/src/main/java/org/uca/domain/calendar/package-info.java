/** Working-day arithmetic for policy deadlines, using the England and Wales bank-holiday calendar. */
package org.uca.domain.calendar;
