package org.uca.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ImportResidentsAtTheConsoleUseCase;
import org.uca.application.port.in.ImportResidentsUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.people.ResidentId;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.Refusal.Problem;

/**
 * The housing system's file into the resident directory: every row checked before anything is stored, then an
 * upsert by reference of the rows that add or change a resident (an unchanged row is not written), audited with
 * the counts. A resident who moved keeps their reference, so their case stays theirs; a resident whose tenancy
 * ended is kept, with the end date, and their case goes on.
 */
final class ResidentImportService implements ImportResidentsUseCase, ImportResidentsAtTheConsoleUseCase {

    /** How many residents are looked up, or stored, at a time. */
    static final int CHUNK = 1_000;

    private final CaseCommands commands;
    private final Ports ports;

    ResidentImportService(CaseCommands commands, Ports ports) {
        this.commands = commands;
        this.ports = ports;
    }

    @Override
    public Either<Failure, Report> importResidents(Command command) {
        return commands.offCase(Task.IMPORT_RESIDENTS, command.actingStaff(),
                now -> run(command.file(), command.apply()));
    }

    @Override
    public Either<Failure, Report> importAtTheConsole(ResidentFile file, boolean apply) {
        return commands.bySystem(Task.IMPORT_RESIDENTS, COMMAND_LINE, now -> run(file, apply));
    }

    private Either<Failure, CaseCommands.Audited<Report>> run(ResidentFile file, boolean apply) {
        Either<Refusal, Seq<Line>> read = read(file);
        if (read.isLeft()) {
            return Either.left(new Failure.Refused(read.getLeft()));
        }
        Report report = upsert(read.get(), apply);
        return Either.right(new CaseCommands.Audited<>(report, apply
                ? Option.some("Residents imported from the housing system: " + report.summary() + ".")
                : Option.none()));
    }

    /**
     * Adds or replaces, by reference, the residents of lines already checked (unless only a preview), and says
     * what that did; shared with the sync API.
     */
    Report upsert(Seq<Line> lines, boolean apply) {
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        List<RowOutcome> firstChanges = List.empty(); // what a preview most needs to show
        List<RowOutcome> firstUnchanged = List.empty();
        // Everything held is read before anything is written, so no look-up meets rows this import wrote (on
        // PostgreSQL a look-up planned on an empty table would otherwise scan it as it fills).
        java.util.Map<ResidentId, Resident> held = new java.util.HashMap<>();
        for (Seq<Line> chunk : lines.grouped(CHUNK)) {
            ports.residents().findAll(chunk.map(l -> l.resident().id())).forEach(r -> held.put(r.id(), r));
        }
        List<Resident> toStore = List.empty();
        for (Line line : lines) {
            Resident before = held.get(line.resident().id());
            Change change = before == null ? Change.ADDED
                    : before.equals(line.resident()) ? Change.UNCHANGED : Change.CHANGED;
            if (change == Change.ADDED) {
                added++;
            } else if (change == Change.CHANGED) {
                changed++;
            } else {
                unchanged++;
            }
            if (change != Change.UNCHANGED) {
                toStore = toStore.prepend(line.resident());
            }
            RowOutcome outcome = new RowOutcome(line.number(), line.resident().id(), change);
            if (change != Change.UNCHANGED && firstChanges.size() < FIRST_ROWS) {
                firstChanges = firstChanges.append(outcome);
            } else if (change == Change.UNCHANGED && firstUnchanged.size() < FIRST_ROWS) {
                firstUnchanged = firstUnchanged.append(outcome);
            }
        }
        if (apply) {
            for (Seq<Resident> chunk : toStore.reverse().grouped(CHUNK)) {
                ports.residents().store(chunk);
            }
        }
        return new Report(apply, added, changed, unchanged,
                firstChanges.appendAll(firstUnchanged.take(FIRST_ROWS - firstChanges.size())));
    }

    /** Every row as a resident, or every problem in the file (the first {@link #PROBLEMS_LISTED} of them). */
    private static Either<Refusal, Seq<Line>> read(ResidentFile file) {
        Seq<Problem> problems = HousingSystemRow.checkHeader(file.header());
        if (!problems.isEmpty()) {
            return Either.left(new Refusal(problems));
        }
        if (file.rows().isEmpty()) {
            return Either.left(Refusal.of("file", "has no rows after the header; nothing to import"));
        }
        java.util.Map<ResidentId, Integer> firstLine = new java.util.HashMap<>();
        List<Problem> found = List.empty();
        int problemCount = 0;
        java.util.List<Line> lines = new java.util.ArrayList<>(file.rows().size());
        for (Row row : file.rows()) {
            Either<Seq<Problem>, Resident> resident = HousingSystemRow.read(row);
            Seq<Problem> rowProblems = resident.isLeft() ? resident.getLeft() : List.empty();
            if (resident.isRight()) {
                Integer earlier = firstLine.putIfAbsent(resident.get().id(), row.line());
                if (earlier != null) {
                    rowProblems = List.of(new Problem("line " + row.line() + ", reference",
                            "is on line " + earlier + " too; each resident is on one line"));
                } else {
                    lines.add(new Line(row.line(), resident.get()));
                }
            }
            problemCount += rowProblems.size();
            if (found.size() < PROBLEMS_LISTED) {
                found = found.appendAll(rowProblems.take(PROBLEMS_LISTED - found.size()));
            }
        }
        if (problemCount > found.size()) {
            found = found.append(new Problem("file", (problemCount - found.size()) + " more problems not listed"));
        }
        return found.isEmpty() ? Either.right(List.ofAll(lines)) : Either.left(new Refusal(found));
    }

    /** A checked line: its number (or, from the API, its index) and the resident it describes. */
    record Line(int number, Resident resident) {
    }
}
