package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uca.adapter.persistence.DatabaseSettings;
import org.uca.adapter.web.port.Accounts;
import org.uca.adapter.web.port.LinkedAccounts;
import org.uca.application.port.out.Role;
import org.uca.domain.people.AuthorityLevel;

/** Single sign-on's accounts on UCA's database: every sign-in, creation and change of role audited. */
class SingleSignOnAccountsTest {

    static final LinkedAccounts.Identity MAYA = new LinkedAccounts.Identity("https://login.example.org/t/v2.0",
            "subject-maya", "Maya Manager", "maya@landlord.example", "maya@landlord.example");

    @Test
    @DisplayName("the first sign-in creates the member of staff and is audited; a later change of group is audited"
            + " with the role and level before and after; a refusal is audited")
    void audited(@TempDir Path data) throws SQLException {
        Configuration configuration = Configuration.from(Map.of("UCA_DATA_DIR", data.toString()), new Properties());
        try (DatabaseBackend backend = new DatabaseBackend(configuration, new DemoClock())) {
            backend.awaitReady();
            LinkedAccounts linked = backend.linkedAccounts();
            Accounts.Account first = linked.signIn(MAYA, Role.SERVICE_MANAGER, AuthorityLevel.SERVICE_MANAGER,
                    "groups claim value uca-sm").get();
            Accounts.Account again = linked.signIn(MAYA, Role.OFFICER, AuthorityLevel.NONE,
                    "groups claim value uca-officers").get();
            assertThat(again.staff()).isEqualTo(first.staff());
            assertThat(backend.colleagues().find(first.staff()).get().authority()).isEqualTo(AuthorityLevel.NONE);
            linked.refused(new LinkedAccounts.Identity("https://login.example.org/t/v2.0", "subject-carl", "Carl",
                    "", "carl@landlord.example"), "no value of the groups claim is mapped to a UCA role");

            List<String> audit = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(DatabaseSettings.h2File(data).jdbcUrl(), "uca", "");
                    Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("select command, outcome, why from audit_entry order by id")) {
                while (rows.next()) {
                    audit.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                }
            }
            assertThat(audit).anyMatch(e -> e.startsWith("LinkSingleSignOn ACCEPTED created maya@landlord.example"
                    + " (Maya Manager) as SERVICE_MANAGER with authority level SERVICE_MANAGER, linked to subject"
                    + " subject-maya"));
            assertThat(audit).anyMatch(e -> e.startsWith("UpdateFromSingleSignOn ACCEPTED maya@landlord.example:"
                    + " role SERVICE_MANAGER -> OFFICER, authority level SERVICE_MANAGER -> NONE (groups claim value"
                    + " uca-officers)"));
            assertThat(audit).filteredOn(e -> e.startsWith("SignIn ACCEPTED maya@landlord.example")).hasSize(2);
            assertThat(audit).anyMatch(e -> e.startsWith("SignIn REFUSED carl@landlord.example: single sign-on"
                    + " refused") && e.contains("no value of the groups claim is mapped"));
        }
    }

    @Test
    @DisplayName("on either store, someone who signs in with single sign-on is recorded as linked, so their role and"
            + " level are not edited away by an administrator (the next sign-in would undo it)")
    void recordedAsLinked(@TempDir Path data) {
        Configuration configuration = Configuration.from(Map.of("UCA_DATA_DIR", data.toString()), new Properties());
        try (DatabaseBackend database = new DatabaseBackend(configuration, new DemoClock());
                InMemoryBackend memory = new InMemoryBackend(new DemoClock())) {
            database.awaitReady();
            for (Backend backend : List.of(database, memory)) {
                Accounts.Account maya = backend.linkedAccounts().signIn(MAYA, Role.ADMINISTRATOR, AuthorityLevel.NONE,
                        "groups claim value uca-admins").get();
                var record = backend.application().manageStaff().staffRecord(maya.staff(), maya.staff()).get();
                assertThat(record.singleSignOn()).as(backend.getClass().getSimpleName()).contains(MAYA.issuer());
            }
            // The demo store too: a disabled account stays disabled whatever the claims say, until enabled.
            Accounts.Account maya = memory.linkedAccounts().signIn(MAYA, Role.OFFICER, AuthorityLevel.NONE,
                    "groups claim value uca-officers").get();
            assertThat(memory.application().accountRecovery().disableAccount(maya.username()).isRight()).isTrue();
            assertThat(memory.application().accountRecovery().disableAccount(maya.username()).getLeft().message())
                    .contains("already disabled");
            assertThat(memory.linkedAccounts().signIn(MAYA, Role.ADMINISTRATOR, AuthorityLevel.NONE, "again")
                    .getLeft()).contains("disabled");
            assertThat(memory.application().accountRecovery().enableAccount(maya.username()).isRight()).isTrue();
            assertThat(memory.linkedAccounts().signIn(MAYA, Role.ADMINISTRATOR, AuthorityLevel.NONE, "enabled")
                    .isRight()).isTrue();
        }
    }
}
