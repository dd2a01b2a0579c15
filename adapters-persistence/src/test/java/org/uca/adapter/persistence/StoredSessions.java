package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.out.Role;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.StaffId;

/**
 * Sessions and API tokens in the database ({@code uca_session}, V12): what every UCA process on it shares. The
 * look-up is one statement that also refuses an expired session and one whose account is disabled.
 */
abstract class StoredSessions extends OnADatabase {

    static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration LIFETIME = Duration.ofHours(12);

    SqlSessions sessions() {
        return db.database.sessions();
    }

    SqlSessions.Row row(String idHash, StaffId staff, Instant started, Instant lastUsed) {
        return new SqlSessions.Row(idHash, "test-" + staff.value(), staff, "Someone", Role.OFFICER, started, lastUsed,
                null);
    }

    /** The look-up as a request at {@code now} makes it. */
    boolean live(String idHash, Instant now) {
        return expectStatements(1, "a session look-up",
                () -> sessions().find(idHash, now.minus(IDLE), now.minus(LIFETIME))).isDefined();
    }

    @Test
    @DisplayName("a session survives being read by another UCA process on the same database")
    void sharedBetweenProcesses() {
        sessions().save(row("h1", Staff.OFFICER.id(), T0, T0));
        try (UcaDatabase otherProcess = UcaDatabase.connect(db.settings)) {
            SqlSessions.Row found = otherProcess.sessions().find("h1", T0.minus(IDLE), T0.minus(LIFETIME)).get();
            assertThat(found.staff()).isEqualTo(Staff.OFFICER.id());
            assertThat(found.username()).isEqualTo("test-" + Staff.OFFICER.id().value());
            assertThat(found.startedAt()).isEqualTo(T0);
        }
    }

    @Test
    @DisplayName("without UCA_SESSION_SECRET, sessions are signed under the database's own secret: 256 random bits,"
            + " made once, the same for another process and after a restart")
    void theDatabaseKeepsItsOwnSessionSecret() {
        String secret = db.database.sessionSecret();
        assertThat(secret).as("64 hex digits").matches("[0-9a-f]{64}");
        assertThat(db.database.sessionSecret()).as("asked again").isEqualTo(secret);
        try (UcaDatabase otherProcess = UcaDatabase.connect(db.settings)) {
            assertThat(otherProcess.sessionSecret()).as("another process, or this one restarted").isEqualTo(secret);
        }
        assertThat(secret).as("not the sign-in limiter's secret").isNotEqualTo(signInSecret());
    }

