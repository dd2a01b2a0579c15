package org.uca.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.uca.bootstrap.InProcessUca;

/**
 * HTTP load on the real UCA, on a loaded data set, on localhost only. Bounded and self-stopping: every phase ends
 * after its time or its request budget, whichever comes first, and the whole run has a hard deadline.
 *
 * <ol>
 *   <li>Cold start: {@code java -jar bootstrap/target/uca.jar} on the data set, timed from process launch to the
 *       first {@code GET /health} answered 200 (then stopped).</li>
 *   <li>UCA started in this JVM as {@code uca.jar} composes it; closed-loop clients on the JDK HttpClient, latencies
 *       in HdrHistogram. Warm-up, then rounds alternating the ceiling ({@code GET /health}) with
 *       {@code GET /api/residents/{id}/guidance} for random residents (and for random residents with a case).</li>
 *   <li>Heap after load (after a full GC), and the monitoring report ({@code GET /api/monitoring}, five years).</li>
 * </ol>
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.uca.benchmarks.HttpLoad --residents 100000 --db postgres</pre>
 */
public final class HttpLoad {

    private static final String HOST = "127.0.0.1";
    private static final Duration HARD_DEADLINE = Duration.ofMinutes(10);

    enum Target {
        HEALTH("GET /health (ceiling)"),
        GUIDANCE("GET /api/residents/{id}/guidance, any resident"),
        GUIDANCE_CASE("GET /api/residents/{id}/guidance, residents with a case");

        final String label;

        Target(String label) {
            this.label = label;
        }
    }

    private final int residents;
    private final int concurrency;
    private final Duration phase;
    private final int rounds;
    private final long maxRequestsPerPhase;
    private final long deadline;
    private final HttpClient client;
    private final ExecutorService workers;
    private String base;
    private String token;

