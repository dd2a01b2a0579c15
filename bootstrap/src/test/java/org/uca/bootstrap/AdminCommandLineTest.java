package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uca.bootstrap.cli.AdminCommand;

/** {@code java -jar uca.jar admin …} on an H2 file: the first administrator, then accounts when no one can sign in. */
class AdminCommandLineTest {

    private static final String PASSPHRASE = "plum orbit kettle gravel";

    private record Ran(int status, String out, String err) {
    }

    private static Ran admin(Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = AdminCommand.run(args, CommandLineStore.opener(env, new Properties()),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
                new PrintWriter(err), () -> null);
        return new Ran(status, out.toString(), err.toString());
    }

    private static int signIn(int port, String username, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/tokens")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + password + "\"}")).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    @DisplayName("on an empty H2 store, create-administrator reads the password from standard input; the"
            + " administrator then signs in, and a second one is refused (use the app)")
    void firstAdministratorThenSignIn(@TempDir Path data) throws Exception {
        Map<String, String> env = Map.of("UCA_PORT", "0", "UCA_DATA_DIR", data.toString());

        Ran created = admin(env, PASSPHRASE + "\n", "create-administrator", "--username", "Pat");

        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).contains("Created the administrator pat (the H2 store in " + data.toAbsolutePath()
                .normalize() + ")").doesNotContain("DatabaseSettings", "jdbc:", "password");
        Ran again = admin(env, PASSPHRASE + "\n", "create-administrator", "--username", "sam");
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("There is already an active administrator");

        Main.Running running = Main.start(Configuration.from(env, new Properties()), false);
        try {
            assertThat(running.backend().hasActiveAdministrator()).isTrue();
            assertThat(signIn(running.port(), "pat", PASSPHRASE)).isEqualTo(201);
            assertThat(signIn(running.port(), "pat", "not the password at all")).isEqualTo(401);
        } finally {
            running.stop();
        }
    }

    @Test
    @DisplayName("on an H2 file that a running UCA (another process) holds, one clear line says so")
    void heldByARunningUca(@TempDir Path data) throws Exception {
        ProcessBuilder started = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .redirectErrorStream(true).redirectOutput(data.resolve("uca.log").toFile());
        started.environment().put("UCA_PORT", "0");
        started.environment().put("UCA_DATA_DIR", data.resolve("store").toString());
        Process uca = started.start();
        try {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
            while (!java.nio.file.Files.readString(data.resolve("uca.log")).contains("Stop with Ctrl+C.")) {
                assertThat(uca.isAlive()).as(java.nio.file.Files.readString(data.resolve("uca.log"))).isTrue();
                assertThat(System.nanoTime()).as("UCA started within two minutes: "
                        + java.nio.file.Files.readString(data.resolve("uca.log"))).isLessThan(deadline);
                Thread.sleep(200);
            }
            assertThat(java.nio.file.Files.readString(data.resolve("uca.log")))
                    .contains("java -jar uca.jar admin create-administrator --username NAME");

            Ran whileRunning = admin(Map.of("UCA_DATA_DIR", data.resolve("store").toString()), "", "list-accounts");

            assertThat(whileRunning.status()).isEqualTo(3);
            assertThat(whileRunning.err().strip()).doesNotContain("\n")
                    .contains("is in use by a running UCA: stop UCA first");
        } finally {
            uca.destroy();
            if (!uca.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                uca.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    @DisplayName("the password policy applies on the command line, and nothing is created when it refuses")
    void passwordPolicy(@TempDir Path data) {
        Map<String, String> env = Map.of("UCA_DATA_DIR", data.toString());

        Ran refused = admin(env, "password1234\n", "create-administrator", "--username", "pat");

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("commonly used");
        assertThat(admin(env, "", "list-accounts").out()).contains("0 account(s)");
    }

    @Test
    @DisplayName("list, unlock and disable accounts; the last active administrator is never disabled")
    void listUnlockDisable(@TempDir Path data) {
        Map<String, String> env = Map.of("UCA_DATA_DIR", data.toString());
        admin(env, PASSPHRASE + "\n", "create-administrator", "--username", "pat", "--name", "Pat Jones");

        Ran listed = admin(env, "", "list-accounts");
        Ran unlocked = admin(env, "", "unlock-account", "--username", "pat");
        Ran disabled = admin(env, "", "disable-account", "--username", "pat");
        Ran unknown = admin(env, "", "disable-account", "--username", "nobody");

        assertThat(listed.out()).contains("pat", "Administrator", "active", "Pat Jones", "1 account(s)");
        assertThat(unlocked.status()).isZero();
        assertThat(disabled.status()).isEqualTo(1);
        assertThat(disabled.err()).contains("last active administrator");
        assertThat(unknown.err()).contains("There is no account nobody");
    }

    @Test
    @DisplayName("enable-account lets a disabled account sign in again, audited as the system; refused for an active"
            + " account and for someone who has left")
    void enableAccount(@TempDir Path data) {
        Map<String, String> env = Map.of("UCA_DATA_DIR", data.toString());
        admin(env, PASSPHRASE + "\n", "create-administrator", "--username", "pat", "--name", "Pat Jones");
        var staffOf = new java.util.HashMap<String, org.uca.domain.people.StaffId>();
        try (var store = CommandLineStore.opener(env, new Properties()).open().get()) {
            var app = store.application();
            var pat = app.accountRecovery().listAccounts("pat", 1).get().items().head().account().staff();
            for (String who : java.util.List.of("Bo Back", "Lee Left")) {
                var added = app.manageStaff().addStaff(new org.uca.application.port.in.ManageStaffUseCase.AddStaff(
                        pat, new org.uca.application.port.in.ManageStaffUseCase.Details(who, "x@example.org",
                                "Housing", "", org.uca.domain.people.AuthorityLevel.NONE))).get();
                String username = who.toLowerCase(java.util.Locale.ROOT).replace(' ', '.');
                app.manageAccounts().createAccount(new org.uca.application.port.in.ManageAccountsUseCase.CreateAccount(
                        pat, added.member().id(), username, org.uca.application.port.out.Role.OFFICER)).get();
                staffOf.put(username, added.member().id());
            }
            app.manageStaff().markAsLeft(new org.uca.application.port.in.ManageStaffUseCase.MarkAsLeft(pat,
                    staffOf.get("lee.left"), org.uca.domain.shared.UkTime.dateOf(java.time.Instant.now()))).get();
        }
        assertThat(admin(env, "", "disable-account", "--username", "bo.back").status()).isZero();

        Ran enabled = admin(env, "", "enable-account", "--username", "bo.back");
        Ran active = admin(env, "", "enable-account", "--username", "pat");
        Ran left = admin(env, "", "enable-account", "--username", "lee.left");

        assertThat(enabled.status()).as(enabled.err()).isZero();
        assertThat(enabled.out()).contains("Enabled the account bo.back");
        assertThat(admin(env, "", "list-accounts", "--search", "bo.back").out()).contains("bo.back")
                .doesNotContain("disabled");
        assertThat(active.status()).isEqualTo(1);
        assertThat(active.err()).contains("not disabled");
        assertThat(left.status()).isEqualTo(1);
        assertThat(left.err()).contains("has left");
    }

    @Test
    @DisplayName("the start-up banner names the command that creates the first administrator")
    void bannerNamesTheCommand() {
        assertThat(Main.NO_ADMINISTRATOR).contains("java -jar uca.jar admin create-administrator --username NAME");
    }
}
