package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.service.UcaApplication;
import org.uca.application.testbed.Journey;
import org.uca.application.testbed.MovableClock;
import org.uca.application.testbed.StaffRoles;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.WarningId;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Fixtures;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.ResidentId;

/**
 * The real application on a fresh database of the kind a subclass names, with the fixture staff (each with an
 * account giving their role) and two residents
 * in the directories; every statement it sends is logged.
 */
abstract class OnADatabase {

    static final ResidentId ALEX = new ResidentId("R-1001");
    static final ResidentId BEA = new ResidentId("R-1002");

    TestDatabase db;
    MovableClock clock;
    Ports ports;
    UcaApplication app;
    Journey journey;

    abstract TestDatabase.Kind kind();

    /** A fresh database of that kind, reached as one user; a subclass may have it migrated by another. */
    DatabaseSettings freshSettings() {
        return TestDatabase.settingsFor(kind());
    }

    @BeforeEach
    void freshDatabase() {
        db = TestDatabase.on(kind(), freshSettings());
        clock = new MovableClock(Fixtures.NOW.minus(Duration.ofDays(40)));
        ports = db.database.ports(clock, WorkingDays.ENGLAND_AND_WALES);
        app = new UcaApplication(ports);
        journey = new Journey(app, clock);
        StaffRoles.everyone().forEach(e -> db.saveStaff(e._1, Option.some(e._2)));
        db.database.saveResident(new Resident(ALEX, "Alex Morgan", "Flat 3, 12 Elm Road, London W10 5AA"));
        db.database.saveResident(new Resident(BEA, "Bea Okafor", "4 Canal Walk, London W9 2PP"));
        db.log.clear();
    }

    /** Runs {@code run} and checks it sent exactly {@code expected} statements (listed if not); its result. */
    <T> T expectStatements(int expected, String what, Supplier<T> run) {
        db.log.clear();
        T result = run.get();
        assertThat(db.log.count())
                .as("statements for %s on %s:%s", what, kind(), db.log.listing())
                .isEqualTo(expected);
        return result;
    }

    @AfterEach
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    /** A case with a warning, a further action and contact standards in force (decision 1), for the resident. */
    CaseId caseWithContactStandards(ResidentId resident) {
        CaseId caseId = journey.recordVerbalAbuse(resident).caseId();
        WarningId warning = journey.warn(caseId, List.of(new ActionId(1)));
        var further = journey.recordVerbalAbuse(resident).actions();
        journey.authorise(caseId, Staff.SERVICE_MANAGER,
                AProposal.contactStandards(Measures.singlePointOfContact(), Measures.noEmail())
                        .afterWarning(warning, further));
        return caseId;
    }
}
