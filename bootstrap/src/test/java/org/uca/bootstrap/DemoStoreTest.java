package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uca.adapter.persistence.DatabaseSettings;

@DisplayName("No published credentials outside a demo")
class DemoStoreTest {

    private static Configuration on(Path data) {
        return Configuration.from(Map.of("UCA_PORT", "0", "UCA_DATA_DIR", data.toString()), new Properties());
    }

    @Test
    @DisplayName("a store made with --demo is marked as one: started again without --demo, UCA refuses it in one line"
            + " saying why and what to do; with --demo it starts again")
    void aDemoStoreNeedsDemo(@TempDir Path data) {
        Main.start(on(data), true).stop();

        assertThatThrownBy(() -> Main.start(on(data), false))
                .isInstanceOfSatisfying(CannotStart.class, refused -> assertThat(StartFailures.oneLine(refused,
                        on(data))).startsWith("UCA cannot start: This store was made with --demo and its accounts have"
                                + " the passwords the README publishes").contains("Start it with --demo, or run UCA"
                                + " for real on a new store").doesNotContain("\n"));

        Main.start(on(data), true).stop(); // the demo's own store: fine
    }

    @Test
    @DisplayName("a store started without --demo and left empty is not a demo store, and --demo may make it one")
    void anEmptyStoreMayBecomeADemo(@TempDir Path data) {
        Main.start(on(data), false).stop();
        Main.start(on(data), false).stop(); // not marked by starting
        Main.start(on(data), true).stop();
        assertThatThrownBy(() -> Main.start(on(data), false)).isInstanceOf(CannotStart.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a member of staff", "an account", "a resident"})
    @DisplayName("--demo refuses a store that holds anything the demo did not make, and leaves it as it was")
    void demoRefusesRealRecords(String what, @TempDir Path data) throws Exception {
        Main.start(on(data), false).stop();
        try (Connection c = DriverManager.getConnection(DatabaseSettings.h2File(data).jdbcUrl(), "uca", "");
                Statement s = c.createStatement()) {
            if (!what.equals("a resident")) {
                s.execute("insert into staff_member (id, name, team, authority) values ('S-77', 'Ann Lee', 'Housing',"
                        + " 'NONE')");
            }
            if (what.equals("an account")) {
                s.execute("insert into staff_account (username, password_hash, staff_id, role) values ('ann.lee',"
                        + " 'x', 'S-77', 'ADMINISTRATOR')");
            }
            if (what.equals("a resident")) {
                s.execute("insert into resident (id, name, address) values ('R-9', 'Kim Ward', '1 High St')");
            }
        }

        assertThatThrownBy(() -> Main.start(on(data), true))
                .isInstanceOfSatisfying(CannotStart.class, refused -> assertThat(StartFailures.oneLine(refused,
                        on(data))).startsWith("UCA cannot start: --demo refuses this store: it holds staff, accounts,"
                                + " residents or cases that the demo did not make (the H2 store in "
                                + data.toAbsolutePath().normalize() + ")").contains("UCA_DATA_DIR").doesNotContain("DatabaseSettings", "jdbc:")
                                .doesNotContain("\n"));

        Main.start(on(data), false).stop(); // still a real store: not marked, nothing of the demo loaded
        try (Connection c = DriverManager.getConnection(DatabaseSettings.h2File(data).jdbcUrl(), "uca", "");
                Statement s = c.createStatement();
                var r = s.executeQuery("select (select count(*) from demo_store), (select count(*) from staff_account"
                        + " where username = 'officer')")) {
            r.next();
            assertThat(r.getInt(1)).as("marked").isZero();
            assertThat(r.getInt(2)).as("demo accounts").isZero();
        }
    }
}
