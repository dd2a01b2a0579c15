package org.uca.benchmarks;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
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
import java.util.Arrays;
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
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.uca.bootstrap.InProcessUca;

/**
 * HTTP load on the real UCA, on a loaded data set, on localhost only, measured on a settled JVM. Bounded and
 * self-stopping: every phase ends after its time or its request budget, whichever comes first, and the whole run has
 * a hard deadline.
 *
 * <ol>
 *   <li>Cold start: {@code java -jar bootstrap/target/uca.jar} on the data set, from process launch to the first
 *       {@code GET /health} answered 200, several times (median and range); with {@code --cds}, also with the
 *       AppCDS start archive the build trained ({@code -XX:SharedArchiveFile=bootstrap/target/uca.jsa}).</li>
 *   <li>UCA started in this JVM as {@code uca.jar} composes it ({@link InProcessUca}); closed-loop clients on the JDK
 *       HttpClient, latencies in HdrHistogram. Warm-up until the JIT compilers have settled: at least
 *       {@code --warmup-seconds}, then until the JIT compiler threads (C1, C2) have used less than
 *       {@code --settled-jit-ms-per-s} of CPU per second over the last ten seconds (their CPU time, from
 *       {@code /proc/self/task}: unlike the {@link CompilationMXBean}'s elapsed compilation time it does not grow when
 *       other processes hold the cores). Then {@code --runs} runs, each one
 *       phase per target: the ceiling ({@code GET /health}), {@code GET /api/residents/{id}/guidance} for random
 *       residents and for random residents with a case. Per run: requests per second, p50/p99, the ratio to the
 *       ceiling of the same run, the JIT's activity and this JVM's CPU (and PostgreSQL's) per request; then the
 *       median and range over the runs.</li>
 *   <li>Heap after load (after a full GC), and the monitoring report ({@code GET /api/monitoring}, five years).</li>
 * </ol>
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.uca.benchmarks.HttpLoad --residents 100000 --db postgres</pre>
 */
public final class HttpLoad {

    private static final String HOST = "127.0.0.1";
    private static final Duration HARD_DEADLINE = Duration.ofMinutes(20);
    private static final Path RESULTS = Path.of("benchmarks/target/results");
    private static final String USAGE = """
            Usage: HttpLoad --residents N --db h2|postgres
              [--concurrency 8] [--phase-seconds 15] [--runs 3]
              [--warmup-seconds 30] [--max-warmup-seconds 180] [--settled-jit-ms-per-s 20]
              [--max-requests-per-phase N] [--no-cold-start] [--cold-starts 3] [--cds]
              [--cold-start-java-option OPTION]... [--no-load] [--slices 5]
              --no-load: cold starts and the monitoring report only (no warm-up, no load phases)
              --slices: each run measures every target in this many interleaved slices of phase/slices seconds,
                        the order rotating, so that the ceiling and the guidance see the same machine""";

    enum Target {
        HEALTH("GET /health (ceiling)"),
        GUIDANCE("GET /api/residents/{id}/guidance, any resident"),
        GUIDANCE_CASE("GET /api/residents/{id}/guidance, residents with a case");

        final String label;

        Target(String label) {
            this.label = label;
        }
    }

    /** The harness's settings, as given on the command line. */
    record Settings(int residents, String db, int concurrency, Duration phase, int runs, Duration minWarmUp,
            Duration maxWarmUp, double settledJitMsPerSecond, long maxRequestsPerPhase, boolean coldStart,
            int coldStarts, boolean cds, List<String> coldStartJavaOptions, boolean load, int slices) {

        String describe() {
            return String.format(Locale.ROOT, "%d clients, warm-up >= %d s until the JIT compiler threads use < %.0f ms"
                            + " CPU/s over 10 s (max %d s),"
                            + " %d runs x %d s per target in %d interleaved slices", concurrency, minWarmUp.toSeconds(),
                    settledJitMsPerSecond, maxWarmUp.toSeconds(), runs, phase.toSeconds(), slices);
        }
    }

