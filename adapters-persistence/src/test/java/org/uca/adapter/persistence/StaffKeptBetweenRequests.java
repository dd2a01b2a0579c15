package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.Failure;
import org.uca.application.port.out.Role;
import org.uca.application.service.UcaApplication;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.fixtures.Staff;

/**
 * The contact-guidance hot path keeps staff entries between requests; a change to someone's role must still stop
 * them at once, whichever UCA process (or anyone with the database) makes it. Two {@link UcaDatabase}s on one
 * database stand for two UCA processes: each keeps its own entries.
 */
abstract class StaffKeptBetweenRequests extends OnADatabase {

    private boolean guidanceAnswered() {
        return app.contactGuidance().guidanceFor(Staff.CONTACT_CENTRE_OFFICER.id(), ALEX).isRight();
    }

    private Failure refusal() {
        return app.contactGuidance().guidanceFor(Staff.CONTACT_CENTRE_OFFICER.id(), ALEX).getLeft();
    }

    @Test
    @DisplayName("a role taken away in another UCA process is refused on this one at the next request, and audited")
    void roleTakenAwayElsewhereIsRefusedAtOnce() {
        assertThat(guidanceAnswered()).isTrue(); // this process now keeps the officer's entry
        UcaDatabase otherProcess = UcaDatabase.connect(db.settings);
        try {
            otherProcess.saveAccount("test-" + Staff.CONTACT_CENTRE_OFFICER.id().value(), "no password matches",
                    Staff.CONTACT_CENTRE_OFFICER.id(), Role.ADMINISTRATOR);
        } finally {
            otherProcess.close();
        }

        long audited = ports.audit().count();
        assertThat(refusal()).isInstanceOf(Failure.NotPermitted.class);
        assertThat(refusal().message()).contains("administrator");
        assertThat(ports.audit().count()).as("each refusal audited").isEqualTo(audited + 2);
    }

    @Test
    @DisplayName("an account removed in the database itself, outside UCA, leaves its member of staff without a role at"
            + " once")
    void accountRemovedInTheDatabaseIsSeenAtOnce() throws SQLException {
        assertThat(guidanceAnswered()).isTrue();
        try (Connection c = db.jdbc();
                PreparedStatement s = c.prepareStatement("delete from staff_account where staff_id = ?")) {
            s.setString(1, Staff.CONTACT_CENTRE_OFFICER.id().value());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }

        assertThat(refusal().message()).contains("has no role in UCA");
    }

    @Test
    @DisplayName("a role given in another process is honoured there without a restart")
    void roleGivenElsewhereIsHonoured() {
        UcaDatabase other = UcaDatabase.connect(db.settings);
        try {
            UcaApplication otherProcess = new UcaApplication(other.ports(clock, WorkingDays.ENGLAND_AND_WALES));
            db.database.saveAccount("test-" + Staff.CONTACT_CENTRE_OFFICER.id().value(), "no password matches",
                    Staff.CONTACT_CENTRE_OFFICER.id(), Role.ADMINISTRATOR);
            assertThat(otherProcess.contactGuidance().guidanceFor(Staff.CONTACT_CENTRE_OFFICER.id(), ALEX).getLeft())
                    .isInstanceOf(Failure.NotPermitted.class);

            db.database.saveAccount("test-" + Staff.CONTACT_CENTRE_OFFICER.id().value(), "no password matches",
                    Staff.CONTACT_CENTRE_OFFICER.id(), Role.OFFICER);

            assertThat(otherProcess.contactGuidance().guidanceFor(Staff.CONTACT_CENTRE_OFFICER.id(), ALEX).isRight())
                    .isTrue();
        } finally {
            other.close();
        }
    }

    @Test
    @DisplayName("a change to the member of staff themselves (their directory entry) is seen at the next request")
    void directoryEntryChangedIsSeenAtOnce() throws SQLException {
        assertThat(guidanceAnswered()).isTrue();
        try (Connection c = db.jdbc();
                PreparedStatement s = c.prepareStatement("update staff_member set name = ? where id = ?")) {
            s.setString(1, "Priya Renamed");
            s.setString(2, Staff.CONTACT_CENTRE_OFFICER.id().value());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        db.log.clear();

        assertThat(guidanceAnswered()).isTrue();
        assertThat(db.log.statements()).as("the entry read again, the look-up, the reference of the resident (who has"
                + " no case) and the line saying who looked").hasSize(4);
        assertThat(db.log.statements().get(2)).startsWith("select reference from resident_reference");
        assertThat(db.log.statements().get(3)).startsWith("insert into access_entry");
        assertThat(ports.guidance().asking(Staff.CONTACT_CENTRE_OFFICER.id()).get().member().name())
                .isEqualTo("Priya Renamed");
    }
}
