package org.uca.benchmarks;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.uca.adapter.persistence.DatabaseSettings;
import org.uca.adapter.persistence.UcaDatabase;
import org.uca.bootstrap.InProcessUca;

/**
 * What UCA's start-up costs, part by part: each part alone in a fresh JVM on {@code uca.jar}'s class path (so class
 * loading from the fat jar is counted as in production), timed from the JVM's start to the part's end, several times
 * (median and range), in wall-clock and in CPU time (the latter is what to compare on a busy machine). Parts: the JVM alone; Flyway's check of the migrated schema; opening the database (HikariCP,
 * Flyway, Hibernate boot and schema validation); Javalin serving one file of {@code /static} from the class path
 * (Jetty mounts the fat jar as a zip file system for it) or the same file read with {@code getResourceAsStream};
 * and the whole of UCA ({@link InProcessUca}) to its first {@code /health} answer.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.uca.benchmarks.StartUpParts --residents 100000 [--times 3]</pre>
 */
public final class StartUpParts {

    private static final List<String> PARTS = List.of("jvm", "flyway", "database", "static-classpath",
            "static-stream", "uca");

    private StartUpParts() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--part")) {
            part(args[1], System.getenv("UCA_BENCH_H2_DIR"));
            return;
        }
        int residents = 100_000;
        int times = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--residents" -> residents = Integer.parseInt(args[++i].replace("_", ""));
                case "--times" -> times = Math.max(1, Math.min(10, Integer.parseInt(args[++i])));
                default -> throw new IllegalArgumentException("Usage: StartUpParts [--residents N] [--times 3]");
            }
        }
        BenchDatabase database = BenchDatabase.open(BenchDatabase.Engine.H2, residents);
        database.requireLoaded();
        String classes = Path.of(StartUpParts.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        Map<String, List<Long>> results = new LinkedHashMap<>();
        Map<String, List<Long>> cpu = new LinkedHashMap<>();
        for (int round = 0; round < times; round++) {
            for (String part : PARTS) {
                // uca.jar first: every class UCA has comes from the fat jar, as in production; this class from ours.
                ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-cp", "bootstrap/target/uca.jar" + java.io.File.pathSeparator + classes,
                        StartUpParts.class.getName(), "--part", part).redirectErrorStream(true);
                builder.environment().put("UCA_BENCH_H2_DIR", database.directory().toString());
                Process process = builder.start();
                String out = new String(process.getInputStream().readAllBytes());
                if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException("Part " + part + " failed:\n" + out);
                }
                String line = out.lines().filter(l -> l.startsWith("PART ")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Part " + part + " said nothing:\n" + out));
                results.computeIfAbsent(part, k -> new ArrayList<>()).add(Long.parseLong(line.split(" ")[2]));
                cpu.computeIfAbsent(part, k -> new ArrayList<>()).add(Long.parseLong(line.split(" ")[3]));
            }
            System.out.printf(Locale.ROOT, "round %d done (load average %s)%n", round + 1,
                    java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip());
        }
        System.out.println("Start-up by part, from JVM start (median [min-max]); wall-clock ms, then CPU ms (all threads,"
                + " less sensitive to other load on the machine):");
        results.forEach((part, ms) -> System.out.printf(Locale.ROOT, "  %-18s wall %s   CPU %s%n", part, spread(ms),
                spread(cpu.get(part))));
    }

    private static void part(String part, String h2Directory) throws Exception {
        DatabaseSettings h2 = DatabaseSettings.h2File(Path.of(h2Directory));
        HttpClient http = HttpClient.newHttpClient();
        switch (part) {
            case "jvm" -> {
            }
            case "flyway" -> Flyway.configure().dataSource(h2.jdbcUrl(), h2.user(), h2.password())
                    .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
            case "database" -> UcaDatabase.connect(h2).close();
            case "static-classpath", "static-stream" -> {
                Javalin web = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    if (part.equals("static-classpath")) {
                        config.staticFiles.add(files -> {
                            files.hostedPath = "/static";
                            files.directory = "/public";
                            files.location = Location.CLASSPATH;
                        });
                    } else {
                        config.routes.get("/static/<file>", ctx -> {
                            try (InputStream in = StartUpParts.class.getResourceAsStream("/public/"
                                    + ctx.pathParam("file"))) {
                                ctx.contentType("text/css").result(in.readAllBytes());
                            }
                        });
                    }
                }).start(0);
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + web.port() + "/static/uca.css")).build(), HttpResponse.BodyHandlers.ofString());
                check(r.statusCode() == 200 && r.body().length() > 100, part);
                report(part);
                web.stop();
                return;
            }
            case "uca" -> {
                try (InProcessUca uca = InProcessUca.start(Map.of("UCA_PORT", "0", "UCA_DATA_DIR", h2Directory,
                        "UCA_SESSION_SECRET", "benchmark-session-secret-0123456789abcdef"))) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + uca.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
                    check(r.statusCode() == 200, part);
                    report(part);
                }
                return;
            }
            default -> throw new IllegalArgumentException("Parts: " + PARTS + ", not " + part);
        }
        report(part);
    }

    private static String spread(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "%5d [%d-%d]", sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
    }

    private static void check(boolean ok, String part) {
        if (!ok) {
            throw new IllegalStateException(part + " did not answer as expected");
        }
    }

    private static void report(String part) {
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
        System.out.println("PART " + part + " " + sinceStart + " " + cpu);
    }
}
