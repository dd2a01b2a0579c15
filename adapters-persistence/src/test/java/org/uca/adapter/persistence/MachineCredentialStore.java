package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.inmemory.InMemoryCredentials;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ImportResidentsUseCase.Change;
import org.uca.application.port.in.ManageMachineCredentialsUseCase.Created;
import org.uca.application.port.in.SyncResidentsUseCase.MachineClient;
import org.uca.domain.calendar.WorkingDays;
import org.uca.application.service.UcaApplication;
import org.uca.application.testbed.StaffRoles;

/**
 * Machine client credentials in the database ({@code machine_credential}, V17): kept by the hash of the secret
 * only, revocable at once, their last use recorded, and each creation and revocation audited in the same unit of
 * work; the sync API's upsert runs as that credential.
 */
abstract class MachineCredentialStore extends OnADatabase {

    UcaApplication withCredentials;

    @BeforeEach
    void realCredentials() {
        withCredentials = new UcaApplication(db.database.ports(clock, WorkingDays.ENGLAND_AND_WALES,
                new InMemoryCredentials()));
    }

    Created created(String name) {
        return withCredentials.manageMachineCredentials().createMachineCredential(StaffRoles.ADMINISTRATOR.id(),
                name).get();
    }

    @Test
    @DisplayName("OWASP ASVS 2.10.4 (secrets not stored in the clear): only the SHA-256 of the secret is kept, and"
            + " the secret admits its credential")
    void storedHashedOnly() throws SQLException {
        Created created = created("Housing system nightly sync");
        assertThat(created.secret()).startsWith("uca_mc_").hasSizeGreaterThanOrEqualTo(7 + 43);
        try (Connection c = db.jdbc(); PreparedStatement s = c.prepareStatement(
                "select secret_hash, name, scope from machine_credential where id = ?")) {
            s.setString(1, created.credential().id());
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).hasSize(64).doesNotContain(created.secret().substring(7));
                assertThat(r.getString(2)).isEqualTo("Housing system nightly sync");
                assertThat(r.getString(3)).isEqualTo("RESIDENT_SYNC");
            }
        }
        assertThat(withCredentials.syncResidents().admit(created.secret()).map(MachineClient::id))
                .contains(created.credential().id());
        assertThat(withCredentials.syncResidents().admit(created.secret() + "x")).isEmpty();
        assertThat(withCredentials.manageMachineCredentials().machineCredentials(StaffRoles.ADMINISTRATOR.id()).get()
                .head().lastUsedAt()).as("last used kept").contains(clock.now());
    }

    @Test
    @DisplayName("a revoked credential is refused at once, and both its creation and its revocation are audited")
    void revokedAtOnceAndAudited() throws SQLException {
        long before = audited("machine:%");
        Created created = created("Housing system");
        String id = created.credential().id();
        assertThat(withCredentials.manageMachineCredentials().revokeMachineCredential(StaffRoles.ADMINISTRATOR.id(),
                id).get().revoked()).isTrue();
        assertThat(withCredentials.syncResidents().admit(created.secret())).isEmpty();
        assertThat(withCredentials.manageMachineCredentials().revokeMachineCredential(StaffRoles.ADMINISTRATOR.id(),
                id).getLeft()).isInstanceOf(Failure.Conflict.class);
        assertThat(auditedWhy("%machine credential " + id + "%")).containsExactly(
                "created machine credential " + id + " \"Housing system\": before none; after active, scope"
                        + " resident sync",
                "revoked machine credential " + id + " \"Housing system\": before active; after revoked");
        assertThat(audited("machine:%")).isEqualTo(before);
    }

    @Test
    @DisplayName("issue 11: a resident who moves keeps their case when the sync sends the new address")
    void movedResidentKeepsCase() throws SQLException {
        var caseId = journey.recordVerbalAbuse(ALEX).caseId();
        MachineClient client = withCredentials.syncResidents().admit(created("Housing system").secret()).get();
        assertThat(withCredentials.syncResidents().syncResident(client, ALEX.value(), HashMap.of("name",
                "Alex Morgan", "address_line_1", "7 New Street", "postcode", "SW1A 1AA")).get())
                .isEqualTo(Change.CHANGED);
        assertThat(withCredentials.viewCase().caseOf(org.uca.domain.fixtures.Staff.OFFICER.id(), ALEX).get()
).contains(caseId);
        assertThat(audited("machine:" + client.id())).isEqualTo(1);
        var batch = withCredentials.syncResidents().syncResidents(client, List.of(
                HashMap.of("reference", "R-2001", "name", "New Resident", "address_line_1", "1 Road"),
                HashMap.of("reference", "R-2002", "name", "", "address_line_1", "2 Road")));
        assertThat(batch.getLeft()).isInstanceOf(Failure.Refused.class);
        assertThat(((Failure.Refused) batch.getLeft()).refusal().problems().map(p -> p.field()))
                .containsExactly("residents[1].name");
        assertThat(withCredentials.findResidents().findResidents(org.uca.domain.fixtures.Staff.OFFICER.id(),
                "R-2001", 1, 10).get().found()).as("all or nothing").isEmpty();
    }

    long audited(String whoLike) throws SQLException {
        try (Connection c = db.jdbc(); PreparedStatement s = c.prepareStatement(
                "select count(*) from audit_entry where who like ? and outcome = 'ACCEPTED'")) {
            s.setString(1, whoLike);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    List<String> auditedWhy(String whyLike) throws SQLException {
        try (Connection c = db.jdbc(); PreparedStatement s = c.prepareStatement(
                "select why from audit_entry where why like ? and command = 'manage machine client credentials'"
                        + " order by id")) {
            s.setString(1, whyLike);
            List<String> found = List.empty();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found = found.append(r.getString(1));
                }
            }
            return found;
        }
    }
}
