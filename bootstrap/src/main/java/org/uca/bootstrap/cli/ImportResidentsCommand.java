package org.uca.bootstrap.cli;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uca.adapter.web.input.ResidentCsv;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ImportResidentsAtTheConsoleUseCase;
import org.uca.application.port.in.ImportResidentsUseCase.Report;
import org.uca.application.port.in.ImportResidentsUseCase.ResidentFile;
import org.uca.domain.shared.Refusal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code admin import-residents FILE [--dry-run]}: the housing system's CSV file into the resident directory, as
 * the import page does it (every row checked, nothing stored if any is wrong, upsert by reference), audited as
 * {@link ImportResidentsAtTheConsoleUseCase#COMMAND_LINE}. Exit code 0 when imported (or previewed), 1 when the
 * file was refused, 2 when it could not be read, 3 when the store could not be opened.
 */
@Command(name = "import-residents", mixinStandardHelpOptions = true,
        description = "Import residents from the housing system's CSV file (columns: see bootstrap/README.md).")
final class ImportResidentsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the CSV file (UTF-8, a header line first)")
    private Path file;

    @Option(names = "--dry-run", description = "say what the import would add, change and leave; store nothing")
    private boolean dryRun;

    @ParentCommand
    AdminCommand admin;

    @Override
    public Integer call() {
        PrintWriter out = admin.spec.commandLine().getOut();
        PrintWriter err = admin.spec.commandLine().getErr();
        Either<Refusal, ResidentFile> read;
        try (InputStream in = Files.newInputStream(file)) {
            read = ResidentCsv.read(in);
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getClass().getSimpleName());
            return 2;
        }
        if (read.isLeft()) {
            return refused(err, read.getLeft());
        }
        ResidentFile residents = read.get();
        return admin.withStore(store -> {
            Either<Failure, Report> done = store.application().importResidentsAtTheConsole()
                    .importAtTheConsole(residents, !dryRun);
            return done.fold(failure -> failure.fold(refused -> refused(err, refused.refusal()),
                    other -> unavailable(err, other), other -> unavailable(err, other),
                    other -> unavailable(err, other), other -> unavailable(err, other),
                    other -> unavailable(err, other)), report -> {
                        out.println((report.applied() ? "Imported: " : "Dry run, nothing stored: ")
                                + report.summary() + ".");
                        report.firstRows().forEach(r -> out.println("  line " + r.line() + "  " + r.reference()
                                + "  " + r.change().name().toLowerCase(java.util.Locale.ROOT)));
                        out.flush();
                        return 0;
                    });
        });
    }

    private static int refused(PrintWriter err, Refusal refusal) {
        err.println("Nothing was imported; the file has these problems:");
        refusal.problems().forEach(p -> err.println("  " + (p.field().isEmpty() ? "" : p.field() + ": ")
                + p.reason()));
        err.flush();
        return 1;
    }

    private static int unavailable(PrintWriter err, Failure failure) {
        err.println("Nothing was imported: " + failure.message());
        err.flush();
        return 2;
    }
}
