package org.uca.bootstrap.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built {@code uca.jar}, started as an operator starts it, on a console: each start-up failure prints one line on
 * standard error, no stack trace anywhere on the console, and the exit status is not 0.
 */
@DisplayName("Start-up failures on the console of java -jar uca.jar")
class StartFailureConsoleDrillTest {

    private static final Path JAR = Path.of("target", "uca.jar");

    record Console(int status, List<String> out, List<String> err) {
    }

    private static Console run(Path dir, Map<String, String> env, String... options) throws Exception {
        assertThat(JAR).as("the package phase built it").exists();
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("UCA_"));
        builder.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("UCA neither started nor stopped within 90 s");
        }
        return new Console(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    private static String oneLineRefusal(Console console) {
        assertThat(console.status()).as("exit status").isNotZero();
        assertThat(console.err()).as("standard error").hasSize(1);
        assertThat(console.err().get(0)).startsWith("UCA cannot start: ");
        assertThat(String.join("\n", console.out()) + String.join("\n", console.err())).as("no stack trace")
                .doesNotContain("\tat ", "Exception:", "Caused by");
        return console.err().get(0);
    }

    @Test
    @DisplayName("the port in use")
    void portTaken(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThat(oneLineRefusal(run(dir, Map.of("UCA_PORT", String.valueOf(taken.getLocalPort()),
                    "UCA_STORE", "memory")))).contains("Port " + taken.getLocalPort() + " is already in use");
        }
    }

    @Test
    @DisplayName("a wrong password")
    void wrongPassword(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db/uca") + ";MODE=PostgreSQL";
        try (Connection created = DriverManager.getConnection(url, "uca", "right-pass")) {
            assertThat(created.isValid(1)).isTrue();
        }
        assertThat(oneLineRefusal(run(dir, Map.of("UCA_PORT", "0", "UCA_JDBC_URL", url, "UCA_DB_USER", "uca",
                "UCA_DB_PASSWORD", "wrong-pass")))).contains("Wrong user name or password");
    }

    @Test
    @DisplayName("a URL the database driver cannot read (the driver's own warning does not reach the console)")
    void malformedUrl(@TempDir Path dir) throws Exception {
        assertThat(oneLineRefusal(run(dir, Map.of("UCA_PORT", "0", "UCA_JDBC_URL",
                "jdbc:postgresql://db.example:port/uca")))).contains("the database driver cannot read this URL");
    }

    @Test
    @DisplayName("a database that never answers")
    void unansweringDatabase(@TempDir Path dir) throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThat(oneLineRefusal(run(dir, Map.of("UCA_PORT", "0", "UCA_JDBC_URL", "jdbc:postgresql://127.0.0.1:"
                    + silent.getLocalPort() + "/uca", "UCA_DB_USER", "uca")))).contains("cannot be reached");
        }
    }

    @Test
    @DisplayName("an unwritable data folder, and a demo store started without --demo")
    void dataFolderAndDemoStore(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        assertThat(oneLineRefusal(run(dir, Map.of("UCA_PORT", "0", "UCA_DATA_DIR", file.toString()))))
                .contains("is a file, not a folder");

        try (var demo = RunningUca.start(Map.of("UCA_DATA_DIR", dir.resolve("demo").toString()))) {
            assertThat(demo.port).isPositive();
        }
        assertThat(oneLineRefusal(run(dir, Map.of("UCA_PORT", "0", "UCA_DATA_DIR", dir.resolve("demo").toString()))))
                .contains("This store was made with --demo");
    }
}
