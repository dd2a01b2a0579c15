package org.uca.application.service;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.uca.application.port.in.AccessPolicy;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.ContactGuidanceQuery;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.FindResidentsQuery;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.ViewCaseQuery;
import org.uca.application.port.in.WorkQueuesQuery;
import org.uca.application.port.out.CaseQueries.RestrictedResident;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.Appeal;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.UkTime;

/** The questions staff ask: guidance now, a case's timeline, who is restricted, what is due, any letter again. */
final class CaseQueryService
        implements ContactGuidanceQuery, ViewCaseQuery, FindResidentsQuery, WorkQueuesQuery, LetterQuery {

    private final CaseCommands commands;
    private final Ports ports;
    private final LetterWriter letters;
    private final AccessLines looked;

    CaseQueryService(CaseCommands commands, Ports ports, LetterWriter letters, AccessLines looked) {
        this.commands = commands;
        this.ports = ports;
        this.letters = letters;
        this.looked = looked;
    }

    @Override
    public Either<Failure, AsOf> guidanceAsOf(StaffId askedBy, ResidentId resident,
            Option<LandlordService> service) {
        return commands.lookUpGuidance(Task.READ_CONTACT_GUIDANCE, askedBy, resident, found -> {
            if (found.facts().isDefined()) {
                return looked.shown(askedBy, "contact guidance", found.theCase(), Option.some(resident),
                        Either.right(new AsOf(ContactGuidance.from(found.facts().get(), ports.clock().now(), service),
                                new CaseVersion(found.caseVersion()))));
            }
            // No case: the resident must at least be known, so a mistyped reference is not read as "no limits".
            return found.residentKnown()
                    ? looked.shown(askedBy, "contact guidance", found.theCase(), Option.some(resident),
                            Either.right(new AsOf(ContactGuidance.unrestricted(resident), CaseVersion.NO_CASE_YET)))
                    : Either.left(new Failure.NotFound("There is no resident " + resident + " in the housing system."));
        });
    }

    @Override
    public Either<Failure, CaseView> viewCase(StaffId askedBy, CaseId caseId) {
        return commands.readAs(Task.VIEW_CASE, askedBy, Option.some(caseId), (who, role) -> ports.cases()
                .find(caseId)
                .toEither(() -> (Failure) new Failure.NotFound("There is no case " + caseId + "."))
                .map(c -> new CaseView(c, Residents.of(ports, c), ContactGuidance.forCase(c, ports.clock().now()),
                        AccessPolicy.allows(role, Task.SEE_AUDIT_TRAIL) ? ports.audit().forCase(caseId)
                                : io.vavr.collection.List.empty(), AccessPolicy.showsSafeguards(role))))
                .flatMap(view -> looked.ofCase(askedBy, "the case", caseId, Either.right(view)));
    }

    @Override
    public Either<Failure, Option<CaseId>> caseOf(StaffId askedBy, ResidentId resident) {
        return commands.read(Task.VIEW_CASE, askedBy,
                who -> Either.right(ports.cases().findByResident(resident).map(Case::id)));
    }

    @Override
    public Either<Failure, ResultPage> findResidents(StaffId askedBy, String text, int page, int size) {
        String query = text == null ? "" : text.strip();
        Refusal problems = null;
        if (query.length() < 2) {
            problems = Refusal.of("query", "Enter at least 2 characters of the resident's name, reference, address"
                    + " or postcode.");
        }
        if (page < 1) {
            problems = and(problems, Refusal.of("page", "The page is a whole number from 1."));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems = and(problems, Refusal.of("size", "The page size is a whole number from 1 to " + MAX_PAGE_SIZE
                    + "."));
        }
        if (problems != null) {
            return Either.left(new Failure.Refused(problems));
        }
        // One more than the page holds, to know whether there is a next page without counting them all.
        long offset = (long) (page - 1) * size;
        return commands.read(Task.FIND_RESIDENTS, askedBy, who -> {
            Seq<Resident> found = offset > Integer.MAX_VALUE ? io.vavr.collection.List.empty()
                    : ports.residents().search(query, (int) offset, size + 1);
            return Either.right(new ResultPage(found.take(size).map(r -> {
                Option<Case> c = ports.cases().findByResident(r.id());
                return new Found(r, c.map(Case::id), c.exists(x -> !x.decisionsInForce().isEmpty()));
            }), page, size, found.size() > size));
        });
    }

    private static Refusal and(Refusal soFar, Refusal more) {
        return soFar == null ? more : soFar.and(more);
    }

    @Override
    public Either<Failure, Seq<AppealToDecide>> appealsDue(StaffId askedBy, int workingDays) {
        return commands.read(Task.SEE_WORK_QUEUES, askedBy, who -> {
            LocalDate today = UkTime.dateOf(ports.clock().now());
            LocalDate horizon = ports.workingDays().addWorkingDays(today, Math.max(0, workingDays));
            return Either.right(ports.caseQueries().appealsDueBy(horizon).map(a -> {
                boolean overdue = a.dueBy().isBefore(today);
                return new AppealToDecide(a, overdue, ports.workingDays().workingDaysLeft(today, a.dueBy()));
            }).sortBy(a -> a.appeal().dueBy()));
        });
    }

    @Override
    public Either<Failure, Seq<ReviewToDo>> reviewsDue(StaffId askedBy, int days) {
        return commands.read(Task.SEE_WORK_QUEUES, askedBy, who -> {
            LocalDate today = UkTime.dateOf(ports.clock().now());
            return Either.right(ports.caseQueries().reviewsDueBy(today.plusDays(Math.max(0, days)))
                    .map(r -> new ReviewToDo(r, r.reviewDate().isBefore(today))).sortBy(r -> r.review().reviewDate()));
        });
    }

    @Override
    public Either<Failure, Seq<NoticeToRecheck>> noticesWithheldToRecheck(StaffId askedBy) {
        // only those who re-check a withholding see the queue: why notice is withheld is not everyone's to know
        return commands.read(Task.WITHHOLD_NOTICE, askedBy, who -> {
            LocalDate today = UkTime.dateOf(ports.clock().now());
            return Either.right(ports.readModels().noticesWithheldToRecheckBy(today, 0, Integer.MAX_VALUE)
                    .map(n -> new NoticeToRecheck(n.row(), n.residentName()
                            .getOrElse(() -> Residents.missing(n.row().resident()).name()),
                            n.row().recheckOn().isBefore(today))));
        });
    }

    @Override
    public Either<Failure, Seq<RestrictedResident>> residentsWithRestrictions(StaffId askedBy) {
        return commands.read(Task.SEE_WORK_QUEUES, askedBy,
                who -> Either.right(ports.caseQueries().residentsWithRestrictionsInForce()));
    }

    @Override
    public Either<Failure, Seq<CorrespondenceToScreen>> correspondenceToScreen(StaffId askedBy) {
        return commands.read(Task.SEE_WORK_QUEUES, askedBy, who -> {
            LocalDate today = UkTime.dateOf(ports.clock().now());
            return Either.right(ports.caseQueries().correspondenceToScreen().map(f -> new CorrespondenceToScreen(f,
                    f.screenBy().isBefore(today), ports.workingDays().workingDaysLeft(today, f.screenBy())))
                    .sortBy(f -> f.correspondence().screenBy()));
        });
    }

    @Override
    public Either<Failure, Seq<CaseId>> myCases(StaffId askedBy) {
        return commands.read(Task.SEE_WORK_QUEUES, askedBy,
                who -> Either.right(ports.caseQueries().casesInvolving(askedBy)));
    }

    @Override
    public Either<Failure, Letter> letter(StaffId askedBy, CaseId caseId, Which which, Copy copy) {
        return commands.read(Task.READ_LETTERS, askedBy, Option.some(caseId), who -> ports.cases().find(caseId)
                .toEither(() -> (Failure) new Failure.NotFound("There is no case " + caseId + "."))
                .flatMap(c -> letterFrom(c, which)))
                .flatMap(l -> looked.ofCase(askedBy, "the " + l.kind().label().toLowerCase(Locale.ROOT) + " "
                        + l.reference() + " (" + copy.label() + ")", caseId, Either.right(l)));
    }

    private Either<Failure, Letter> letterFrom(Case c, Which which) {
        return which.<Either<Failure, Letter>>fold(
                w -> c.warning(w.warning()).toEither(() -> notFound("warning", w.warning().number()))
                        .flatMap(warning -> w.superseded().fold(
                                () -> Either.right(withdrawnIfInError(c, letters.warning(c, Residents.of(ports, c),
                                        warning), EnteredInError.Part.WARNING, warning.id().number(),
                                        warning.enteredInError())),
                                e -> letters.supersededWarning(c, Residents.of(ports, c), warning, e)
                                        .toEither(() -> notSuperseded("warning", w.warning().number(), e)))),
                d -> c.decision(d.decision()).toEither(() -> notFound("decision", d.decision().number()))
                        .flatMap(decision -> d.superseded().fold(
                                () -> Either.right(withdrawnIfInError(c, letters.decision(c, Residents.of(ports,
                                        c), decision), EnteredInError.Part.DECISION, decision.id().number(),
                                        decision.enteredInError())),
                                e -> letters.supersededDecision(c, Residents.of(ports, c), decision, e)
                                        .toEither(() -> notSuperseded("decision", d.decision().number(), e)))),
                a -> c.appeal(a.appeal()).filter(Appeal::decided)
                        .toEither(() -> notFound("decided appeal", a.appeal().number()))
                        .map(x -> letters.appealOutcome(c, Residents.of(ports, c), x, c.decision(x.decision()).get())),
                r -> {
                    Option<Decision> decision = c.decision(r.decision());
                    if (decision.isEmpty() || r.review() < 1 || r.review() > decision.get().reviews().size()) {
                        return Either.left(notFound("review", r.review()));
                    }
                    return Either.right(letters.reviewOutcome(c, Residents.of(ports, c), decision.get(),
                            decision.get().reviews().get(r.review() - 1)));
                },
                correction -> EnteredInErrorService.correction(c, correction.part(), correction.number(), letters,
                        ports).toEither(() -> notFound("correction letter for " + correction.part().word(),
                        correction.number())),
                l -> c.decision(l.decision()).flatMap(d -> c.lapsedOn(d.id()).map(on -> letters.lapsed(c,
                        Residents.of(ports, c), d, on)))
                        .toEither(() -> notFound("lapsed decision", l.decision().number())));
    }

    /** The letter of a warning or decision entered in error is kept for the record, marked withdrawn. */
    private static Letter withdrawnIfInError(Case c, Letter letter, EnteredInError.Part part, int number,
            Option<EnteredInError> marked) {
        return marked.map(m -> LetterWriter.markedWithdrawn(c, letter, part, number, m)).getOrElse(letter);
    }

    private static Failure notSuperseded(String what, int number, int edition) {
        return new Failure.NotFound("The " + what + " " + number + " letter has no superseded letter " + edition
                + ": a corrected letter replaced none, or that one is the letter as it stands.");
    }

    private static Failure notFound(String what, int number) {
        return new Failure.NotFound("There is no " + what + " " + number + " on this case.");
    }
}
