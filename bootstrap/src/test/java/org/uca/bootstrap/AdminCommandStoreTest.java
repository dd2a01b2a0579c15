package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uca.adapter.persistence.DatabaseSettings;
import org.uca.bootstrap.cli.AdminCommand;

/**
 * The command line works on the store the server uses, and says which: pointed elsewhere by a mistyped or missing
 * setting, it refuses, creating nothing, instead of making a new empty store and reporting "0 account(s)".
 */
@DisplayName("admin commands: which store, and never a new one by mistake")
class AdminCommandStoreTest {

    private record Ran(int status, String out, String err) {
    }

    private static Ran admin(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = AdminCommand.run(args, CommandLineStore.opener(env, new Properties()),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), () -> null);
        return new Ran(status, out.toString(), err.toString());
    }

    @Test
    @DisplayName("on a folder with no store, every command but create-administrator refuses in one line naming where"
            + " it looked and the setting, and creates nothing")
    void noStoreIsRefusedAndNothingIsCreated(@TempDir Path dir) throws Exception {
        Path mistyped = dir.resolve("dtaa");
        Path csv = Files.writeString(dir.resolve("residents.csv"), "reference,name,address_line_1\nR-1,Ann Lee,1 St\n");
        Map<String, String> env = Map.of("UCA_DATA_DIR", mistyped.toString());

        for (List<String> command : List.of(List.of("list-accounts"), List.of("disable-account", "--username", "pat"),
                List.of("enable-account", "--username", "pat"), List.of("unlock-account", "--username", "pat"),
                List.of("import-residents", csv.toString()), List.of("create-machine-credential", "--name", "Sync"),
                List.of("list-machine-credentials"), List.of("revoke-machine-credential", "--id", "mc-1"))) {
            Ran ran = admin(env, command.toArray(String[]::new));

            assertThat(ran.status()).as(command + ": " + ran.err()).isEqualTo(3);
            assertThat(ran.err().strip()).as(command.toString()).isEqualTo("There is no UCA store in "
                    + mistyped.toAbsolutePath() + " (UCA_DATA_DIR is " + mistyped + "); nothing was created. Set"
                    + " UCA_DATA_DIR (or UCA_JDBC_URL) as the server has it, or create a new store with: admin"
                    + " create-administrator --username NAME");
            assertThat(ran.out()).as(command.toString()).doesNotContain("0 account(s)");
            assertThat(mistyped).as(command + " created nothing").doesNotExist();
        }
    }

    @Test
    @DisplayName("with UCA_DATA_DIR unset, the refusal says the default ./data was used")
    void unsetDataFolderIsNamed() {
        Configuration unset = Configuration.from(Map.of(), new Properties());

        assertThat(CommandLineStore.noStore(unset, DatabaseBackend.settings(unset), Map.of(), new Properties()))
                .contains("(UCA_DATA_DIR is not set, so ./data)").contains("Set UCA_DATA_DIR");
    }

    @Test
    @DisplayName("every command says which store it works on, in words (never the URL or a password)")
    void everyCommandNamesItsStore(@TempDir Path data) {
        Map<String, String> env = Map.of("UCA_DATA_DIR", data.toString());
        CommandLineStore.opener(env, new Properties()).open().get().close();

        Ran listed = admin(env, "list-accounts");

        assertThat(listed.status()).as(listed.err()).isZero();
        assertThat(listed.err()).startsWith("Store: the H2 store in " + data.toAbsolutePath().normalize())
                .doesNotContain("jdbc:");
        assertThat(listed.out()).contains("0 account(s)");
    }

    @Test
    @DisplayName("on a schema a newer UCA migrated, the command line says what the server says, not Flyway's words")
    void newerSchemaIsTheServersLine(@TempDir Path data) throws Exception {
        Map<String, String> env = Map.of("UCA_DATA_DIR", data.toString());
        CommandLineStore.opener(env, new Properties()).open().get().close();
        try (Connection c = DriverManager.getConnection(DatabaseSettings.h2File(data).jdbcUrl(), "uca", "");
                Statement s = c.createStatement()) {
            s.execute("insert into flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, installed_on, execution_time, success) select max(installed_rank) + 1,"
                    + " '99', 'from a newer UCA', 'SQL', 'V99__x.sql', 0, 'uca', current_timestamp, 1, true"
                    + " from flyway_schema_history");
        }

        Ran listed = admin(env, "list-accounts");

        assertThat(listed.status()).isEqualTo(3);
        assertThat(listed.err()).startsWith("UCA cannot start: The schema of the H2 store in")
                .contains("is at version 99, newer than this UCA knows").doesNotContain("Validate failed");
    }
}