    private String signInSecret() {
        db.database.signInCounters().pairKey("someone", "192.0.2.1"); // makes the limiter's secret
        try (Connection c = db.jdbc(); PreparedStatement s = c.prepareStatement(
                "select secret from sign_in_throttle_secret where id = 1"); java.sql.ResultSet r = s.executeQuery()) {
            assertThat(r.next()).isTrue();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("OWASP ASVS 3.3.2: a session ends after 30 minutes unused, and after 12 hours however much it is used")
    void idleAndAbsoluteExpiry() {
        sessions().save(row("h1", Staff.OFFICER.id(), T0, T0));
        assertThat(live("h1", T0.plus(Duration.ofMinutes(29)))).isTrue();
        assertThat(live("h1", T0.plus(Duration.ofMinutes(30)))).as("30 minutes unused").isFalse();

        sessions().save(row("h2", Staff.OFFICER.id(), T0, T0));
        for (Instant at = T0; at.isBefore(T0.plus(LIFETIME)); at = at.plus(Duration.ofMinutes(20))) {
            assertThat(live("h2", at)).as("used every 20 minutes, at " + at).isTrue();
            sessions().touch("h2", at);
        }
        assertThat(live("h2", T0.plus(LIFETIME))).as("12 hours after it started, though just used").isFalse();
    }

    @Test
    @DisplayName("a disabled account's sessions and tokens stop working at once, in the same look-up")
    void disabledAccountRefused() throws SQLException {
        sessions().save(row("h1", Staff.OFFICER.id(), T0, T0));
        assertThat(live("h1", T0)).isTrue();
        try (Connection c = db.jdbc();
                PreparedStatement s = c.prepareStatement("update staff_account set disabled_at = ? where staff_id = ?")) {
            s.setObject(1, T0.atOffset(ZoneOffset.UTC));
            s.setString(2, Staff.OFFICER.id().value());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertThat(live("h1", T0)).isFalse();
    }

    @Test
    @DisplayName("enabling a disabled account again does not bring back the sessions and tokens it had; nobody"
            + " else's end")
    void enablingKeepsSessionsEnded() {
        String officer = "test-" + Staff.OFFICER.id().value();
        sessions().save(row("h1", Staff.OFFICER.id(), T0, T0));
        sessions().save(row("theirs", Staff.SERVICE_MANAGER.id(), T0, T0));
        ports.unitOfWork().inTransaction(() -> {
            ports.accounts().disable(officer, T0);
            return null;
        });
        assertThat(live("h1", T0)).isFalse();

        ports.unitOfWork().inTransaction(() -> {
            ports.accounts().enable(officer);
            return null;
        });

        assertThat(ports.accounts().account(officer).get().disabled()).isFalse();
        assertThat(live("h1", T0)).as("ended for good").isFalse();
        assertThat(live("theirs", T0)).isTrue();
    }

    @Test
    @DisplayName("the session answers with the account's role now, not the one it had at sign-in")
    void currentRole() {
        sessions().save(row("h1", Staff.SERVICE_MANAGER.id(), T0, T0));
        assertThat(sessions().find("h1", T0.minus(IDLE), T0.minus(LIFETIME)).get().role())
                .isEqualTo(Role.SERVICE_MANAGER);
    }

    @Test
    @DisplayName("ending my other sessions ends every one of mine but this, and nobody else's")
    void endOthers() {
        sessions().save(row("mine", Staff.OFFICER.id(), T0, T0));
        sessions().save(row("my-token", Staff.OFFICER.id(), T0, T0));
        sessions().save(row("my-laptop", Staff.OFFICER.id(), T0, T0));
        sessions().save(row("theirs", Staff.SERVICE_MANAGER.id(), T0, T0));
        assertThat(sessions().endOthers(Staff.OFFICER.id(), "mine")).isEqualTo(2);
        assertThat(live("mine", T0)).isTrue();
        assertThat(live("my-token", T0)).isFalse();
        assertThat(live("theirs", T0)).isTrue();
        sessions().end("mine");
        assertThat(live("mine", T0)).isFalse();
    }

    @Test
    @DisplayName("the message for the next page is kept with the session, for whichever server shows it")
    void flash() {
        sessions().save(row("h1", Staff.OFFICER.id(), T0, T0));
        sessions().flash("h1", "Warning issued.");
        assertThat(sessions().find("h1", T0.minus(IDLE), T0.minus(LIFETIME)).get().flash()).isEqualTo("Warning issued.");
        sessions().flash("h1", null);
        assertThat(sessions().find("h1", T0.minus(IDLE), T0.minus(LIFETIME)).get().flash()).isNull();
    }

    @Test
    @DisplayName("expired sessions are swept in one statement; live ones stay")
    void sweep() {
        Instant now = T0.plus(LIFETIME).plus(Duration.ofHours(1));
        sessions().save(row("idle", Staff.OFFICER.id(), now.minus(Duration.ofHours(2)), now.minus(IDLE)));
        sessions().save(row("old", Staff.OFFICER.id(), T0, now.minus(Duration.ofMinutes(1))));
        sessions().save(row("live", Staff.OFFICER.id(), now.minus(Duration.ofHours(1)), now));
        int swept = expectStatements(1, "a sweep", () -> sessions().sweep(now.minus(IDLE), now.minus(LIFETIME)));
        assertThat(swept).isEqualTo(2);
        assertThat(db.rows("uca_session")).isEqualTo(1);
        assertThat(live("live", now)).isTrue();
    }
}
