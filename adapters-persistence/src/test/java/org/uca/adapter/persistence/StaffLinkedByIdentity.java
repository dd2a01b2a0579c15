package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StaffDirectory;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.AuthorityLevel;

/** Single sign-on's link between a provider's person (issuer and subject) and a member of staff. */
abstract class StaffLinkedByIdentity extends OnADatabase {

    static final String ENTRA = "https://login.microsoftonline.com/tenant-id/v2.0";
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    LinkedSignIn signIn(String issuer, String subject, String name, String username, Role role,
            AuthorityLevel level) {
        return db.database.signInLinked(issuer, subject, name, username, role, level, NOW);
    }

    StaffDirectory.Entry entry(LinkedSignIn signIn) {
        return ports.unitOfWork().inTransaction(() -> ports.staff().find(signIn.member().id())).get();
    }

    @Test
    @DisplayName("a first sign-in creates the member of staff, with the role and level the claim maps to, and an"
            + " account no password opens")
    void firstSignInCreates() {
        LinkedSignIn first = signIn(ENTRA, "sub-1", "Maya Manager", "maya@landlord.example", Role.SERVICE_MANAGER,
                AuthorityLevel.SERVICE_MANAGER);
        assertThat(first.created()).isTrue();
        assertThat(entry(first).role()).isEqualTo(Option.some(Role.SERVICE_MANAGER));
        assertThat(entry(first).member().authority()).isEqualTo(AuthorityLevel.SERVICE_MANAGER);
        assertThat(entry(first).member().name()).isEqualTo("Maya Manager");
        StoredAccount account = db.database.account("maya@landlord.example").get();
        assertThat(account.staff()).isEqualTo(first.member().id());
        assertThat(account.passwordHash()).doesNotStartWith("$"); // no password4j hash: no password matches it
    }

    @Test
    @DisplayName("later sign-ins find the same member of staff by issuer and subject, and take the role, level and"
            + " name from the claims again, with what they replaced")
    void laterSignInsUpdate() {
        LinkedSignIn first = signIn(ENTRA, "sub-1", "Maya Manager", "maya@landlord.example", Role.SERVICE_MANAGER,
                AuthorityLevel.SERVICE_MANAGER);
        LinkedSignIn same = signIn(ENTRA, "sub-1", "Maya Manager", "renamed@landlord.example",
                Role.SERVICE_MANAGER, AuthorityLevel.SERVICE_MANAGER);
        assertThat(same.created()).isFalse();
        assertThat(same.changed()).isFalse();
        assertThat(same.member().id()).isEqualTo(first.member().id());
        assertThat(same.account().username()).isEqualTo("maya@landlord.example");

        LinkedSignIn moved = signIn(ENTRA, "sub-1", "Maya Okafor", "maya@landlord.example", Role.OFFICER,
                AuthorityLevel.NONE);
        assertThat(moved.changed()).isTrue();
        assertThat(moved.before().get()).isEqualTo(new LinkedSignIn.Before(Role.SERVICE_MANAGER,
                AuthorityLevel.SERVICE_MANAGER, "Maya Manager"));
        assertThat(entry(moved).role()).isEqualTo(Option.some(Role.OFFICER));
        assertThat(entry(moved).member().authority()).isEqualTo(AuthorityLevel.NONE);
        assertThat(entry(moved).member().name()).isEqualTo("Maya Okafor");
    }

    @Test
    @DisplayName("never linked by email or username: a local account with the same username is left alone and the"
            + " provider's person gets an account of their own")
    void notLinkedByUsername() {
        StoredAccount local = db.database.account("test-" + Staff.SERVICE_MANAGER.id().value()).get();
        LinkedSignIn sso = signIn(ENTRA, "sub-2", "Someone Else", local.username(), Role.DIRECTOR,
                AuthorityLevel.DIRECTOR);
        assertThat(sso.member().id()).isNotEqualTo(local.staff());
        assertThat(sso.account().username()).isEqualTo(local.username() + "-2");
        assertThat(db.database.account(local.username()).get()).isEqualTo(local);
    }

    @Test
    @DisplayName("the staff directory's record of someone linked names the issuer, in the one statement that reads it;"
            + " local staff have none")
    void recordSaysLinked() {
        LinkedSignIn sso = signIn(ENTRA, "sub-5", "Lee Linked", "lee", Role.OFFICER, AuthorityLevel.NONE);

        var record = expectStatements(1, "a staff record", () -> ports.unitOfWork().inTransaction(() ->
                ports.staffRecords().record(sso.member().id()))).get();
        assertThat(record.singleSignOn()).contains(ENTRA);
        assertThat(ports.unitOfWork().inTransaction(() -> ports.staffRecords().searchStaff("lee linked", 1, 10))
                .items().map(r -> r.singleSignOn().getOrElse(""))).containsExactly(ENTRA);
        assertThat(ports.unitOfWork().inTransaction(() -> ports.staffRecords().record(Staff.OFFICER.id())).get()
                .singleSignOn()).isEmpty();
    }

    @Test
    @DisplayName("the same subject at another issuer is another person")
    void subjectIsPerIssuer() {
        LinkedSignIn entra = signIn(ENTRA, "sub-3", "Ann", "ann", Role.OFFICER, AuthorityLevel.NONE);
        LinkedSignIn okta = signIn("https://landlord.okta.com", "sub-3", "Ann", "ann", Role.OFFICER,
                AuthorityLevel.NONE);
        assertThat(okta.created()).isTrue();
        assertThat(okta.member().id()).isNotEqualTo(entra.member().id());
    }

    @Test
    @DisplayName("a disabled account is not signed in, and the claims change nothing")
    void disabledAccountRefused() throws SQLException {
        LinkedSignIn first = signIn(ENTRA, "sub-4", "Dee", "dee", Role.OFFICER, AuthorityLevel.NONE);
        try (Connection c = db.jdbc();
                PreparedStatement s = c.prepareStatement("update staff_account set disabled_at = current_timestamp"
                        + " where staff_id = ?")) {
            s.setString(1, first.member().id().value());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        LinkedSignIn refused = signIn(ENTRA, "sub-4", "Dee", "dee", Role.ADMINISTRATOR, AuthorityLevel.DIRECTOR);
        assertThat(refused.disabled()).isTrue();
        // A disabled account gives no role at all now; its stored role and level are what the claims did not change.
        assertThat(entry(first).role()).as("no role while disabled").isEmpty();
        try (Connection c = db.jdbc();
                PreparedStatement s = c.prepareStatement("select a.role, m.authority from staff_account a"
                        + " join staff_member m on m.id = a.staff_id where a.staff_id = ?")) {
            s.setString(1, first.member().id().value());
            try (java.sql.ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo(Role.OFFICER.name());
                assertThat(r.getString(2)).isEqualTo(AuthorityLevel.NONE.name());
            }
        }
    }
}
