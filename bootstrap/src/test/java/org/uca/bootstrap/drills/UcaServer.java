package org.uca.bootstrap.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One UCA server as a landlord runs it: {@code java -jar target/uca.jar --demo} (the jar this build packaged, with
 * its start archive), in a child process listening on a loopback port of its own, its output in a log file. Settings
 * are passed as {@code -D} system properties; the test JVM's own {@code UCA_*} environment is not inherited.
 */
final class UcaServer implements AutoCloseable {

    static final Path JAR = Path.of("target", "uca.jar");
    private static final Path ARCHIVE = Path.of("target", "uca.jsa");

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private UcaServer(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the server and waits (at most 90 s) until it answers {@code /health} with 200. */
    static UcaServer start(String name, Path dir, Map<String, String> settings) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is not built: run ./mvnw verify (the drill starts"
                    + " the jar the package phase built)");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        if (Files.exists(ARCHIVE)) {
            command.add("-XX:SharedArchiveFile=" + ARCHIVE);
        }
        command.add("-DUCA_PORT=" + port);
        command.add("-DUCA_HOST=127.0.0.1"); // loopback only (UCA_HOST)
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", JAR.toString(), "--demo"));
        Path log = dir.resolve(name.replace(' ', '-') + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("UCA_"));
        UcaServer server = new UcaServer(name, port, log, builder.start());
        try {
            server.awaitHealthy();
        } catch (RuntimeException | Error e) {
            server.kill();
            throw e;
        }
        return server;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " stopped while starting: " + log());
            }
            try {
                if (Api.send(HttpRequest.newBuilder(URI.create(base() + "/health")).timeout(Duration.ofSeconds(5))
                        .GET().build()).status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // try again
            }
            sleep(200);
        }
        throw new AssertionError(name + " did not start within 90 s: " + log());
    }

    boolean alive() {
        return process.isAlive();
    }

    /** kill -9: no shutdown hook runs, nothing is finished or released. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                throw new AssertionError(name + " did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An orderly stop (SIGTERM), as a service manager stops it; kill -9 if it does not stop within 30 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