    private final Settings settings;
    private final long deadline;
    private final HttpClient client;
    private final ExecutorService workers;
    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private BenchDatabase database;
    private long lastColdStartCpuMs = -1;
    /** Compiler threads come and go: their CPU ticks as last seen, and the sum of what each has used since. */
    private final Map<String, Long> compilerTicksSeen = new java.util.HashMap<>();
    private long compilerTicks;
    private String base;
    private String token;

    private HttpLoad(Settings settings) {
        this.settings = settings;
        this.deadline = System.nanoTime() + HARD_DEADLINE.toNanos();
        this.workers = Executors.newFixedThreadPool(settings.concurrency(), r -> {
            Thread t = new Thread(r, "load-client");
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static void main(String[] args) throws Exception {
        Settings settings = parse(args);
        HttpLoad load = new HttpLoad(settings);
        try (BenchDatabase database = BenchDatabase.open(BenchDatabase.Engine.of(settings.db()), settings.residents())) {
            database.requireLoaded();
            load.database = database;
            load.run();
        } finally {
            load.workers.shutdownNow();
        }
        System.exit(0); // the HttpClient's selector thread does not keep the JVM, but be sure the run ends here
    }

    static Settings parse(String[] args) {
        int residents = 10_000;
        String db = "h2";
        int concurrency = 8;
        int seconds = 15;
        int runs = 3;
        int warmUp = 30;
        int maxWarmUp = 180;
        double settled = 20;
        long maxRequests = 5_000_000;
        boolean coldStart = true;
        int coldStarts = 3;
        boolean cds = false;
        boolean load = true;
        int slices = 5;
        List<String> javaOptions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--residents" -> residents = Integer.parseInt(args[++i].replace("_", ""));
                case "--db" -> db = args[++i];
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                case "--phase-seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--runs", "--rounds" -> runs = Integer.parseInt(args[++i]);
                case "--warmup-seconds" -> warmUp = Integer.parseInt(args[++i]);
                case "--max-warmup-seconds" -> maxWarmUp = Integer.parseInt(args[++i]);
                case "--settled-jit-ms-per-s" -> settled = Double.parseDouble(args[++i]);
                case "--max-requests-per-phase" -> maxRequests = Long.parseLong(args[++i]);
                case "--no-cold-start" -> coldStart = false;
                case "--cold-starts" -> coldStarts = Integer.parseInt(args[++i]);
                case "--cds" -> cds = true;
                case "--cold-start-java-option" -> javaOptions.add(args[++i]);
                case "--no-load" -> load = false;
                case "--slices" -> slices = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException(USAGE);
            }
        }
        if (seconds < 1 || seconds > 60 || runs < 1 || runs > 10 || concurrency < 1 || concurrency > 64
                || warmUp < 0 || maxWarmUp < warmUp || maxWarmUp > 600 || coldStarts < 1 || coldStarts > 20
                || slices < 1 || slices > seconds) {
            throw new IllegalArgumentException("Keep the run bounded: 1-60 s phases, 1-10 runs, 1-64 clients,"
                    + " warm-up at most 600 s, 1-20 cold starts, slices of at least a second.\n" + USAGE);
        }
        return new Settings(residents, db, concurrency, Duration.ofSeconds(seconds), runs, Duration.ofSeconds(warmUp),
                Duration.ofSeconds(maxWarmUp), settled, maxRequests, coldStart, coldStarts, cds, List.copyOf(javaOptions),
                load, slices);
    }

    private void run() throws Exception {
        Map<String, String> env = Map.of(
                "UCA_PORT", String.valueOf(freePort()),
                "UCA_JDBC_URL", database.jdbcUrl(),
                "UCA_DB_USER", database.user(),
                "UCA_SESSION_SECRET", "benchmark-session-secret-0123456789abcdef",
                "UCA_DATA_DIR", database.directory().toString());
        String engine = database.engine().name().toLowerCase(Locale.ROOT);
        Files.createDirectories(RESULTS);
        System.out.printf(Locale.ROOT, "%s, %,d residents; load average at start %s%n", engine,
                settings.residents(), loadAverage());

        ColdStarts cold = ColdStarts.NONE;
        if (settings.coldStart()) {
            cold = coldStarts(env);
        }
        long started = System.nanoTime();
        try (InProcessUca uca = InProcessUca.start(env)) {
            long composedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            base = "http://" + HOST + ":" + uca.port();
            long firstServedMs = firstServed(started);
            token = signIn(DataSetGenerator.OFFICER_USERNAME, DataSetGenerator.OFFICER_PASSWORD);
            if (!settings.load()) {
                double[] monitoring = monitoring();
                System.out.printf(Locale.ROOT, "  monitoring report, five years (no load before): first %.0f ms, then"
                        + " median %.0f ms (load average %s)%n", monitoring[0], monitoring[1], loadAverage());
                return;
            }

            double warmUpSeconds = warmUp();
            List<Map<Target, Phase>> runs = new ArrayList<>();
            for (int run = 0; run < settings.runs() && System.nanoTime() < deadline; run++) {
                // The targets in interleaved slices, the order rotating: a drift in the machine's speed during a run
                // (this kind of machine shows steal time) then falls on the ceiling and the guidance alike.
                Map<Target, Phase> phases = new EnumMap<>(Target.class);
                Target[] targets = Target.values();
                Duration slice = settings.phase().dividedBy(settings.slices());
                for (int sl = 0; sl < settings.slices(); sl++) {
                    for (int k = 0; k < targets.length; k++) {
                        Target t = targets[(sl + k) % targets.length];
                        phases.merge(t, measure(t, slice), Phase::plus);
                    }
                }
                runs.add(phases);
                print(run + 1, phases);
            }
            String loadAtEnd = loadAverage();
            System.gc();
            long heapAfterLoad = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            double[] monitoring = monitoring();

            System.out.printf(Locale.ROOT, "%n%s, %,d residents, %s; warm-up %.0f s; load average at end %s%n",
                    engine, settings.residents(), settings.describe(), warmUpSeconds, loadAtEnd);
            for (Target t : Target.values()) {
                System.out.printf(Locale.ROOT, "  %-58s req/s %s  p99 %s ms", t.label,
                        spread(runs, t, p -> p.throughput(), "%.0f"), spread(runs, t, Phase::p99Millis, "%.2f"));
                if (t != Target.HEALTH) {
                    System.out.printf(Locale.ROOT, "  ratio %s %%  p99 ratio %s",
                            spread(runs, r -> 100 * r.get(t).throughput() / r.get(Target.HEALTH).throughput(), "%.0f"),
                            spread(runs, r -> r.get(t).p99Millis() / r.get(Target.HEALTH).p99Millis(), "%.2f"));
                }
                if (t != Target.HEALTH) {
                    // On a machine of its own, closed-loop throughput is bounded by CPU per request (UCA, the load
                    // generator and PostgreSQL share the cores): the ratio this predicts is robust to other load.
                    System.out.printf(Locale.ROOT, "  CPU-bound ratio %s %%", spread(runs, r -> 100
                            * totalCpu(r.get(Target.HEALTH)) / totalCpu(r.get(t)), "%.0f"));
                }
                System.out.printf(Locale.ROOT, "  CPU/req %s us (UCA JVM)%s%n",
                        spread(runs, t, Phase::cpuMicrosPerRequest, "%.0f"),
                        database.engine() == BenchDatabase.Engine.POSTGRES
                                ? " + " + spread(runs, t, Phase::dbCpuMicrosPerRequest, "%.0f") + " us (PostgreSQL)"
                                : "");
            }
            System.out.printf(Locale.ROOT, "  cold start (java -jar uca.jar to first /health 200): %s%n", cold);
            System.out.printf(Locale.ROOT, "  in-process: composed in %d ms, first request served at %d ms%n",
                    composedMs, firstServedMs);
            System.out.printf(Locale.ROOT, "  heap after load (after full GC): %d MB%n", heapAfterLoad / (1024 * 1024));
            System.out.printf(Locale.ROOT, "  monitoring report, five years: first %.0f ms, then median %.0f ms%n",
                    monitoring[0], monitoring[1]);

            StringBuilder csv = new StringBuilder();
            for (int run = 0; run < runs.size(); run++) {
                Map<Target, Phase> phases = runs.get(run);
                Phase ceiling = phases.get(Target.HEALTH);
                for (Target t : Target.values()) {
                    Phase p = phases.get(t);
                    csv.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%d,%.0f,%s,%d,%s,%.0f,%.3f,%.3f,%.3f,%.3f,"
                                    + "%d,%.1f,%.0f,%.0f,%d,%d,%d,%d,%d,%.1f,%.1f,%s%n",
                            Instant.now(), engine, settings.residents(), settings.concurrency(),
                            settings.phase().toSeconds(), settings.runs(), warmUpSeconds, settings.cds(), run + 1,
                            t.name(), p.throughput(), p.p50Millis(), p.p99Millis(), p.throughput() / ceiling.throughput(),
                            p.p99Millis() / ceiling.p99Millis(), p.errors(), p.jitMsPerSecond(),
                            p.cpuMicrosPerRequest(), p.dbCpuMicrosPerRequest(), cold.plainMedian(),
                            cold.withArchiveMedian(), composedMs, firstServedMs, heapAfterLoad / (1024 * 1024),
                            monitoring[0], monitoring[1], p.loadAverage().replace(' ', '/')));
                }
            }
            Path results = RESULTS.resolve("http-load-runs.csv");
            if (!Files.exists(results)) {
                Files.writeString(results, "at,db,residents,clients,phase_s,runs,warmup_s,cds,run,target,req_per_s,"
                        + "p50_ms,p99_ms,ratio,p99_ratio,errors,jit_ms_per_s,cpu_us_per_req,db_cpu_us_per_req,"
                        + "cold_start_ms,cold_start_cds_ms,composed_ms,first_served_ms,heap_after_load_mb,"
                        + "monitoring_first_ms,monitoring_median_ms,load_average\n");
            }
            Files.writeString(results, csv, StandardOpenOption.APPEND);
        }
    }

    // ---- warm-up and phases ----

    /**
     * Loads every target in turn, one second each, for at least the minimum warm-up and then until the JIT has
     * settled: its compiler threads used less CPU than the threshold per second over the last ten seconds. Returns how
     * long it took.
     */
    private double warmUp() throws Exception {
        long began = System.nanoTime();
        long minEnd = began + settings.minWarmUp().toNanos();
        long maxEnd = began + settings.maxWarmUp().toNanos();
        long window = Duration.ofSeconds(10).toNanos();
        java.util.ArrayDeque<long[]> samples = new java.util.ArrayDeque<>(); // {nanoTime, compiler CPU ms}
        samples.add(new long[] {System.nanoTime(), compilerCpuMillis()});
        double rate = Double.NaN;
        int slice = 0;
        long lastReport = began;
        while (System.nanoTime() < deadline) {
            measure(Target.values()[slice++ % Target.values().length], Duration.ofSeconds(1));
            long now = System.nanoTime();
            samples.add(new long[] {now, compilerCpuMillis()});
            while (samples.size() > 2 && now - samples.peekFirst()[0] > window) {
                samples.removeFirst();
            }
            long[] first = samples.peekFirst();
            rate = (samples.peekLast()[1] - first[1]) / ((now - first[0]) / 1e9);
            if (now - lastReport >= Duration.ofSeconds(5).toNanos()) {
                System.out.printf(Locale.ROOT, "  warm-up %3.0f s: JIT compiler threads %.0f ms CPU/s over the last"
                        + " 10 s (load average %s)%n", (now - began) / 1e9, rate, loadAverage());
                lastReport = now;
            }
            if (now >= minEnd && now - first[0] >= window * 9 / 10 && rate < settings.settledJitMsPerSecond()) {
                break;
            }
            if (now >= maxEnd) {
                System.out.printf(Locale.ROOT, "  warm-up stopped at its maximum; the JIT has not settled (%.0f ms CPU/s)%n",
                        rate);
                break;
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf(Locale.ROOT, "Warm-up done after %.0f s (JIT compiler threads %.0f ms CPU/s); compiler CPU so"
                + " far %d ms%n", seconds, rate, compilerCpuMillis());
        return seconds;
    }

    /**
     * CPU time used so far by this JVM's JIT compiler threads ("C1 CompilerThread…", "C2 CompilerThread…"), from
     * {@code /proc/self/task}; where that cannot be read, the {@link CompilationMXBean}'s compilation time instead.
     */
    private long compilerCpuMillis() {
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        String stat = Files.readString(task.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        Long seen = compilerTicksSeen.put(task.getFileName().toString(), ticks);
                        compilerTicks += Math.max(0, ticks - (seen == null ? 0 : seen));
                    }
                } catch (IOException ended) {
                    // the thread ended meanwhile
                }
            }
            return compilerTicks * 10; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return jit.getTotalCompilationTime();
        }
    }

    /** One measured phase of one target, with what the machine did meanwhile. */
    private record Phase(Histogram latencyMicros, long requests, long errors, long nanos, long jitMillis,
            long cpuNanos, long dbCpuNanos, String loadAverage) {

        double throughput() {
            return requests / (nanos / 1e9);
        }

        /** Two slices of one target's measurement as one. */
        Phase plus(Phase later) {
            Histogram both = new Histogram(60_000_000L, 3);
            both.add(latencyMicros);
            both.add(later.latencyMicros);
            return new Phase(both, requests + later.requests, errors + later.errors, nanos + later.nanos,
                    jitMillis + later.jitMillis, cpuNanos + later.cpuNanos,
                    dbCpuNanos < 0 || later.dbCpuNanos < 0 ? -1 : dbCpuNanos + later.dbCpuNanos, later.loadAverage);
        }

        double p50Millis() {
            return latencyMicros.getValueAtPercentile(50) / 1000.0;
        }

        double p99Millis() {
            return latencyMicros.getValueAtPercentile(99) / 1000.0;
        }

        double jitMsPerSecond() {
            return jitMillis / (nanos / 1e9);
        }

        double cpuMicrosPerRequest() {
            return cpuNanos / 1000.0 / Math.max(1, requests);
        }

        double dbCpuMicrosPerRequest() {
            return dbCpuNanos < 0 ? Double.NaN : dbCpuNanos / 1000.0 / Math.max(1, requests);
        }
    }

    /** Closed loop: each client sends its next request when the last one is answered, until time or budget. */
    private Phase measure(Target target, Duration length) throws Exception {
        long end = Math.min(System.nanoTime() + length.toNanos(), deadline);
        AtomicLong budget = new AtomicLong(settings.maxRequestsPerPhase());
        List<Future<long[]>> running = new ArrayList<>();
        List<Histogram> histograms = new ArrayList<>();
        long jitBefore = compilerCpuMillis();
        long cpuBefore = os.getProcessCpuTime();
        long dbCpuBefore = database.serverCpuNanos();
        long began = System.nanoTime();
        for (int c = 0; c < settings.concurrency(); c++) {
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
        long dbCpuAfter = database.serverCpuNanos();
        Histogram all = new Histogram(60_000_000L, 3);
        histograms.forEach(all::add);
        return new Phase(all, requests, errors, nanos, compilerCpuMillis() - jitBefore,
                os.getProcessCpuTime() - cpuBefore, dbCpuBefore < 0 ? -1 : dbCpuAfter - dbCpuBefore, loadAverage());
    }

    private void print(int run, Map<Target, Phase> phases) {
        Phase ceiling = phases.get(Target.HEALTH);
        System.out.printf(Locale.ROOT, "Run %d (load average %s)%n", run, ceiling.loadAverage());
        for (Target t : Target.values()) {
            Phase p = phases.get(t);
            System.out.printf(Locale.ROOT, "  %-58s %7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  errors %d  JIT %3.0f ms CPU/s"
                            + "  CPU/req %4.0f us%s%s%n", t.label, p.throughput(), p.p50Millis(), p.p99Millis(),
                    p.errors(), p.jitMsPerSecond(), p.cpuMicrosPerRequest(),
                    Double.isNaN(p.dbCpuMicrosPerRequest()) ? ""
                            : String.format(Locale.ROOT, " + PostgreSQL %4.0f us", p.dbCpuMicrosPerRequest()),
                    t == Target.HEALTH ? "" : String.format(Locale.ROOT, "  (%.0f %% of ceiling, p99 %.2fx)",
                            100 * p.throughput() / ceiling.throughput(), p.p99Millis() / ceiling.p99Millis()));
        }
    }

    private static double totalCpu(Phase p) {
        return p.cpuMicrosPerRequest() + (Double.isNaN(p.dbCpuMicrosPerRequest()) ? 0 : p.dbCpuMicrosPerRequest());
    }

    private static String spread(List<Map<Target, Phase>> runs, Target t, ToDoubleFunction<Phase> figure,
            String format) {
        return spread(runs, r -> figure.applyAsDouble(r.get(t)), format);
    }

    /** "median [min–max]" over the runs. */
    private static String spread(List<Map<Target, Phase>> runs, ToDoubleFunction<Map<Target, Phase>> figure,
            String format) {
        double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
        if (values.length == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, format + " [" + format + "–" + format + "]", median(values), values[0],
                values[values.length - 1]);
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private HttpRequest request(Target target, ThreadLocalRandom random) {
        int residents = settings.residents();
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
        return signIn(base, username, password);
    }

    private String signIn(String at, String username, String password) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(at + "/api/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + password + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /**
     * The Service Development Team's report over five years: the first (cold) time and the median of five more, each
     * over a period starting a day later than the last (H2 keeps the result of a statement it has just run with the
     * same parameters, which would make a repeat look free).
     */
    private double[] monitoring() throws Exception {
        String sdt = signIn(DataSetGenerator.SDT_USERNAME, DataSetGenerator.SDT_PASSWORD);
        LocalDate today = LocalDate.now();
        double[] times = new double[6];
        for (int i = 0; i < times.length; i++) {
            // Each time a period starting a day later: the same work, but no answer a database could have cached.
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/monitoring?from="
                    + today.minusYears(5).plusDays(i) + "&to=" + today)).header("Authorization", "Bearer " + sdt)
                    .GET().build();
            long t0 = System.nanoTime();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            times[i] = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Monitoring answered " + r.statusCode() + ": " + r.body());
            }
        }
        double first = times[0];
        double[] warm = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(warm);
        return new double[] {first, warm[warm.length / 2]};
    }

    // ---- cold start ----

    /** Cold starts of uca.jar: median and range, plain and (with --cds) with a trained AppCDS archive. */
    record ColdStarts(long[] plain, long[] withArchive, long[] plainCpu, long[] withArchiveCpu) {
        static final ColdStarts NONE = new ColdStarts(new long[0], new long[0], new long[0], new long[0]);

        long plainMedian() {
            return medianOf(plain);
        }

        long withArchiveMedian() {
            return medianOf(withArchive);
        }

        private static long medianOf(long[] values) {
            if (values.length == 0) {
                return -1;
            }
            return Math.round(median(Arrays.stream(values).asDoubleStream().sorted().toArray()));
        }

        private static String describe(long[] values) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "%d ms [%d–%d] over %d starts", medianOf(values), sorted[0],
                    sorted[sorted.length - 1], sorted.length);
        }

        @Override
        public String toString() {
            if (plain.length == 0) {
                return "not measured";
            }
            return describe(plain) + " (CPU " + describe(plainCpu) + ")" + (withArchive.length == 0 ? ""
                    : "; with the AppCDS archive " + describe(withArchive) + " (CPU " + describe(withArchiveCpu) + ")");
        }
    }

    private ColdStarts coldStarts(Map<String, String> env) throws Exception {
        Path jar = Path.of("bootstrap/target/uca.jar");
        if (!Files.exists(jar)) {
            System.out.println("No bootstrap/target/uca.jar: cold start not measured.");
            return ColdStarts.NONE;
        }
        long[] plain = new long[settings.coldStarts()];
        long[] withArchive = new long[settings.cds() ? settings.coldStarts() : 0];
        long[] plainCpu = new long[plain.length];
        long[] withArchiveCpu = new long[withArchive.length];
        // The archive the build trained on this uca.jar (bootstrap/pom.xml, Main --train-start-archive): what a user
        // starts with. A stale one (uca.jar rebuilt without training) would only be slower: the JVM ignores it.
        Path archive = Path.of("bootstrap/target/uca.jsa");
        if (settings.cds()) {
            if (!Files.exists(archive)
                    || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) < 0) {
                throw new IllegalStateException("No start archive for this uca.jar: build it without"
                        + " -Duca.startArchive.skip=true (it writes bootstrap/target/uca.jsa)");
            }
            System.out.printf(Locale.ROOT, "  the build's start archive: %s, %d MB%n", archive,
                    Files.size(archive) / (1024 * 1024));
        }
        // Alternate plain and archive starts, so both see the same machine load.
        for (int i = 0; i < settings.coldStarts(); i++) {
            plain[i] = coldStart(env, List.of());
            plainCpu[i] = lastColdStartCpuMs;
            if (settings.cds()) {
                withArchive[i] = coldStart(env, List.of("-XX:SharedArchiveFile=" + archive));
                withArchiveCpu[i] = lastColdStartCpuMs;
            }
            System.out.printf(Locale.ROOT, "  cold start %d: %d ms (CPU %d ms)%s (load average %s)%n", i + 1, plain[i],
                    plainCpu[i], settings.cds() ? String.format(Locale.ROOT, ", with the AppCDS archive %d ms (CPU %d ms)",
                            withArchive[i], withArchiveCpu[i]) : "", loadAverage());
        }
        ColdStarts result = new ColdStarts(plain, withArchive, plainCpu, withArchiveCpu);
        System.out.printf(Locale.ROOT, "Cold start (java %s-jar uca.jar to first /health 200): %s%n",
                settings.coldStartJavaOptions().isEmpty() ? "" : String.join(" ", settings.coldStartJavaOptions())
                        + " ", result);
        return result;
    }

    /** {@code java [options] -jar uca.jar} on the data set, launch to first 200 from /health; then stopped. */
    private long coldStart(Map<String, String> env, List<String> options) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.coldStartJavaOptions());
        command.addAll(options);
        command.addAll(List.of("-jar", "bootstrap/target/uca.jar"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(RESULTS.resolve("cold-start.log").toFile()));
        builder.environment().putAll(env);
        builder.environment().put("UCA_PORT", String.valueOf(port));
        String at = "http://" + HOST + ":" + port;
        long t0 = System.nanoTime();
        Process process = builder.start();
        try {
            HttpRequest health = HttpRequest.newBuilder(URI.create(at + "/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            while (System.nanoTime() - t0 < Duration.ofSeconds(60).toNanos()) {
                try {
                    if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                        lastColdStartCpuMs = process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
                        return ms;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("uca.jar exited: see " + RESULTS.resolve("cold-start.log"));
                }
                Thread.sleep(5);
            }
            throw new IllegalStateException("uca.jar did not answer /health within 60 s");
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", os.getSystemLoadAverage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }
}
