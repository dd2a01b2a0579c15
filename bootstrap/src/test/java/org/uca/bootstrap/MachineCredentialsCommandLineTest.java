package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uca.adapter.persistence.DatabaseSettings;
import org.uca.bootstrap.cli.AdminCommand;

/**
 * {@code java -jar uca.jar admin create-machine-credential | list-machine-credentials | revoke-machine-credential}:
 * a landlord scripts its set-up; the secret is shown once, alone on standard output, and only its hash is kept.
 */
class MachineCredentialsCommandLineTest {

    private record Ran(int status, String out, String err) {
    }

    private static Ran admin(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = AdminCommand.run(args, CommandLineStore.opener(env, new Properties()),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), () -> null);
        return new Ran(status, out.toString(), err.toString());
    }

    private static int put(int port, String secret) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/residents/R-7001")).header("Authorization", "Bearer " + secret)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Alex Morgan\",\"address_line_1\":\"7 New Street\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    @DisplayName("create-machine-credential prints the secret once, alone on standard output (a script captures it),"
            + " and it syncs; list never shows it; revoke stops it (401); every change audited as system:cli")
    void scriptedSetUp(@TempDir Path data) throws Exception {
        Map<String, String> env = Map.of("UCA_PORT", "0", "UCA_DATA_DIR", data.toString());
        CommandLineStore.opener(env, new Properties()).open().get().close(); // the store the server made

        Ran created = admin(env, "create-machine-credential", "--name", "Nightly sync");
        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).matches("uca_mc_[A-Za-z0-9_-]{20,}\\R");
        String secret = created.out().strip();
        assertThat(created.err()).contains("Created the machine credential", "\"Nightly sync\"", "resident sync",
                "shown this once").doesNotContain(secret);
        String id = created.err().replaceAll("(?s).*Created the machine credential (\\S+) .*", "$1");

        Ran listed = admin(env, "list-machine-credentials");
        assertThat(listed.status()).isZero();
        assertThat(listed.out()).contains(id, "active", "RESIDENT_SYNC", "never", "Nightly sync",
                "1 machine credential(s)")
                .doesNotContain(secret);

        Main.Running running = Main.start(Configuration.from(env, new Properties()), false);
        try {
            assertThat(put(running.port(), secret)).isEqualTo(201);
        } finally {
            running.stop();
        }

        Ran revoked = admin(env, "revoke-machine-credential", "--id", id);
        assertThat(revoked.status()).as(revoked.err()).isZero();
        assertThat(revoked.out()).contains("Revoked the machine credential " + id);
        assertThat(admin(env, "list-machine-credentials").out()).contains(id, "revoked");
        Ran again = admin(env, "revoke-machine-credential", "--id", id);
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("was revoked already");
        assertThat(admin(env, "revoke-machine-credential", "--id", "nope").err())
                .contains("There is no machine credential nope");
        Ran blank = admin(env, "create-machine-credential", "--name", " ");
        assertThat(blank.status()).isEqualTo(1);
        assertThat(blank.out()).isEmpty();

        running = Main.start(Configuration.from(env, new Properties()), false);
        try {
            assertThat(put(running.port(), secret)).isEqualTo(401);
        } finally {
            running.stop();
        }
        assertThat(audit(data)).contains(
                "system:cli ACCEPTED created machine credential " + id + " \"Nightly sync\"",
                "system:cli ACCEPTED revoked machine credential " + id + " \"Nightly sync\"",
                "system:cli CONFLICT Machine credential " + id + " was revoked already.")
                .noneMatch(line -> line.contains(secret));
    }

    @Test
    @DisplayName("create-machine-credential --scope SAFE_VISIT makes a contractor's safe-visit credential: it may look"
            + " up visits and not sync residents; a scope that is not one is refused, naming the two, and nothing"
            + " is created")
    void safeVisitScope(@TempDir Path data) throws Exception {
        Map<String, String> env = Map.of("UCA_PORT", "0", "UCA_DATA_DIR", data.toString());
        CommandLineStore.opener(env, new Properties()).open().get().close();

        Ran created = admin(env, "create-machine-credential", "--name", "Repairs Ltd", "--scope", "SAFE_VISIT");
        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.err()).contains("\"Repairs Ltd\"", "scope safe-visit look-ups");
        String secret = created.out().strip();
        Ran wrong = admin(env, "create-machine-credential", "--name", "Odd", "--scope", "EVERYTHING");
        assertThat(wrong.status()).isNotZero();
        assertThat(wrong.err()).contains("RESIDENT_SYNC", "SAFE_VISIT");
        assertThat(admin(env, "list-machine-credentials").out()).contains("1 machine credential(s)");

        Main.Running running = Main.start(Configuration.from(env, new Properties()), false);
        try {
            assertThat(put(running.port(), secret)).as("not a sync credential").isEqualTo(403);
            HttpResponse<String> visit = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + running.port() + "/api/visits?uprn=999999999999"))
                    .header("Authorization", "Bearer " + secret).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(visit.statusCode()).as("asked, and answered: no such property").isEqualTo(404);
        } finally {
            running.stop();
        }
        assertThat(audit(data)).contains("system:cli ACCEPTED created machine credential "
                + created.err().replaceAll("(?s).*Created the machine credential (\\S+) .*", "$1")
                + " \"Repairs Ltd\"");
    }

    /** The machine-credential entries of the audit trail: who, outcome and why. */
    private static List<String> audit(Path data) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(DatabaseSettings.h2File(data).jdbcUrl(), "uca", "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select who, outcome, why from audit_entry where command ="
                        + " 'manage machine client credentials' order by id")) {
            while (r.next()) {
                String why = r.getString(3);
                lines.add(r.getString(1) + " " + r.getString(2) + " " + (why.contains(":") && why.startsWith("created")
                        || why.startsWith("revoked") ? why.substring(0, why.indexOf(':')) : why));
            }
        }
        return lines;
    }
}
