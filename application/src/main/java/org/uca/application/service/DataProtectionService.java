package org.uca.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Pattern;
import org.uca.application.port.in.ApplyRetentionUseCase;
import org.uca.application.port.in.ExportSubjectAccessUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.ConcurrentChange;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.application.port.out.SubjectAccessRecords;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.UkTime;

/** UK GDPR: the retention rule, and a subject access export of everything held about a resident. */
final class DataProtectionService implements ApplyRetentionUseCase, ExportSubjectAccessUseCase {

    private final CaseCommands commands;
    private final Ports ports;
    private final AccessLines looked;

    DataProtectionService(CaseCommands commands, Ports ports, AccessLines looked) {
        this.commands = commands;
        this.ports = ports;
        this.looked = looked;
    }

    @Override
    public Either<Failure, Applied> applyRetention(Period keepFor) {
        if (keepFor.isNegative() || keepFor.isZero()) {
            return Either.left(new Failure.Refused(Refusal.of("keepFor",
                    "Keep ended cases for a period of at least a day before anonymising them.")));
        }
        Instant now = ports.clock().now();
        LocalDate cutOff = UkTime.dateOf(now).minus(keepFor);
        Instant before = cutOff.atStartOfDay(UkTime.ZONE).toInstant();
        try {
            int anonymised = ports.unitOfWork().inTransaction(() -> {
                Seq<Case> due = ports.retention().casesEndedBefore(before)
                        .filter(c -> !c.anonymised() && c.ended().exists(at -> at.isBefore(before)));
                ports.retention().replaceWithAnonymised(due.map(Case::anonymise), now);
                for (Case c : due) {
                    ports.audit().append(new AuditLog.Entry(now, RETENTION_RULE, "anonymise a case under the"
                            + " retention rule", Option.some(c.id()), AuditLog.Outcome.ACCEPTED,
                            "No restriction in force and no notice withheld since " + UkTime.dateOf(c.ended().get())
                                    + ", before " + cutOff
                                    + ": the resident's reference and every free-text field were removed, and the"
                                    + " letters and notifications about the case deleted."));
                }
                ports.audit().append(new AuditLog.Entry(now, RETENTION_RULE, "apply the retention rule",
                        Option.none(), AuditLog.Outcome.ACCEPTED, due.size() + " case" + (due.size() == 1 ? "" : "s")
                                + " with no restriction in force and no notice withheld since before " + cutOff
                                + " anonymised."));
                return due.size();
            });
            return Either.right(new Applied(cutOff, anonymised));
        } catch (ConcurrentChange e) {
            return Either.left(new Failure.Conflict("A case changed while the retention rule ran; nothing was"
                    + " anonymised. It runs again on its next turn."));
        } catch (StorageUnavailable e) {
            return Either.left(new Failure.Unavailable("The case store cannot be reached just now; nothing was"
                    + " anonymised. Try again shortly."));
        }
    }

    @Override
    public Either<Failure, SubjectAccessExport> export(StaffId askedBy, ResidentId resident) {
        return commands.read(Task.EXPORT_SUBJECT_ACCESS, askedBy, who -> {
            // why notice of a decision is withheld stays out of the export while it stands (see the case's rule)
            Option<Case> theCase = ports.cases().findByResident(resident).map(Case::asDisclosedToTheResident);
            SubjectAccessRecords.Held held = ports.subjectAccess().heldAbout(resident, theCase.map(Case::id));
            // The store finds candidates by text; only a whole reference counts, so R-10 never pulls in R-1001.
            Pattern named = Pattern.compile("(?<![\\w/-])" + Pattern.quote(resident.value()) + "(?![\\w/-])");
            Option<CaseId> caseId = theCase.map(Case::id);
            SubjectAccessExport export = new SubjectAccessExport(resident, ports.clock().now(),
                    ports.residents().find(resident), theCase, held.lettersIssued(),
                    caseId.map(ports.letters()::sendings).getOrElse(List.empty()), held.notifications(),
                    held.auditTrail(), held.entriesMentioningTheResident()
                            .filter(e -> e.resident().contains(resident) || named.matcher(e.why()).find()),
                    ports.access().aboutResident(resident, caseId),
                    caseId.map(ports.webhooks()::sentAbout).getOrElse(List.empty()));
            // A mistyped reference is answered "no such resident", never an empty export read as "we hold nothing".
            return export.directoryEntry().isEmpty() && theCase.isEmpty() && export.otherAuditEntries().isEmpty()
                    && export.accessLines().isEmpty()
                    ? Either.left(new Failure.NotFound("UCA holds nothing about " + resident + ": no resident in the"
                            + " housing system, no case and no record names this reference. Check the reference."))
                    : Either.right(export);
        }).flatMap(export -> {
            Option<CaseId> caseId = export.theCase().map(Case::id);
            // The entry names the resident by its case or (with no case) as its resident, never in its text: the
            // log is append-only, and the retention rule must be able to untie it from them.
            String why = caseId.isDefined()
                    ? "Everything held about the resident exported for a subject access request."
                    : "Everything held about the resident (who has no case) exported for a subject access request.";
            return commands.audited(Task.EXPORT_SUBJECT_ACCESS, askedBy, caseId, resident, why, export)
                    .flatMap(done -> looked.shown(askedBy, "a subject access export", caseId, Option.some(resident),
                            Either.right(done)));
        });
    }
}
