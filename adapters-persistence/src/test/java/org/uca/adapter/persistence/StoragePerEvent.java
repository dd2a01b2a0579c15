package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.out.Cases;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseUpdate;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Fixtures;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.ResidentId;
import org.uca.domain.shared.Channel;

/**
 * How much a database grows for each event of a case, measured on a small case and on a case with thousands of
 * events, one save per event as in use. A figure, printed for BENCHMARKS and the persistence README, and a bound:
 * what one event costs must not grow with the size of the case (the snapshot that held the whole case, history
 * included, made an H2 file reach 1.2 GB after about 3,200 events on one case).
 */
abstract class StoragePerEvent {

    /** Events measured on each case, one save each. */
    static final int MEASURED = 200;
    /** Events a large case has before it is measured. */
    static final int LARGE = 3_000;

    /** Opens the database the figure is for. */
    abstract TestDatabase open();

    /** Bytes the database holds now, as its files or relations on disk. */
    abstract long bytesStored(TestDatabase db);

    @Test
    @DisplayName("storage per event does not grow with the size of the case")
    void storagePerEventIsBounded() {
        try (TestDatabase db = open()) {
            Cases cases = db.database.ports(Instant::now, WorkingDays.ENGLAND_AND_WALES).cases();
            // Both cases are stored before either is measured, so both are measured on tables of the same size.
            Case small = withEvents("R-small", 5);
            Case large = withEvents("R-large", LARGE);
            cases.save(large, 0);
            cases.save(small, 0);
            long perEventSmall = perEvent(db, cases, small);
            long perEventLarge = perEvent(db, cases, large);
            System.out.printf("[storage per event] %s: small case %d bytes/event, case of %d events %d bytes/event%n",
                    getClass().getSimpleName(), perEventSmall, LARGE, perEventLarge);
            assertThat(perEventLarge)
                    .as("bytes per event on a case of %d events, against %d on a small case", LARGE, perEventSmall)
                    .isLessThan(Math.max(2 * perEventSmall, 4_096));
        }
    }

    /** Records {@link #MEASURED} contacts on the stored case, one save each; the growth per event. */
    private long perEvent(TestDatabase db, Cases cases, Case start) {
        Case c = start;
        Instant at = start.history().last().at();
        long before = bytesStored(db);
        for (int i = 0; i < MEASURED; i++) {
            at = at.plus(Duration.ofMinutes(7));
            CaseUpdate update = Fixtures.accepted(c.recordContact(at, 10, Channel.PHONE, Staff.CONTACT_CENTRE_OFFICER,
                    at));
            cases.save(update.after(), c.version());
            c = update.after();
        }
        return (bytesStored(db) - before) / MEASURED;
    }

    /** A case with contact standards in force and then contacts and further actions up to {@code events} events. */
    static Case withEvents(String resident, int events) {
        Case c = ACase.forResident(new ResidentId(resident)).withAction().warned().withFurtherAction()
                .authorised(Measures.singlePointOfContact(), Measures.thirtyMinutesAWeek()).build();
        Instant at = Fixtures.NOW.minus(Duration.ofDays(400));
        while (c.version() < events) {
            at = at.plus(Duration.ofMinutes(5));
            c = c.version() % 10 == 0
                    ? Fixtures.after(c.recordActions(io.vavr.collection.List.of(Reports.verbalAbuse(at)), Staff.OFFICER,
                            at))
                    : Fixtures.after(c.recordContact(at, 10, Channel.PHONE, Staff.CONTACT_CENTRE_OFFICER, at));
        }
        return c;
    }
}
