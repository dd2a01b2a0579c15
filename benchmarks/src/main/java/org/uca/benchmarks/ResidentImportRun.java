package org.uca.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.uca.adapter.persistence.UcaDatabase;
import org.uca.adapter.web.input.ResidentCsv;
import org.uca.application.port.in.ImportResidentsUseCase.Report;
import org.uca.application.port.in.ImportResidentsUseCase.ResidentFile;
import org.uca.application.service.UcaApplication;
import org.uca.domain.calendar.WorkingDays;

/**
 * A plain timed run of the resident import (issue 11, point 5: 100 000 rows in under a minute): a synthetic
 * housing-system file of {@code --rows} rows, read by the CSV reader, then imported into an empty store (all
 * added), imported again (all unchanged) and with every tenth resident moved (changed). Timings are wall-clock, on
 * whatever else the machine runs; they are figures for BENCHMARKS.md, never asserted.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.uca.benchmarks.ResidentImportRun --rows 100000 --db h2</pre>
 */
public final class ResidentImportRun {

    private ResidentImportRun() {
    }

    public static void main(String[] args) {
        int rows = 100_000;
        BenchDatabase.Engine engine = BenchDatabase.Engine.H2;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--rows")) {
                rows = Integer.parseInt(args[i + 1]);
            } else if (args[i].equals("--db")) {
                engine = BenchDatabase.Engine.of(args[i + 1]);
            }
        }
        // A fresh store each run, beside the data sets (named -rows so it is never mistaken for one).
        java.nio.file.Path old = BenchDatabase.root().resolve(engine.name().toLowerCase(Locale.ROOT) + "--" + rows);
        try (var files = java.nio.file.Files.exists(old) ? java.nio.file.Files.walk(old)
                : java.util.stream.Stream.<java.nio.file.Path>empty()) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] original = file(rows, 0);
        byte[] moved = file(rows, 10);
        try (BenchDatabase bench = BenchDatabase.open(engine, -rows);
             UcaDatabase database = UcaDatabase.connect(bench.settings(4))) {
            UcaApplication app = new UcaApplication(database.ports(Instant::now, WorkingDays.ENGLAND_AND_WALES));
            long start = System.nanoTime();
            ResidentFile read = ResidentCsv.read(new ByteArrayInputStream(original)).get();
            report("read the CSV (" + original.length / 1024 + " KiB)", start, null);
            timed(app, read, "import into an empty directory");
            timed(app, read, "the same file again");
            timed(app, ResidentCsv.read(new ByteArrayInputStream(moved)).get(), "every tenth resident moved (read"
                    + " included)");
        }
    }

    private static void timed(UcaApplication app, ResidentFile file, String what) {
        long start = System.nanoTime();
        Report report = app.importResidentsAtTheConsole().importAtTheConsole(file, true)
                .getOrElseThrow(f -> new IllegalStateException(f.message()));
        report(what, start, report);
    }

    private static void report(String what, long start, Report report) {
        System.out.printf(Locale.ROOT, "%-45s %7.2f s%s%n", what, (System.nanoTime() - start) / 1e9,
                report == null ? "" : "  (" + report.summary() + ")");
    }

    /** A housing-system file; with {@code movedEvery} > 0, every such resident has a new address. */
    static byte[] file(int rows, int movedEvery) {
        StringBuilder csv = new StringBuilder(rows * 160);
        csv.append("reference,name,address_line_1,address_line_2,address_line_3,postcode,uprn,tenancy_start,"
                + "tenancy_end,email,phone,preferred_contact\n");
        for (int i = 1; i <= rows; i++) {
            boolean moved = movedEvery > 0 && i % movedEvery == 0;
            csv.append("R-").append(100_000 + i).append(",\"Resident ").append(i).append(", Test\",")
                    .append(moved ? "Flat 2" : "Flat 1").append(',').append(i % 500).append(" Long Lane,Leeds,LS")
                    .append(1 + i % 28).append(' ').append(1 + i % 9).append("AB,")
                    .append(100_000_000L + i).append(",2015-0").append(1 + i % 9).append("-01,")
                    .append(i % 20 == 0 ? "2025-12-31" : "").append(",resident").append(i).append("@example.org,")
                    .append("0113 496 ").append(String.format(Locale.ROOT, "%04d", i % 10_000)).append(',')
                    .append(i % 3 == 0 ? "letter" : "email").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
