package org.uca.application.port.out;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import org.uca.domain.calendar.EndedQuarter;
import org.uca.domain.calendar.Quarter;

/** The figures the Service Development Team monitors, computed where the data is (in SQL for a database). */
public interface MonitoringData {

    /**
     * Figures for decisions, warnings, actions and appeals dated from {@code from} to {@code to} inclusive, with the
     * tenancy profile worked out when the period is a whole quarter that has ended ({@link EndedQuarter}).
     */
    default MonitoringReport reportFor(LocalDate from, LocalDate to, LocalDate today) {
        return reportFor(from, to, today, EndedQuarter.of(from, to, today).isDefined());
    }

    /**
     * As {@link #reportFor(LocalDate, LocalDate, LocalDate)}, the tenancy profile worked out only if
     * {@code withProfile} (and the period is a whole quarter that has ended): none is, where it was published before.
     */
    MonitoringReport reportFor(LocalDate from, LocalDate to, LocalDate today, boolean withProfile);

    /** The tenancy profile published for an ended quarter, if it has been. */
    Option<TenancyProfile> publishedProfile(Quarter quarter);

    /**
     * Publishes the tenancy profile of an ended quarter, as first worked out, unless one was published for it
     * already: the profile that stands for the quarter from then on, never worked out again.
     *
     * @return whether this one was published (false: one stood already, {@link #publishedProfile})
     */
    boolean publishProfile(Quarter quarter, TenancyProfile profile, Instant at);
}