    private HttpLoad(int residents, int concurrency, Duration phase, int rounds, long maxRequestsPerPhase) {
        this.residents = residents;
        this.concurrency = concurrency;
        this.phase = phase;
        this.rounds = rounds;
        this.maxRequestsPerPhase = maxRequestsPerPhase;
        this.deadline = System.nanoTime() + HARD_DEADLINE.toNanos();
        this.workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "load-client");
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static void main(String[] args) throws Exception {
        int residents = 10_000;
        String db = "h2";
        int concurrency = 8;
        int seconds = 5;
        int rounds = 3;
        long maxRequests = 2_000_000;
        boolean coldStart = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--residents" -> residents = Integer.parseInt(args[++i].replace("_", ""));
                case "--db" -> db = args[++i];
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                case "--phase-seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--max-requests-per-phase" -> maxRequests = Long.parseLong(args[++i]);
                case "--no-cold-start" -> coldStart = false;
                default -> throw new IllegalArgumentException("Usage: HttpLoad --residents N --db h2|postgres"
                        + " [--concurrency 8] [--phase-seconds 5] [--rounds 3] [--max-requests-per-phase N]"
                        + " [--no-cold-start]");
            }
        }
        if (seconds < 1 || seconds > 60 || rounds < 1 || rounds > 10 || concurrency < 1 || concurrency > 64) {
            throw new IllegalArgumentException("Keep the run bounded: 1-60 s phases, 1-10 rounds, 1-64 clients.");
        }
        HttpLoad load = new HttpLoad(residents, concurrency, Duration.ofSeconds(seconds), rounds, maxRequests);
        try (BenchDatabase database = BenchDatabase.open(BenchDatabase.Engine.of(db), residents)) {
            database.requireLoaded();
            load.run(database, coldStart);
        } finally {
            load.workers.shutdownNow();
        }
        System.exit(0); // the HttpClient's selector thread does not keep the JVM, but be sure the run ends here
    }

    private void run(BenchDatabase database, boolean coldStart) throws Exception {
        Map<String, String> env = Map.of(
                "UCA_PORT", String.valueOf(freePort()),
                "UCA_JDBC_URL", database.jdbcUrl(),
                "UCA_DB_USER", database.user(),
                "UCA_SESSION_SECRET", "benchmark-session-secret-0123456789abcdef",
                "UCA_DATA_DIR", database.directory().toString());
        long coldStartMs = coldStart ? coldStart(env) : -1;

        long started = System.nanoTime();
        try (InProcessUca uca = InProcessUca.start(env)) {
            long composedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            base = "http://" + HOST + ":" + uca.port();
            long firstServedMs = firstServed(started);
            token = signIn(DataSetGenerator.OFFICER_USERNAME, DataSetGenerator.OFFICER_PASSWORD);

            System.out.printf(Locale.ROOT, "Warm-up (%d s, all targets)...%n", phase.toSeconds() * 2);
            for (Target t : Target.values()) {
                measure(t, phase.dividedBy(Math.max(1, Target.values().length)).multipliedBy(2));
            }
            Map<Target, Histogram> histograms = new EnumMap<>(Target.class);
            Map<Target, long[]> totals = new EnumMap<>(Target.class); // requests, errors, nanos
            for (int round = 0; round < rounds && System.nanoTime() < deadline; round++) {
                for (Target t : Target.values()) {
                    Phase p = measure(t, phase);
                    histograms.computeIfAbsent(t, k -> new Histogram(60_000_000L, 3)).add(p.latencyMicros);
                    long[] sum = totals.computeIfAbsent(t, k -> new long[3]);
                    sum[0] += p.requests;
                    sum[1] += p.errors;
                    sum[2] += p.nanos;
                }
            }
            System.gc();
            long heapAfterLoad = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            double[] monitoring = monitoring();

            String engine = database.engine().name().toLowerCase(Locale.ROOT);
            StringBuilder csv = new StringBuilder();
            System.out.printf(Locale.ROOT, "%n%s, %,d residents, %d clients, %d x %d s per target%n", engine, residents,
                    concurrency, rounds, phase.toSeconds());
            double ceiling = 0;
            double ceilingP99 = 0;
            for (Target t : Target.values()) {
                Histogram h = histograms.get(t);
                long[] sum = totals.get(t);
                double throughput = sum[0] / (sum[2] / 1e9);
                double p50 = h.getValueAtPercentile(50) / 1000.0;
                double p99 = h.getValueAtPercentile(99) / 1000.0;
                if (t == Target.HEALTH) {
                    ceiling = throughput;
                    ceilingP99 = p99;
                }
                System.out.printf(Locale.ROOT, "  %-58s %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms"
                                + "  errors %d%s%n", t.label, throughput, p50, p99, h.getMaxValue() / 1000.0, sum[1],
                        t == Target.HEALTH ? "" : String.format(Locale.ROOT, "  (%.0f %% of ceiling, p99 %.1fx)",
                                100 * throughput / ceiling, p99 / ceilingP99));
                csv.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%s,%.0f,%.3f,%.3f,%d,%d,%d,%d,%d,%.1f,%.1f%n",
                        Instant.now(), engine, residents, concurrency, t.name(), throughput, p50, p99, sum[1],
                        coldStartMs, composedMs, firstServedMs, heapAfterLoad / (1024 * 1024), monitoring[0],
                        monitoring[1]));
            }
            System.out.printf(Locale.ROOT, "  cold start (java -jar uca.jar to first /health 200): %d ms%n", coldStartMs);
            System.out.printf(Locale.ROOT, "  in-process: composed in %d ms, first request served at %d ms%n",
                    composedMs, firstServedMs);
            System.out.printf(Locale.ROOT, "  heap after load (after full GC): %d MB%n", heapAfterLoad / (1024 * 1024));
            System.out.printf(Locale.ROOT, "  monitoring report, five years: first %.0f ms, then median %.0f ms%n",
                    monitoring[0], monitoring[1]);
            Path results = Path.of("benchmarks/target/results/http-load.csv");
            Files.createDirectories(results.getParent());
            if (!Files.exists(results)) {
                Files.writeString(results, "at,db,residents,clients,target,req_per_s,p50_ms,p99_ms,errors,"
                        + "cold_start_ms,composed_ms,first_served_ms,heap_after_load_mb,monitoring_first_ms,"
                        + "monitoring_median_ms\n");
            }
            Files.writeString(results, csv, StandardOpenOption.APPEND);
        }
    }

    private record Phase(Histogram latencyMicros, long requests, long errors, long nanos) {
    }

    /** Closed loop: each client sends its next request when the last one is answered, until time or budget. */
    private Phase measure(Target target, Duration length) throws Exception {
        long end = Math.min(System.nanoTime() + length.toNanos(), deadline);
        AtomicLong budget = new AtomicLong(maxRequestsPerPhase);
        List<Future<long[]>> running = new ArrayList<>();
        List<Histogram> histograms = new ArrayList<>();
        long began = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            Histogram h = new Histogram(60_000_000L, 3);
            histograms.add(h);
            running.add(workers.submit(() -> {
                long requests = 0;
                long errors = 0;
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end && budget.decrementAndGet() >= 0) {
                    HttpRequest request = request(target, random);
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        status = response.statusCode();
                    } catch (IOException e) {
                        status = -1;
                    }
                    h.recordValue(Math.min(60_000_000L, (System.nanoTime() - t0) / 1000));
                    requests++;
                    if (status != 200) {
                        errors++;
                    }
                }
                return new long[] {requests, errors};
            }));
        }
        long requests = 0;
        long errors = 0;
        for (Future<long[]> f : running) {
            long[] r = f.get(length.toSeconds() + 60, TimeUnit.SECONDS);
            requests += r[0];
            errors += r[1];
        }
        long nanos = System.nanoTime() - began;
        Histogram all = new Histogram(60_000_000L, 3);
        histograms.forEach(all::add);
        return new Phase(all, requests, errors, nanos);
    }

    private HttpRequest request(Target target, ThreadLocalRandom random) {
        return switch (target) {
            case HEALTH -> HttpRequest.newBuilder(URI.create(base + "/health")).GET().build();
            case GUIDANCE -> guidance(1 + random.nextInt(residents));
            case GUIDANCE_CASE -> guidance(random.nextInt(residents / SyntheticLandlord.ONE_IN) * SyntheticLandlord.ONE_IN
                    + 3);
        };
    }

    private HttpRequest guidance(int resident) {
        return HttpRequest.newBuilder(URI.create(base + "/api/residents/" + SyntheticLandlord.residentId(resident)
                        .value() + "/guidance"))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private long firstServed(long since) throws Exception {
        for (int i = 0; i < 6000; i++) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/health")).GET()
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("UCA did not answer /health within 60 s");
    }

    private String signIn(String username, String password) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + password + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /** The Service Development Team's report over five years: the first (cold) time and the median of five more. */
    private double[] monitoring() throws Exception {
        String sdt = signIn(DataSetGenerator.SDT_USERNAME, DataSetGenerator.SDT_PASSWORD);
        LocalDate today = LocalDate.now();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/monitoring?from=" + today.minusYears(5)
                + "&to=" + today)).header("Authorization", "Bearer " + sdt).GET().build();
        double[] times = new double[6];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            times[i] = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Monitoring answered " + r.statusCode() + ": " + r.body());
            }
        }
        double first = times[0];
        double[] warm = java.util.Arrays.copyOfRange(times, 1, times.length);
        java.util.Arrays.sort(warm);
        return new double[] {first, warm[warm.length / 2]};
    }

    /** {@code java -jar uca.jar} on the data set, launch to first 200 from /health; the process is then stopped. */
    private long coldStart(Map<String, String> env) throws Exception {
        Path jar = Path.of("bootstrap/target/uca.jar");
        if (!Files.exists(jar)) {
            System.out.println("No bootstrap/target/uca.jar: cold start not measured.");
            return -1;
        }
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()).redirectErrorStream(true)
                .redirectOutput(Path.of("benchmarks/target/cold-start.log").toFile());
        builder.environment().putAll(env);
        builder.environment().put("UCA_PORT", String.valueOf(port));
        long t0 = System.nanoTime();
        Process process = builder.start();
        try {
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + port + "/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            while (System.nanoTime() - t0 < Duration.ofSeconds(60).toNanos()) {
                try {
                    if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("uca.jar exited: see benchmarks/target/cold-start.log");
                }
                Thread.sleep(5);
            }
            throw new IllegalStateException("uca.jar did not answer /health within 60 s");
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }
}
