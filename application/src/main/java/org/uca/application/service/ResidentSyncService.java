package org.uca.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ImportResidentsUseCase;
import org.uca.application.port.in.ImportResidentsUseCase.Change;
import org.uca.application.port.in.ImportResidentsUseCase.Report;
import org.uca.application.port.in.ImportResidentsUseCase.Row;
import org.uca.application.port.in.SyncResidentsUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.MachineCredentials.Scope;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.Refusal.Problem;

/**
 * The sync API's residents, checked by the import's own rules ({@link HousingSystemRow}) and stored by its upsert,
 * as the machine credential that sent them (audited as the import's task, naming the credential).
 */
final class ResidentSyncService implements SyncResidentsUseCase {

    private final CaseCommands commands;
    private final Ports ports;
    private final ResidentImportService residentImport;

    ResidentSyncService(CaseCommands commands, Ports ports, ResidentImportService residentImport) {
        this.commands = commands;
        this.ports = ports;
        this.residentImport = residentImport;
    }

    @Override
    public Option<MachineClient> admit(String secret) {
        if (secret == null || !secret.startsWith(MachineCredentialService.PREFIX) || secret.length() > 200) {
            return Option.none();
        }
        try {
            return ports.unitOfWork().inTransaction(() -> {
                String hash = ports.credentials().hashOfToken(secret);
                return ports.machineCredentials().active(hash)
                        .peek(c -> ports.machineCredentials().used(c.id(), ports.clock().now()))
                        .map(c -> new MachineClient(c.id(), c.name(), c.scope()));
            });
        } catch (StorageUnavailable e) {
            return Option.none();
        }
    }

    @Override
    public Either<Failure, Change> syncResident(MachineClient client, String reference, Map<String, String> fields) {
        if (client.scope() != Scope.RESIDENT_SYNC) {
            return notForThisScope(client);
        }
        Option<String> given = fields.get("reference").map(String::strip).filter(r -> !r.isEmpty());
        Seq<Problem> problems = unknownFields(fields, "");
        if (given.isDefined() && !given.get().equals(reference)) {
            problems = problems.append(new Problem("reference", "differs from the reference in the address;"
                    + " leave it out or give the same one"));
        }
        Either<Seq<Problem>, Resident> read = HousingSystemRow.read(new Row(1, fields.put("reference", reference)), "");
        problems = problems.appendAll(read.isLeft() ? read.getLeft() : List.empty());
        if (!problems.isEmpty()) {
            Refusal refusal = new Refusal(problems.distinct());
            return commands.bySystem(Task.IMPORT_RESIDENTS, client.auditedAs(),
                    now -> Either.left(new Failure.Refused(refusal)));
        }
        Seq<ResidentImportService.Line> line = List.of(new ResidentImportService.Line(1, read.get()));
        return commands.bySystem(Task.IMPORT_RESIDENTS, client.auditedAs(), now -> {
            Report report = residentImport.upsert(line, true);
            Change change = report.firstRows().head().change();
            return Either.right(new CaseCommands.Audited<>(change, change == Change.UNCHANGED ? Option.none()
                    : Option.some("Resident " + reference + " " + change.name().toLowerCase(java.util.Locale.ROOT)
                            + " by the housing system's sync (" + described(client) + ").")));
        });
    }

    @Override
    public Either<Failure, Report> syncResidents(MachineClient client, Seq<Map<String, String>> residents) {
        if (client.scope() != Scope.RESIDENT_SYNC) {
            return notForThisScope(client);
        }
        return commands.bySystem(Task.IMPORT_RESIDENTS, client.auditedAs(), now -> {
            if (residents.isEmpty()) {
                return refused(List.of(new Problem("residents", "is empty; give at least one resident")));
            }
            if (residents.size() > MAX_BATCH) {
                return refused(List.of(new Problem("residents", "holds more than " + MAX_BATCH
                        + " residents; send them in batches of at most " + MAX_BATCH)));
            }
            List<Problem> problems = List.empty();
            java.util.Map<String, Integer> firstIndex = new java.util.HashMap<>();
            List<ResidentImportService.Line> lines = List.empty();
            for (int i = 0; i < residents.size(); i++) {
                String place = "residents[" + i + "].";
                Map<String, String> fields = residents.get(i);
                problems = problems.appendAll(unknownFields(fields, place));
                Either<Seq<Problem>, Resident> read = HousingSystemRow.read(new Row(i, fields), place);
                if (read.isLeft()) {
                    problems = problems.appendAll(read.getLeft());
                    continue;
                }
                Integer earlier = firstIndex.putIfAbsent(read.get().id().value(), i);
                if (earlier != null) {
                    problems = problems.append(new Problem(place + "reference", "is at index " + earlier
                            + " too; each resident is given once"));
                } else {
                    lines = lines.append(new ResidentImportService.Line(i, read.get()));
                }
            }
            if (!problems.isEmpty()) {
                return refused(problems.size() > ImportResidentsUseCase.PROBLEMS_LISTED
                        ? problems.take(ImportResidentsUseCase.PROBLEMS_LISTED).append(new Problem("residents",
                        (problems.size() - ImportResidentsUseCase.PROBLEMS_LISTED) + " more problems not listed"))
                        : problems);
            }
            Report report = residentImport.upsert(lines, true);
            return Either.right(new CaseCommands.Audited<>(report, Option.some("Residents synced from the housing"
                    + " system (" + described(client) + "): " + report.summary() + ".")));
        });
    }

    /** Only a credential of the resident sync scope syncs residents; any other is refused, and that is audited. */
    private <R> Either<Failure, R> notForThisScope(MachineClient client) {
        Failure refused = new Failure.NotPermitted("A " + client.scope().words() + " machine credential cannot "
                + Task.IMPORT_RESIDENTS.description() + ".");
        return Either.left(commands.refusedBefore(Task.IMPORT_RESIDENTS, client.auditedAs(), Option.none(),
                Option.none(), refused).getOrElse(refused));
    }

    private static <R> Either<Failure, CaseCommands.Audited<R>> refused(Seq<Problem> problems) {
        return Either.left(new Failure.Refused(new Refusal(problems)));
    }

    private static Seq<Problem> unknownFields(Map<String, String> fields, String place) {
        return fields.keySet().toList().filter(k -> !ImportResidentsUseCase.COLUMNS.contains(k)).sorted()
                .map(k -> new Problem(place + printable(k), "is not a field UCA knows; the fields are "
                        + ImportResidentsUseCase.COLUMNS.mkString(", ")));
    }

    private static String printable(String field) {
        String shown = field.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }

    private static String described(MachineClient client) {
        return "machine credential " + client.id() + " \"" + client.name() + "\"";
    }
}
