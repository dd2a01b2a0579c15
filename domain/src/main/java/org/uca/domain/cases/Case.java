package org.uca.domain.cases;

import io.vavr.Lazy;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.function.Supplier;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.Measure;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.people.Uprn;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.Checks;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.UkTime;

/**
 * A resident's case under the Unacceptable customer actions policy. Immutable: every change returns either a
 * {@link Refusal} saying why the policy does not allow it, or a {@link CaseUpdate} with the changed case and the
 * event that records who did what, when. The events are the case's append-only timeline and its version.
 */
@AggregateRoot
public final class Case {

    /** How far ahead a review date may be set: restrictions are never open-ended. */
    public static final int MAX_MONTHS_TO_REVIEW = 12;
    /** The most actions one report records: a larger batch is a mistake or a runaway client, not one report. */
    public static final int MAX_ACTIONS_PER_REPORT = 50;
    /** The most unacceptable actions one case holds, so it stays readable by a person and loadable at once. */
    public static final int MAX_ACTIONS = 1_000;
    /**
     * The most changes (events) one case holds: every action, warning, decision, appeal, review and contact
     * recorded. Ten thousand is years of daily contact; more is a runaway client, and would make the case too large
     * to load and read.
     */
    public static final int MAX_CHANGES = 10_000;

    @Identity
    private final CaseId id;
    private final ResidentId resident;
    private final Seq<UnacceptableAction> actions;
    private final Seq<Warning> warnings;
    private final Seq<Decision> decisions;
    private final Seq<Appeal> appeals;
    private final ResidentNeeds needs;
    private final Seq<ContactMade> contacts;
    private final Seq<FiledCorrespondence> filed;
    /** The events the case had when it was rebuilt, read only when someone asks for the timeline. */
    private final Lazy<Seq<CaseEvent>> earlier;
    private final long earlierCount;
    /** The events since it was rebuilt (or opened), oldest first. */
    private final Seq<CaseEvent> recent;

    private Case(CaseId id, ResidentId resident, Seq<UnacceptableAction> actions, Seq<Warning> warnings,
            Seq<Decision> decisions, Seq<Appeal> appeals, ResidentNeeds needs, Seq<ContactMade> contacts,
            Seq<FiledCorrespondence> filed, Lazy<Seq<CaseEvent>> earlier, long earlierCount, Seq<CaseEvent> recent) {
        this.id = Objects.requireNonNull(id, "id");
        this.resident = Objects.requireNonNull(resident, "resident");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.appeals = Objects.requireNonNull(appeals, "appeals");
        this.needs = Objects.requireNonNull(needs, "needs");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.filed = Objects.requireNonNull(filed, "filed");
        this.earlier = Objects.requireNonNull(earlier, "earlier");
        this.earlierCount = earlierCount;
        this.recent = Objects.requireNonNull(recent, "recent");
    }

    private static final Lazy<Seq<CaseEvent>> NO_EVENTS = Lazy.of(Vector::empty);

    /** A new, empty case for a resident. */
    public static Case open(CaseId id, ResidentId resident) {
        return new Case(id, resident, Vector.empty(), Vector.empty(), Vector.empty(), Vector.empty(),
                ResidentNeeds.NONE_RECORDED, Vector.empty(), Vector.empty(), NO_EVENTS, 0, Vector.empty());
    }

    /**
     * Rebuilds a stored case with its whole history. Checks the invariants a stored case must keep (numbering,
     * references between its parts, events belonging to it); a stored case that breaks them is a programming or data
     * error.
     */
    public static Case rebuild(CaseId id, ResidentId resident, Seq<UnacceptableAction> actions,
            Seq<Warning> warnings, Seq<Decision> decisions, Seq<Appeal> appeals, ResidentNeeds needs,
            Seq<ContactMade> contacts, Seq<CaseEvent> history) {
        return rebuild(id, resident, actions, warnings, decisions, appeals, needs, contacts, Vector.empty(), history);
    }

    /**
     * As {@link #rebuild(CaseId, ResidentId, Seq, Seq, Seq, Seq, ResidentNeeds, Seq, Seq)}, with the correspondence
     * filed without a reply.
     */
    public static Case rebuild(CaseId id, ResidentId resident, Seq<UnacceptableAction> actions,
            Seq<Warning> warnings, Seq<Decision> decisions, Seq<Appeal> appeals, ResidentNeeds needs,
            Seq<ContactMade> contacts, Seq<FiledCorrespondence> filed, Seq<CaseEvent> history) {
        Vector<CaseEvent> events = Vector.ofAll(history);
        ensureBelongs(events, id, resident);
        return rebuild(id, resident, actions, warnings, decisions, appeals, needs, contacts, filed, events.size(),
                () -> events);
    }

    /**
     * Rebuilds a stored case whose history is kept apart from its state and read only when the timeline is asked
     * for ({@link #history()}); a change needs only the version, so commands and contact guidance never read it.
     * The parts are checked now, the history when it is read: it must hold {@code version} events of this case.
     *
     * @param version the number of events the stored case has had
     * @param history supplies those events, oldest first; called at most once
     */
    public static Case rebuild(CaseId id, ResidentId resident, Seq<UnacceptableAction> actions,
            Seq<Warning> warnings, Seq<Decision> decisions, Seq<Appeal> appeals, ResidentNeeds needs,
            Seq<ContactMade> contacts, long version, Supplier<? extends Seq<CaseEvent>> history) {
        return rebuild(id, resident, actions, warnings, decisions, appeals, needs, contacts, Vector.empty(), version,
                history);
    }

    /**
     * As {@link #rebuild(CaseId, ResidentId, Seq, Seq, Seq, Seq, ResidentNeeds, Seq, long, Supplier)}, with the
     * correspondence filed without a reply.
     */
    public static Case rebuild(CaseId id, ResidentId resident, Seq<UnacceptableAction> actions,
            Seq<Warning> warnings, Seq<Decision> decisions, Seq<Appeal> appeals, ResidentNeeds needs,
            Seq<ContactMade> contacts, Seq<FiledCorrespondence> filed, long version,
            Supplier<? extends Seq<CaseEvent>> history) {
        Objects.requireNonNull(history, "history");
        ensure(version >= 0, "a case's version is its number of events");
        Lazy<Seq<CaseEvent>> earlier = Lazy.of(() -> {
            Vector<CaseEvent> events = Vector.ofAll(history.get());
            ensure(events.size() == version, "the history holds as many events as the case's version");
            ensureBelongs(events, id, resident);
            return events;
        });
        Case rebuilt = new Case(id, resident, Vector.ofAll(actions), Vector.ofAll(warnings), Vector.ofAll(decisions),
                Vector.ofAll(appeals), needs, Vector.ofAll(contacts), Vector.ofAll(filed), earlier, version,
                Vector.empty());
        for (int i = 0; i < actions.size(); i++) {
            ensure(actions.get(i).id().number() == i + 1, "actions are numbered 1, 2, 3 … in order");
        }
        for (int i = 0; i < warnings.size(); i++) {
            ensure(warnings.get(i).id().number() == i + 1, "warnings are numbered 1, 2, 3 … in order");
            ensure(warnings.get(i).actionsReferredTo().forAll(rebuilt::hasAction), "a warning refers to recorded actions");
        }
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            ensure(d.id().number() == i + 1, "decisions are numbered 1, 2, 3 … in order");
            ensure(d.grounds().actions().forAll(rebuilt::hasAction), "a decision rests on recorded actions");
        }
        for (int i = 0; i < appeals.size(); i++) {
            ensure(appeals.get(i).id().number() == i + 1, "appeals are numbered 1, 2, 3 … in order");
            ensure(rebuilt.decision(appeals.get(i).decision()).isDefined(), "an appeal is against a recorded decision");
        }
        for (int i = 0; i < filed.size(); i++) {
            ensure(filed.get(i).number() == i + 1, "filed correspondence is numbered 1, 2, 3 … in order");
            ensure(rebuilt.decision(filed.get(i).decision()).isDefined(),
                    "correspondence is filed under a recorded decision");
        }
        return rebuilt;
    }

    private static void ensureBelongs(Seq<CaseEvent> history, CaseId id, ResidentId resident) {
        ensure(history.forAll(e -> e.caseId().equals(id) && e.resident().equals(resident)),
                "every event in a case's history belongs to it");
    }

    private static void ensure(boolean invariant, String what) {
        if (!invariant) {
            throw new IllegalStateException("Stored case breaks an invariant: " + what);
        }
    }

    // ---- recording unacceptable actions -------------------------------------------------------------------------

    /** Records one or several unacceptable actions reported by staff. */
    public Either<Refusal, CaseUpdate> recordActions(Seq<ActionReport> reports, StaffMember by, Instant now) {
        Checks checks = Checks.start().require(!reports.isEmpty(), "actions", "Record at least one action.")
                .require(reports.size() <= MAX_ACTIONS_PER_REPORT, "actions", "Record at most "
                        + MAX_ACTIONS_PER_REPORT + " actions in one report (this one has " + reports.size() + ").")
                .require(reports.size() > MAX_ACTIONS_PER_REPORT || actions.size() + reports.size() <= MAX_ACTIONS,
                        "actions", "A case holds at most " + MAX_ACTIONS + " unacceptable actions; this one has "
                                + actions.size() + ", so at most " + Math.max(0, MAX_ACTIONS - actions.size())
                                + " more can be recorded.");
        if (!checks.passed()) {
            return Either.left(new Refusal(checks.problems())); // too many to check each one
        }
        for (int i = 0; i < reports.size(); i++) {
            String prefix = reports.size() == 1 ? "" : "reports[" + i + "]";
            checks = checks.merge(reports.get(i).problems(now).map(p -> prefix.isEmpty() ? p : p.within(prefix)));
        }
        return checks.then(() -> {
            Seq<UnacceptableAction> added = reports.zipWithIndex()
                    .map(r -> new UnacceptableAction(new ActionId(actions.size() + r._2 + 1), r._1, by.id(), now));
            CaseEvent event = new CaseEvent.ActionsRecorded(id, resident, added.map(UnacceptableAction::id),
                    added.exists(UnacceptableAction::raisesSafetyConcerns), by.id(), now);
            return accept(with(actions.appendAll(added), warnings, decisions, appeals, needs, contacts), event);
        });
    }

    // ---- warn first ---------------------------------------------------------------------------------------------

    /** Tells the resident the actions are unacceptable, why, and what must change (policy 3.1, 4.1). */
    public Either<Refusal, CaseUpdate> issueWarning(Seq<ActionId> referredTo, String reasons, String whatMustChange,
            StaffMember by, Instant now) {
        Checks checks = Checks.start()
                .require(!referredTo.isEmpty(), "actionsReferredTo", "Refer to at least one recorded action.")
                .require(referredTo.forAll(this::hasAction), "actionsReferredTo",
                        "A warning can only refer to actions recorded on this case.")
                .require(!referredTo.exists(this::enteredInError), "actionsReferredTo",
                        "A warning cannot refer to an action entered in error (" + referredTo.filter(
                                this::enteredInError).mkString(", ") + ").")
                .text(reasons, "reasons", "the reasons the actions are unacceptable")
                .text(whatMustChange, "whatMustChange", "what the resident must stop or change");
        return checks.then(() -> {
            Warning warning = new Warning(new WarningId(warnings.size() + 1), referredTo.distinct(), reasons.strip(),
                    whatMustChange.strip(), by.id(), now);
            return accept(with(actions, warnings.append(warning), decisions, appeals, needs, contacts),
                    new CaseEvent.WarningIssued(id, resident, warning.id(), by.id(), now));
        });
    }

    // ---- authorising measures -----------------------------------------------------------------------------------

    /**
     * Authorises measures. Refused unless the authoriser holds the level the measures need, the resident was
     * warned and the actions continued (or the actions raise safety concerns and immediate action is justified),
     * and the safeguards are recorded.
     */
    public Either<Refusal, CaseUpdate> authorise(MeasuresProposal proposal, StaffMember authoriser, Instant now) {
        return authorise(proposal, authoriser, now, Option.none());
    }

    /**
     * As {@link #authorise(MeasuresProposal, StaffMember, Instant)}, with the property the housing system has the
     * resident at now: a proposal {@link MeasuresProposal#forTheProperty() for the property} holds its visitor
     * instruction on that UPRN, and is refused when there is none to hold it on.
     */
    public Either<Refusal, CaseUpdate> authorise(MeasuresProposal proposal, StaffMember authoriser, Instant now,
            Option<Uprn> residentsProperty) {
        LocalDate today = UkTime.dateOf(now);
        Checks checks = Checks.start()
                .merge(authorityProblems(proposal.measures(), authoriser))
                .merge(measureProblems(proposal.measures(), "measures"))
                .merge(groundsProblems(proposal.grounds()))
                .text(proposal.reasons(), "reasons", "the reasons for the decision")
                .merge(safeguardProblems(proposal))
                .require(proposal.reviewDate().isAfter(today), "reviewDate",
                        "The review date must be after the date of the decision.")
                .require(!proposal.reviewDate().isAfter(today.plusMonths(MAX_MONTHS_TO_REVIEW)), "reviewDate",
                        "Restrictions are never open-ended: set a review date within " + MAX_MONTHS_TO_REVIEW
                                + " months.")
                .require(!proposal.forTheProperty() || residentsProperty.isDefined(), "forTheProperty",
                        "The housing system holds no UPRN for the resident's address, so the instruction cannot be"
                                + " held on the property; authorise it for the resident only, or add the UPRN first.");
        Option<Uprn> property = proposal.forTheProperty() ? residentsProperty : Option.none();
        Option<DecisionId> replaced = proposal.whileInForce().flatMap(w -> w instanceof WhileInForce.Replaces r
                ? Option.some(r.decision()) : Option.none());
        checks = checks.merge(whileInForceProblems(proposal, replaced, authoriser));
        return checks.then(() -> {
            Decision decision = new Decision(new DecisionId(decisions.size() + 1), proposal.measures(),
                    proposal.grounds(), proposal.reasons().strip(), proposal.safeguards()
                            .withHowComplaintsAreStillHeard(proposal.safeguards().howComplaintsAreStillHeard()
                                    .map(String::strip).filter(h -> !h.isEmpty())), authoriser, now,
                    proposal.reviewDate(), DecisionStatus.IN_FORCE, Option.none(), List.empty(), replaced,
                    Option.none(), List.empty(), new Decision.AsAuthorised(proposal.measures(), proposal.reviewDate()),
                    property);
            CaseEvent event = new CaseEvent.MeasuresAuthorised(id, resident, decision.id(),
                    proposal.measures().map(Measure::kind), decision.requiredAuthority(), authoriser.authority(),
                    authoriser.team(), decision.immediate(), proposal.reviewDate(), replaced, authoriser.id(), now);
            Seq<Decision> before = replaced.fold(() -> decisions,
                    r -> decisions.update(r.number() - 1, decisions.get(r.number() - 1).replaced()));
            return accept(with(actions, warnings, before.append(decision), appeals, needs, contacts), event);
        });
    }

    /**
     * While a decision is in force a new one says whether it adds to it or replaces it (varies it), so that what is
     * in force is never left to guesswork. Replacing ends the earlier decision's measures, which only someone who
     * could have authorised them may do.
     */
    private Seq<Refusal.Problem> whileInForceProblems(MeasuresProposal proposal, Option<DecisionId> replaced,
            StaffMember authoriser) {
        Seq<Decision> inForce = decisionsInForce();
        if (inForce.isEmpty()) {
            return replaced.isDefined() ? List.of(new Refusal.Problem("whileInForce", "No decision is in force, so"
                    + " there is none to replace.")) : List.empty();
        }
        String which = inForce.size() == 1 ? "Decision " + inForce.head().id() + " is"
                : "Decisions " + inForce.map(d -> d.id().toString()).mkString(", ") + " are";
        if (proposal.whileInForce().isEmpty()) {
            return List.of(new Refusal.Problem("whileInForce", which + " in force: say whether this decision adds"
                    + " to " + (inForce.size() == 1 ? "it" : "them") + " or replaces one (varies it)."));
        }
        if (replaced.isEmpty()) {
            return List.empty();
        }
        Option<Decision> old = inForce.find(d -> d.id().equals(replaced.get()));
        if (old.isEmpty()) {
            return List.of(new Refusal.Problem("whileInForce", "Decision " + replaced.get() + " is not in force, so"
                    + " it cannot be replaced; " + which.toLowerCase(java.util.Locale.UK) + " in force."));
        }
        if (appeals.exists(a -> !a.decided() && a.decision().equals(replaced.get()))) {
            return List.of(new Refusal.Problem("whileInForce", "Decision " + replaced.get() + " has an appeal"
                    + " waiting for a decision: decide the appeal first (which may vary the decision), or add to it."));
        }
        if (old.get().noticeIsWithheld()) {
            return List.of(new Refusal.Problem("whileInForce", "Notice of decision " + replaced.get() + " is withheld"
                    + " from the resident, because telling them would create a risk; replacing it would tell them, in"
                    + " the new decision's letter. Add to it instead (notice of the new decision can be withheld too),"
                    + " or have an Assistant Director or above end the withholding first."));
        }
        AuthorityLevel needed = old.get().requiredAuthority();
        return authoriser.mayAuthorise(needed) ? List.empty() : List.of(new Refusal.Problem("whileInForce",
                "Replacing decision " + replaced.get() + " ends its measures, which needs " + article(needed.title())
                        + " " + needed.title() + " or above; " + authoriser.name() + " is " + describe(authoriser)
                        + "."));
    }

    private static Seq<Refusal.Problem> authorityProblems(Seq<Measure> measures, StaffMember who) {
        AuthorityLevel required = Measure.requiredAuthorityFor(measures);
        if (measures.isEmpty() || who.mayAuthorise(required)) {
            return List.empty();
        }
        Seq<String> groups = measures.filter(m -> !who.mayAuthorise(m.requiredAuthority()))
                .map(m -> m.kind().group().label()).distinct();
        return List.of(new Refusal.Problem("measures", groups.mkString(" and ") + " must be authorised by "
                + article(required.title()) + " " + required.title() + " or above; " + who.name() + " is "
                + describe(who) + "."));
    }

    private static String article(String title) {
        return "AEIOU".indexOf(title.charAt(0)) >= 0 ? "an" : "a";
    }

    private static Seq<Refusal.Problem> measureProblems(Seq<Measure> measures, String field) {
        Checks checks = Checks.start().require(!measures.isEmpty(), field, "Choose at least one measure.");
        for (int i = 0; i < measures.size(); i++) {
            String prefix = field + "[" + i + "]";
            checks = checks.merge(measures.get(i).problems().map(p -> p.within(prefix)));
        }
        // "Other" measures are free text, so several may stand side by side; every listed measure appears once.
        Seq<MeasureKind> listed = measures.map(Measure::kind)
                .filter(k -> k != MeasureKind.OTHER_CONTACT_STANDARD && k != MeasureKind.OTHER_SERVICE_LIMIT);
        return checks.require(listed.distinct().size() == listed.size(), field,
                "Each measure may be chosen only once.")
                .require(leaveAMethodOfContactOpen(measures), field, "Together these measures close every method of"
                        + " contact; at least one must stay open, so the resident can contact us in a different way.")
                .problems();
    }

    /** Policy 4.3: limiting the methods of contact still leaves the resident a different way to contact us. */
    private static boolean leaveAMethodOfContactOpen(Seq<Measure> measures) {
        EnumSet<Channel> closed = EnumSet.noneOf(Channel.class);
        for (Measure m : measures) {
            if (m instanceof ContactStandard.ExcludedContactMethods excluded) {
                if (excluded.excluded().size() == Channel.values().length) {
                    return true; // that measure is refused on its own already
                }
                closed.addAll(excluded.excluded());
            } else if (m instanceof ContactStandard.NoTelephoneCalls) {
                closed.add(Channel.PHONE);
            } else if (m instanceof ContactStandard.ExclusionFromPersonalContact) {
                closed.add(Channel.IN_PERSON);
            }
        }
        return closed.size() < Channel.values().length;
    }

    private Seq<Refusal.Problem> groundsProblems(Grounds grounds) {
        if (grounds instanceof Grounds.AfterWarning after) {
            Option<Warning> warning = warning(after.warning());
            if (warning.isEmpty()) {
                return List.of(new Refusal.Problem("grounds.warning",
                        "The resident must first be warned that their actions are unacceptable and given a chance"
                                + " to change; there is no such warning on this case."));
            }
            Instant warned = warning.get().issuedAt();
            return Checks.start()
                    .require(!warning.get().isEnteredInError(), "grounds.warning", "Warning " + after.warning()
                            + " was entered in error, so it cannot be the grounds of a decision.")
                    .require(warning.get().isEnteredInError() || !warnsOnlyOfEntriesInError(warning.get()),
                            "grounds.warning", "Every action warning " + after.warning() + " refers to ("
                                    + warning.get().actionsReferredTo().mkString(", ") + ") was entered in error, so"
                                    + " it cannot be the grounds of a decision.")
                    .require(!after.furtherActions().exists(this::enteredInError), "grounds.furtherActions",
                            "A decision cannot rest on an action entered in error ("
                                    + after.furtherActions().filter(this::enteredInError).mkString(", ") + ").")
                    .require(!after.furtherActions().isEmpty(), "grounds.furtherActions",
                            "Measures follow a warning only if the unacceptable actions continued: refer to a further"
                                    + " action recorded after the warning.")
                    .require(after.furtherActions().forAll(this::hasAction), "grounds.furtherActions",
                            "Refer only to actions recorded on this case.")
                    .require(after.furtherActions().forAll(a -> action(a).exists(x -> x.occurredAt().isAfter(warned))),
                            "grounds.furtherActions",
                            "The further actions must have happened after the warning of "
                                    + UkTime.dateOf(warned) + "; the resident is given a chance to change first.")
                    .problems();
        }
        Grounds.ImmediateForSafety immediate = (Grounds.ImmediateForSafety) grounds;
        return Checks.start()
                .require(!immediate.actions().isEmpty() && immediate.actions().forAll(this::hasAction),
                        "grounds.actions", "Refer to the recorded actions that raise safety concerns.")
                .require(!immediate.actions().exists(this::enteredInError), "grounds.actions",
                        "A decision cannot rest on an action entered in error ("
                                + immediate.actions().filter(this::enteredInError).mkString(", ") + ").")
                .require(immediate.actions().exists(a -> action(a).exists(UnacceptableAction::raisesSafetyConcerns)),
                        "grounds.actions",
                        "Immediate action without a warning is only for extreme actions that raise safety concerns;"
                                + " none of the actions referred to does.")
                .text(immediate.justification(), "grounds.justification",
                        "the justification for acting immediately without a warning")
                .problems();
    }

    private Seq<Refusal.Problem> safeguardProblems(MeasuresProposal proposal) {
        Safeguards s = proposal.safeguards();
        Checks checks = Checks.start()
                .text(s.equalityAndVulnerabilityNotes(), "safeguards.equalityAndVulnerabilityNotes",
                        "notes on how equality, vulnerability and reasonable adjustments were considered")
                .require(!s.teamsConsulted().isEmpty(), "safeguards.teamsConsulted",
                        "Record the teams consulted before the decision.")
                .require(!s.teamsInformed().isEmpty(), "safeguards.teamsInformed",
                        "Record the teams informed of the actions authorised.");
        for (int i = 0; i < s.teamsConsulted().size(); i++) {
            checks = checks.label(s.teamsConsulted().get(i), "safeguards.teamsConsulted[" + i + "]", "the team's name");
        }
        for (int i = 0; i < s.teamsInformed().size(); i++) {
            checks = checks.label(s.teamsInformed().get(i), "safeguards.teamsInformed[" + i + "]", "the team's name");
        }
        if (restsOnDefamatoryComments(proposal.grounds())) {
            checks = s.legalAdvice().isEmpty()
                    ? checks.require(false, "safeguards.legalAdvice",
                            "The grounds include potentially defamatory comments: record whether legal advice was"
                                    + " needed before authorising.")
                    : checks.text(s.legalAdvice().get().notes(), "safeguards.legalAdvice",
                            "notes on the need for legal advice");
        }
        checks = checks.merge(complaintsStillHeardProblems(proposal.measures(), s.howComplaintsAreStillHeard(),
                "safeguards.howComplaintsAreStillHeard"));
        Seq<String> conflicts = adjustmentConflicts(proposal.measures());
        if (!conflicts.isEmpty()) {
            checks = s.adjustmentConflictJustification().isEmpty()
                    ? checks.require(false, "safeguards.adjustmentConflictJustification", conflicts.mkString("; ")
                            + ". Choose another measure or record why the conflict is justified.")
                    : checks.text(s.adjustmentConflictJustification().get(),
                            "safeguards.adjustmentConflictJustification",
                            "why the conflict with a reasonable adjustment is justified");
        }
        return checks.problems();
    }

    /**
     * A landlord accepts a complaint unless there is a valid reason not to (Housing Ombudsman, Complaint Handling
     * Code), and restricting contact must not stop new issues being considered on their merits (LGSCO): a decision
     * whose measures limit how complaints reach us says how new complaints and new issues will still be heard.
     */
    private static Seq<Refusal.Problem> complaintsStillHeardProblems(Seq<Measure> measures, Option<String> how,
            String field) {
        Seq<MeasureKind> limiting = measures.map(Measure::kind).filter(MeasureKind::limitsHowComplaintsReachUs)
                .distinct();
        if (limiting.isEmpty()) {
            return how.fold(List::empty, h -> Checks.start().optionalText(h, field,
                    "how new complaints and new issues will still be heard").problems());
        }
        return how.fold(() -> List.of(new Refusal.Problem(field, limiting.map(MeasureKind::label).mkString(", ")
                        + (limiting.size() == 1 ? " limits" : " limit") + " how complaints reach us: say how new"
                        + " complaints and new issues will still be received and considered on their merits.")),
                h -> Checks.start().text(h, field, "how new complaints and new issues will still be heard")
                        .problems());
    }

    /** Each measure that would take away a reasonable adjustment recorded for the resident, described. */
    private Seq<String> adjustmentConflicts(Seq<Measure> measures) {
        return measures.flatMap(m -> needs.adjustments().filter(a -> a.kind().conflictsWith(m))
                        .map(a -> m.kind().label() + " conflicts with the recorded adjustment \""
                                + a.kind().label() + "\""))
                .distinct();
    }

    /**
     * A variation (at review or on appeal) records no safeguards of its own, so it may not bring in a measure that
     * conflicts with a reasonable adjustment; measures the decision already had were justified when authorised.
     */
    private Seq<Refusal.Problem> variationConflicts(Decision decision, Seq<Measure> varied) {
        Seq<MeasureKind> already = decision.measures().map(Measure::kind);
        Seq<String> conflicts = adjustmentConflicts(varied.filter(m -> !already.contains(m.kind())));
        Seq<MeasureKind> unheard = decision.safeguards().howComplaintsAreStillHeard().isDefined() ? List.empty()
                : varied.map(Measure::kind).filter(k -> !already.contains(k) && k.limitsHowComplaintsReachUs())
                        .distinct();
        return Checks.start()
                .require(conflicts.isEmpty(), "variedMeasures", conflicts.mkString("; ") + ". A variation cannot"
                        + " override a reasonable adjustment: authorise a new decision and record why the conflict is"
                        + " justified.")
                .require(unheard.isEmpty(), "variedMeasures", unheard.map(MeasureKind::label).mkString(", ")
                        + (unheard.size() == 1 ? " limits" : " limit") + " how complaints reach us, and decision "
                        + decision.id() + " does not say how new complaints and new issues will still be heard:"
                        + " authorise a new decision that says so.")
                .problems();
    }

    private boolean restsOnDefamatoryComments(Grounds grounds) {
        Seq<ActionId> referred = grounds instanceof Grounds.AfterWarning after
                ? after.furtherActions().appendAll(warning(after.warning()).map(Warning::actionsReferredTo)
                        .getOrElse(List.empty()))
                : grounds.actions();
        return referred.exists(a -> action(a).exists(x -> x.kind() == ActionKind.DEFAMATORY_COMMENTS));
    }

    // ---- telling the resident -----------------------------------------------------------------------------------

    /**
     * Records that the resident was told of a decision and its implications. Notice withheld until then is no longer
     * withheld: so while it is, only an Assistant Director or above may record it, as only they may end it.
     */
    public Either<Refusal, CaseUpdate> recordResidentInformed(DecisionId decisionId, ResidentInformed informed,
            StaffMember recordedBy, Instant now) {
        Option<Decision> decision = decision(decisionId);
        if (decision.isEmpty()) {
            return Either.left(Refusal.of("decision", "There is no decision " + decisionId + " on this case."));
        }
        Option<NoticeWithheld> standing = decision.get().noticeWithheld().filter(NoticeWithheld::stands);
        Option<NoticeWithheld.Withholding> withheld = standing.map(NoticeWithheld::latest);
        // to the minute, as a form gives the time told
        Option<Instant> withheldSince = standing.map(n -> n.since().truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        return Checks.start()
                .require(decision.get().inForce(), "decision", "Decision " + decisionId + " is "
                        + decision.get().status().label().toLowerCase(java.util.Locale.UK) + ": its decision letter"
                        + " would tell the resident it applies. Tell them with the letter that ended it instead.")
                .require(withheld.isEmpty() || recordedBy.mayAuthorise(NoticeWithheld.SIGNED_OFF_BY), "decision",
                        withheld.map(w -> "Notice of decision " + decisionId + " is withheld from the resident,"
                                + " signed off by " + w.signedOffBy().name() + " (" + w.signedOffBy().authority()
                                .title() + ") to be re-checked on " + w.recheckOn() + ": recording them as told ends"
                                + " the withholding, which only " + article(NoticeWithheld.SIGNED_OFF_BY.title()) + " "
                                + NoticeWithheld.SIGNED_OFF_BY.title() + " or above may do; " + recordedBy.name()
                                + " is " + describe(recordedBy) + ".").getOrElse(""))
                .require(!informed.informedAt().isAfter(now), "informedAt",
                        "The resident cannot have been informed in the future.")
                .require(!informed.informedAt().isBefore(decision.get().authorisedAt()), "informedAt",
                        "The resident cannot have been informed before the decision was made.")
                // told before the sign-off, notice would not have been withheld: the record says it stood since then
                .require(withheldSince.forAll(since -> !informed.informedAt().isBefore(since)), "informedAt",
                        withheldSince.map(since -> "Notice of decision " + decisionId + " has been withheld from the"
                                + " resident since " + java.time.LocalTime.ofInstant(since, UkTime.ZONE) + " on "
                                + UkTime.dateOf(since) + " (UK time), when it was signed off, so they cannot have"
                                + " been told before then.").getOrElse(""))
                .then(() -> accept(withDecision(decision.get().informed(informed)),
                        new CaseEvent.ResidentInformedOfDecision(id, resident, decisionId, informed.how(),
                                informed.informedBy(), informed.informedAt(), recordedBy.id(), now)));
    }

    /**
     * Withholds notice of a decision from the resident for now, because telling them would itself create a risk (to
     * staff, to a victim, to a child, to an investigation): the one exception the LGSCO's guidance allows to telling
     * the resident of a decision with its reasons. An Assistant Director or above signs it off, on a decision in
     * force whose resident has not been told, with why and a date to re-check it (after today, within
     * {@value NoticeWithheld#MAX_MONTHS_TO_RECHECK} months).
     */
    public Either<Refusal, CaseUpdate> withholdNotice(DecisionId decisionId, String risk, LocalDate recheckOn,
            StaffMember by, Instant now) {
        return withholding(decisionId, risk, recheckOn, by, now, false);
    }

    /**
     * At its re-check, keeps notice withheld: telling the resident would still create a risk, with why now and the
     * next date to re-check, on the same rules as {@link #withholdNotice}.
     */
    public Either<Refusal, CaseUpdate> keepNoticeWithheld(DecisionId decisionId, String risk, LocalDate recheckOn,
            StaffMember by, Instant now) {
        return withholding(decisionId, risk, recheckOn, by, now, true);
    }

    /**
     * At its re-check, ends withholding notice: the resident is now to be told (and is reminded of as any decision
     * whose resident is not told). An Assistant Director or above, with why telling them no longer creates a risk.
     */
    public Either<Refusal, CaseUpdate> endNoticeWithheld(DecisionId decisionId, String reasons, StaffMember by,
            Instant now) {
        Option<Decision> found = decision(decisionId);
        if (found.isEmpty()) {
            return Either.left(Refusal.of("decision", "There is no decision " + decisionId + " on this case."));
        }
        Decision decision = found.get();
        return Checks.start()
                .require(decision.noticeIsWithheld(), "decision", "Notice of decision " + decisionId
                        + " is not withheld, so there is no withholding to end.")
                .merge(signOffProblems(by, "end withholding notice"))
                .text(reasons, "reasons", "why telling the resident no longer creates a risk")
                .then(() -> accept(withDecision(decision.withNoticeWithheld(decision.noticeWithheld().get().endedBy(
                                new NoticeWithheld.Ending(by.id(), now, NoticeWithheld.Because.RECHECKED,
                                        reasons.strip())))),
                        new CaseEvent.NoticeWithheldEnded(id, resident, decisionId, by.id(), now)));
    }

    private Either<Refusal, CaseUpdate> withholding(DecisionId decisionId, String risk, LocalDate recheckOn,
            StaffMember by, Instant now, boolean keeping) {
        Option<Decision> found = decision(decisionId);
        if (found.isEmpty()) {
            return Either.left(Refusal.of("decision", "There is no decision " + decisionId + " on this case."));
        }
        Decision decision = found.get();
        LocalDate today = UkTime.dateOf(now);
        Checks checks = Checks.start()
                .require(keeping || decision.inForce(), "decision", "Decision " + decisionId + " is "
                        + decision.status().label().toLowerCase() + "; notice is withheld only of a decision in force.")
                .require(decision.residentInformed().isEmpty(), "decision", "The resident has already been told of"
                        + " decision " + decisionId + ", so notice of it cannot be withheld.")
                .require(!keeping || decision.noticeIsWithheld(), "decision", "Notice of decision " + decisionId
                        + " is not withheld, so there is no re-check to keep it at; withhold it instead.")
                .require(keeping || !decision.noticeIsWithheld(), "decision", "Notice of decision " + decisionId
                        + " is already withheld, until its re-check on " + decision.noticeWithheld()
                        .map(n -> n.latest().recheckOn()).getOrNull() + "; keep it withheld or end it at its re-check.")
                .merge(signOffProblems(by, keeping ? "keep notice withheld" : "withhold notice from the resident"))
                .text(risk, "risk", "why telling the resident would create a risk")
                .require(recheckOn != null, "recheckOn", "Set a date to re-check whether the resident can be told.");
        if (recheckOn != null) {
            checks = checks
                    .require(recheckOn.isAfter(today), "recheckOn", "The re-check date must be after today.")
                    .require(!recheckOn.isAfter(today.plusMonths(NoticeWithheld.MAX_MONTHS_TO_RECHECK)), "recheckOn",
                            "Set the re-check within " + NoticeWithheld.MAX_MONTHS_TO_RECHECK + " months: a resident"
                                    + " not told of a decision cannot appeal it, so the risk is looked at again"
                                    + " at least every quarter.");
        }
        return checks.then(() -> {
            NoticeWithheld.Withholding next = new NoticeWithheld.Withholding(risk.strip(), recheckOn, by, now);
            NoticeWithheld withheld = decision.noticeWithheld().fold(
                    () -> new NoticeWithheld(next, List.empty(), Option.none()), n -> n.renewed(next));
            return accept(withDecision(decision.withNoticeWithheld(withheld)),
                    new CaseEvent.NoticeWithheldFromResident(id, resident, decisionId, recheckOn,
                            withheld.all().size(), keeping, by.id(), now));
        });
    }

    /** Only an Assistant Director or above signs off withholding notice, keeping it or ending it. */
    private static Seq<Refusal.Problem> signOffProblems(StaffMember by, String what) {
        AuthorityLevel needed = NoticeWithheld.SIGNED_OFF_BY;
        return Checks.start().require(by.mayAuthorise(needed), "by", "Only " + article(needed.title()) + " "
                + needed.title() + " or above may " + what + "; " + by.name() + " is " + describe(by) + ".")
                .problems();
    }

    /**
     * The decisions whose notice is withheld and whose re-check falls on or before {@code date}: the work queue of
     * notices withheld to re-check. A withholding stands until an Assistant Director or above ends it, even once the
     * decision is lifted, lapses or is overturned, since telling the resident of a restriction that has ended can
     * still create the risk; only a decision entered in error (which should never have been made) leaves the queue.
     */
    public Seq<Decision> noticesWithheldToRecheckBy(LocalDate date) {
        return decisions.filter(d -> d.noticeToRecheck() && d.noticeWithheld().exists(n -> n.recheckDueBy(date)));
    }

    // ---- appeals ------------------------------------------------------------------------------------------------

    /**
     * Lodges the resident's appeal against a decision in force. It is due for review within 10 working days of
     * receiving the appeal request, one level above the level the decision needed.
     */
    public Either<Refusal, CaseUpdate> lodgeAppeal(DecisionId decisionId, LocalDate received, String grounds,
            StaffMember recordedBy, Instant now, WorkingDays workingDays) {
        Option<Decision> decision = decision(decisionId);
        if (decision.isEmpty()) {
            return Either.left(Refusal.of("decision", "There is no decision " + decisionId + " on this case."));
        }
        Decision d = decision.get();
        return Checks.start()
                .require(d.inForce(), "decision", "Only a decision in force can be appealed; decision " + decisionId
                        + " is " + d.status().label().toLowerCase() + ".")
                .require(appeals.forAll(a -> a.decided() || !a.decision().equals(decisionId)), "decision",
                        "An appeal against decision " + decisionId + " is already waiting for a decision.")
                .require(!d.inForce() || appeals.forAll(a -> !a.decided() || !a.decision().equals(decisionId)),
                        "decision",
                        "Decision " + decisionId + " has already been decided on appeal; there is no second appeal"
                                + " against it. The resident can still take it to the Housing Ombudsman.")
                .require(!d.inForce() || d.residentInformed().isDefined(), "decision", "The resident is not recorded"
                        + " as told of decision " + decisionId + "; an appeal is lodged once they have been told of it. Record"
                        + " how and when they were told, then lodge the appeal.")
                .require(!received.isAfter(UkTime.dateOf(now)), "received",
                        "The date the appeal was received cannot be in the future.")
                .require(!received.isBefore(UkTime.dateOf(d.authorisedAt())), "received",
                        "An appeal cannot be received before the decision it appeals against.")
                .text(grounds, "grounds", "the resident's grounds for appeal")
                .then(() -> {
                    AuthorityLevel reviewLevel = d.appealReviewLevel();
                    Appeal appeal = new Appeal(new AppealId(appeals.size() + 1), decisionId, received, grounds.strip(),
                            recordedBy.id(), now, workingDays.addWorkingDays(received, Appeal.WORKING_DAYS_TO_REVIEW),
                            reviewLevel, Option.none());
                    return accept(with(actions, warnings, decisions, appeals.append(appeal), needs, contacts),
                            new CaseEvent.AppealLodged(id, resident, appeal.id(), decisionId, received,
                                    appeal.dueBy(), reviewLevel, recordedBy.id(), now));
                });
    }

    /**
     * Decides an appeal: the decision is upheld, varied (with the measures that now apply) or overturned. Only a
     * manager at the appeal's review level or above may decide it, and never the person who made the decision. An
     * appeal against a decision since entered in error is not decided: the decision is withdrawn as a mistake already
     * (see {@link #awaitsDecision}).
     */
    public Either<Refusal, CaseUpdate> decideAppeal(AppealId appealId, AppealOutcome outcome, Seq<Measure> varied,
            String reasons, StaffMember reviewer, Instant now) {
        Option<Appeal> found = appeal(appealId);
        if (found.isEmpty()) {
            return Either.left(Refusal.of("appeal", "There is no appeal " + appealId + " on this case."));
        }
        Appeal appeal = found.get();
        Decision decision = decision(appeal.decision()).get();
        if (!appeal.decided() && decision.enteredInError().isDefined()) {
            return Either.left(Refusal.of("appeal", "Decision " + decision.id() + " was entered in error, so there"
                    + " is nothing left to appeal against and appeal " + appealId + " is not decided; it is no longer"
                    + " in the appeals due."));
        }
        Checks checks = Checks.start()
                .require(!appeal.decided(), "appeal", "Appeal " + appealId + " has already been decided.")
                .require(WhoMayAct.mayDecideAppeal(reviewer, appeal.reviewLevel(), decision.authorisedBy().id()),
                        "reviewer",
                        reviewerRule(appeal) + (reviewer.id().equals(decision.authorisedBy().id())
                                ? reviewer.name() + " made the decision." : reviewer.name() + " is "
                                        + describe(reviewer) + "."))
                .text(reasons, "reasons", "the reasons for the appeal decision");
        if (outcome == AppealOutcome.DECISION_VARIED) {
            checks = checks.merge(measureProblems(varied, "variedMeasures"))
                    .merge(variationConflicts(decision, varied))
                    .merge(authorityProblems(varied, reviewer).map(p -> new Refusal.Problem("variedMeasures", p.reason())));
        } else {
            checks = checks.require(varied.isEmpty(), "variedMeasures",
                    "Only a varied decision takes new measures.");
        }
        return checks.then(() -> {
            AppealDecision appealDecision = new AppealDecision(outcome, varied, reasons.strip(), reviewer, now);
            // A decision lifted at review while the appeal waited stays lifted; the outcome is still recorded.
            Decision after = !decision.inForce() ? decision : switch (outcome) {
                case DECISION_UPHELD -> decision;
                case DECISION_VARIED -> decision.withMeasures(varied);
                case DECISION_OVERTURNED -> decision.overturned();
            };
            Appeal decided = appeal.decidedAs(appealDecision);
            Case changed = with(actions, warnings, decisions.update(after.id().number() - 1, after),
                    appeals.update(appealId.number() - 1, decided), needs, contacts);
            return accept(changed, new CaseEvent.AppealDecided(id, resident, appealId, decision.id(), outcome,
                    decided.decidedLate(), reviewer.id(), now));
        });
    }

    /**
     * Whether an appeal waits for someone to decide it: it is undecided, and the decision it is against was not since
     * entered in error (marking it withdraws the decision, so the appeal leaves the appeals due).
     */
    public boolean awaitsDecision(Appeal appeal) {
        return !appeal.decided() && decision(appeal.decision()).exists(d -> d.enteredInError().isEmpty());
    }

    /** Who may decide an appeal, as the policy says (4.2): one level up, and never whoever made the decision. */
    private static String reviewerRule(Appeal appeal) {
        return "This appeal must be decided by " + WhoMayAct.appealReviewer(appeal.reviewLevel()) + "; ";
    }

    private static String describe(StaffMember who) {
        return who.authority() == AuthorityLevel.NONE ? "not a manager who can authorise"
                : article(who.authority().title()) + " " + who.authority().title();
    }

    // ---- review and end -----------------------------------------------------------------------------------------

    /**
     * Reviews a restriction: continue it or vary it (both with the next review date), or lift it. The reviewer
     * needs the level the measures need.
     */
    public Either<Refusal, CaseUpdate> review(DecisionId decisionId, ReviewOutcome outcome, Seq<Measure> varied,
            String reasons, Option<LocalDate> nextReview, StaffMember reviewer, Instant now) {
        Option<Decision> found = decision(decisionId);
        if (found.isEmpty()) {
            return Either.left(Refusal.of("decision", "There is no decision " + decisionId + " on this case."));
        }
        Decision decision = found.get();
        LocalDate today = UkTime.dateOf(now);
        Seq<Measure> after = outcome == ReviewOutcome.VARY ? varied : decision.measures();
        Checks checks = Checks.start()
                .require(decision.inForce(), "decision", "Decision " + decisionId + " is "
                        + decision.status().label().toLowerCase() + "; only a restriction in force is reviewed.")
                .merge(authorityProblems(decision.measures(), reviewer))
                .text(reasons, "reasons", "the reasons for the review outcome");
        if (outcome == ReviewOutcome.VARY) {
            checks = checks.merge(measureProblems(varied, "variedMeasures"))
                    .merge(variationConflicts(decision, varied))
                    .merge(authorityProblems(varied, reviewer).map(p -> new Refusal.Problem("variedMeasures", p.reason())));
        } else {
            checks = checks.require(varied.isEmpty(), "variedMeasures", "Only a varied restriction takes new measures.");
        }
        if (outcome == ReviewOutcome.LIFT) {
            checks = checks.require(nextReview.isEmpty(), "nextReviewDate", "A lifted restriction needs no review date.");
        } else {
            checks = checks
                    .require(nextReview.isDefined(), "nextReviewDate",
                            "Restrictions are never open-ended: set the next review date.")
                    .require(nextReview.forAll(d -> d.isAfter(today)), "nextReviewDate",
                            "The next review date must be after today.")
                    .require(nextReview.forAll(d -> !d.isAfter(today.plusMonths(MAX_MONTHS_TO_REVIEW))),
                            "nextReviewDate", "Set the next review date within " + MAX_MONTHS_TO_REVIEW + " months.");
        }
        return checks.then(() -> {
            Review review = new Review(outcome, after, reasons.strip(), reviewer, now, nextReview);
            CaseEvent event = outcome == ReviewOutcome.LIFT
                    ? new CaseEvent.RestrictionLifted(id, resident, decisionId, reviewer.id(), now)
                    : new CaseEvent.RestrictionReviewed(id, resident, decisionId, outcome, nextReview, reviewer.id(),
                            now);
            return accept(withDecision(decision.reviewed(review)), event);
        });
    }

    /** Lifts a restriction: a review whose outcome is to end it. */
    public Either<Refusal, CaseUpdate> lift(DecisionId decisionId, String reasons, StaffMember reviewer, Instant now) {
        return review(decisionId, ReviewOutcome.LIFT, List.empty(), reasons, Option.none(), reviewer, now);
    }

    /**
     * Lapses a restriction not reviewed in time ({@link LapseRule}): it no longer applies, and leaves the guidance.
     * UCA does it, not a member of staff; a decision that does not lapse today is refused, so a second run changes
     * nothing.
     */
    public Either<Refusal, CaseUpdate> lapse(DecisionId decisionId, LapseRule rule, Instant now) {
        Option<Decision> found = decision(decisionId);
        if (found.isEmpty()) {
            return Either.left(Refusal.of("decision", "There is no decision " + decisionId + " on this case."));
        }
        Decision decision = found.get();
        LocalDate today = UkTime.dateOf(now);
        return Checks.start()
                .require(decision.inForce(), "decision", "Decision " + decisionId + " is "
                        + decision.status().label().toLowerCase() + "; only a restriction in force lapses.")
                .require(!decision.inForce() || rule.lapses(decision, today), "decision", "Decision " + decisionId
                        + " was reviewed in time or its grace period runs to " + rule.lastDayOfGrace(decision)
                        + "; it does not lapse today.")
                .then(() -> accept(withDecision(decision.lapsed()), new CaseEvent.RestrictionLapsed(id, resident,
                        decisionId, decision.reviewDate(), today, LapseRule.UCA, now)));
    }

    /** The UK date the decision lapsed ({@link #lapse}), if it did; reads the timeline. */
    public Option<LocalDate> lapsedOn(DecisionId decisionId) {
        return decision(decisionId).filter(d -> d.status() == DecisionStatus.LAPSED)
                .flatMap(d -> history().filter(e -> e instanceof CaseEvent.RestrictionLapsed l
                        && l.decision().equals(decisionId)).lastOption())
                .map(e -> ((CaseEvent.RestrictionLapsed) e).lapsedOn());
    }

    // ---- entered in error (UK GDPR Article 16) --------------------------------------------------------------

    /**
     * Marks an action as entered in error: it should never have been recorded. It stays on the case, marked, and can
     * no longer be referred to by a new warning or decision. The person who recorded it, or a manager, may.
     */
    public Either<Refusal, CaseUpdate> markActionEnteredInError(ActionId actionId, String reason, StaffMember by,
            Instant now) {
        Option<UnacceptableAction> found = action(actionId);
        if (found.isEmpty()) {
            return Either.left(Refusal.of("action", "There is no action " + actionId + " on this case."));
        }
        UnacceptableAction action = found.get();
        return enteredInErrorChecks(EnteredInError.Part.ACTION, actionId.number(), action.enteredInError(), reason)
                .require(recorderOrManager(action.recordedBy(), by),
                        "by", "Only the person who recorded action " + actionId + ", or a Service Manager or above,"
                                + " may mark it as entered in error; " + by.name() + " is " + describe(by) + ".")
                .then(() -> accept(with(actions.update(actionId.number() - 1,
                                action.markedEnteredInError(new EnteredInError(by.id(), now, reason.strip()))),
                                warnings, decisions, appeals, needs, contacts),
                        new CaseEvent.MarkedEnteredInError(id, resident, EnteredInError.Part.ACTION,
                                actionId.number(), by.id(), now)));
    }

    /**
     * Marks a warning as entered in error: it should never have been issued. It stays on the case, marked, and can no
     * longer be the grounds of a new decision. The person who issued it, or a manager, may.
     */
    public Either<Refusal, CaseUpdate> markWarningEnteredInError(WarningId warningId, String reason, StaffMember by,
            Instant now) {
        Option<Warning> found = warning(warningId);
        if (found.isEmpty()) {
            return Either.left(Refusal.of("warning", "There is no warning " + warningId + " on this case."));
        }
        Warning warning = found.get();
        return enteredInErrorChecks(EnteredInError.Part.WARNING, warningId.number(), warning.enteredInError(), reason)
                .require(recorderOrManager(warning.issuedBy(), by),
                        "by", "Only the person who issued warning " + warningId + ", or a Service Manager or above,"
                                + " may mark it as entered in error; " + by.name() + " is " + describe(by) + ".")
                .then(() -> accept(with(actions, warnings.update(warningId.number() - 1,
                                warning.markedEnteredInError(new EnteredInError(by.id(), now, reason.strip()))),
                                decisions, appeals, needs, contacts),
                        new CaseEvent.MarkedEnteredInError(id, resident, EnteredInError.Part.WARNING,
                                warningId.number(), by.id(), now)));
    }

    /**
     * Marks a decision as entered in error: it should never have been made. Its measures leave the guidance at once
     * (whatever its status was); it stays on the case, marked. Only someone at the level its measures need, or
     * above, may.
     */
    public Either<Refusal, CaseUpdate> markDecisionEnteredInError(DecisionId decisionId, String reason,
            StaffMember by, Instant now) {
        Option<Decision> found = decision(decisionId);
        if (found.isEmpty()) {
            return Either.left(Refusal.of("decision", "There is no decision " + decisionId + " on this case."));
        }
        Decision decision = found.get();
        AuthorityLevel needed = decision.requiredAuthority();
        return enteredInErrorChecks(EnteredInError.Part.DECISION, decisionId.number(), decision.enteredInError(),
                reason)
                .require(by.mayAuthorise(needed), "by", "Decision " + decisionId + " can only be marked as entered"
                        + " in error by " + article(needed.title()) + " " + needed.title() + " or above; "
                        + by.name() + " is " + describe(by) + ".")
                .then(() -> accept(withDecision(decision.markedEnteredInError(
                                new EnteredInError(by.id(), now, reason.strip()))),
                        new CaseEvent.MarkedEnteredInError(id, resident, EnteredInError.Part.DECISION,
                                decisionId.number(), by.id(), now)));
    }

    /**
     * Whether {@code who} may mark the case's action, warning or decision {@code number} as entered in error now: it
     * is there, not marked yet, and they may (for a front end deciding what to offer; the marking checks again).
     */
    public boolean mayMarkEnteredInError(EnteredInError.Part part, int number, StaffMember who) {
        if (number < 1) {
            return false;
        }
        return switch (part) {
            case ACTION -> action(new ActionId(number))
                    .exists(a -> !a.isEnteredInError() && recorderOrManager(a.recordedBy(), who));
            case WARNING -> warning(new WarningId(number))
                    .exists(w -> !w.isEnteredInError() && recorderOrManager(w.issuedBy(), who));
            case DECISION -> decision(new DecisionId(number))
                    .exists(d -> d.enteredInError().isEmpty() && who.mayAuthorise(d.requiredAuthority()));
        };
    }

    /** An action or warning is marked as entered in error by whoever recorded it, or by a manager. */
    private static boolean recorderOrManager(StaffId recorder, StaffMember who) {
        return recorder.equals(who.id()) || who.mayAuthorise(AuthorityLevel.SERVICE_MANAGER);
    }

    private static Checks enteredInErrorChecks(EnteredInError.Part part, int number, Option<EnteredInError> already,
            String reason) {
        return Checks.start()
                .require(already.isEmpty(), part.word(), part.label() + " " + number
                        + " is already marked as entered in error.")
                .text(reason, "reason", "why it should never have been recorded");
    }

    /**
     * Whether a decision in force rests only on records entered in error, so someone must review it: every action
     * it rests on is entered in error, or the warning it followed is, or every action that warning referred to is.
     */
    public boolean restsOnEntriesInError(Decision decision) {
        if (!decision.inForce()) {
            return false;
        }
        boolean actionsInError = decision.grounds().actions().forAll(this::enteredInError);
        boolean warningInError = decision.grounds() instanceof Grounds.AfterWarning after
                && warning(after.warning()).exists(w -> w.isEnteredInError() || warnsOnlyOfEntriesInError(w));
        return actionsInError || warningInError;
    }

    /** The decisions in force that rest only on records entered in error (see {@link #restsOnEntriesInError}). */
    public Seq<Decision> decisionsRestingOnEntriesInError() {
        return decisions.filter(this::restsOnEntriesInError);
    }

    /** A warning about nothing the resident did: every action it refers to was entered in error. */
    private boolean warnsOnlyOfEntriesInError(Warning warning) {
        return warning.actionsReferredTo().forAll(this::enteredInError);
    }

    // ---- amending a record (issue 13: corrections) ---------------------------------------------------------

    /**
     * Corrects the report of an action. It keeps its number; the report as it was stays with it, marked as
     * superseded. The same rules apply as when it was recorded; who reported it stays as recorded. The person who
     * recorded it, or a manager, may.
     */
    public Either<Refusal, CaseUpdate> amendAction(ActionId actionId, ActionReport correction, String reason,
            StaffMember by, Instant now) {
        Option<UnacceptableAction> found = action(actionId);
        if (found.isEmpty()) {
            return Either.left(Refusal.of("action", "There is no action " + actionId + " on this case."));
        }
        UnacceptableAction action = found.get();
        ActionReport corrected = correction.reportedBy(action.report().reportedBy());
        return amendmentChecks(EnteredInError.Part.ACTION, actionId.number(), action.enteredInError(), reason,
                !corrected.equals(action.report()))
                .require(recorderOrManager(action.recordedBy(), by), "by", "Only the person who recorded action "
                        + actionId + ", or a Service Manager or above, may amend it; " + by.name() + " is "
                        + describe(by) + ".")
                .merge(corrected.problems(now))
                .merge(groundsStillHold(actionId, corrected))
                .then(() -> accept(with(actions.update(actionId.number() - 1,
                                action.amended(corrected, by.id(), now, reason.strip())), warnings, decisions,
                                appeals, needs, contacts),
                        new CaseEvent.RecordAmended(id, resident, EnteredInError.Part.ACTION, actionId.number(),
                                action.amendments().size() + 1, by.id(), now)));
    }

    /**
     * Corrects what a warning says: its reasons and what must change. It keeps its number; the wording the resident
     * was sent stays with it, marked as superseded, and a corrected letter replaces the letter sent. The person who
     * issued it, or a manager, may.
     */
    public Either<Refusal, CaseUpdate> amendWarning(WarningId warningId, String reasons, String whatMustChange,
            String reason, StaffMember by, Instant now) {
        Option<Warning> found = warning(warningId);
        if (found.isEmpty()) {
            return Either.left(Refusal.of("warning", "There is no warning " + warningId + " on this case."));
        }
        Warning warning = found.get();
        Warning.Wording corrected = new Warning.Wording(reasons == null ? "" : reasons.strip(),
                whatMustChange == null ? "" : whatMustChange.strip());
        return amendmentChecks(EnteredInError.Part.WARNING, warningId.number(), warning.enteredInError(), reason,
                !corrected.equals(warning.wording()))
                .require(recorderOrManager(warning.issuedBy(), by), "by", "Only the person who issued warning "
                        + warningId + ", or a Service Manager or above, may amend it; " + by.name() + " is "
                        + describe(by) + ".")
                .text(reasons, "reasons", "the reasons the actions are unacceptable")
                .text(whatMustChange, "whatMustChange", "what the resident must stop or change")
                .then(() -> accept(with(actions, warnings.update(warningId.number() - 1,
                                warning.amended(corrected, by.id(), now, reason.strip())), decisions, appeals, needs,
                                contacts),
                        new CaseEvent.RecordAmended(id, resident, EnteredInError.Part.WARNING, warningId.number(),
                                warning.amendments().size() + 1, by.id(), now)));
    }

    /**
     * Corrects the details of a decision: its reasons and its review date. It keeps its number, measures and status;
     * the details as they were stay with it, marked as superseded. A changed review date keeps the rule it was set
     * by: after the date of the decision (or of its last review), within {@value #MAX_MONTHS_TO_REVIEW} months of
     * it, and not in the past. Only someone at the level its measures need, or above, may.
     */
    public Either<Refusal, CaseUpdate> amendDecisionDetails(DecisionId decisionId, String reasons,
            LocalDate reviewDate, String reason, StaffMember by, Instant now) {
        return amendDecisionDetails(decisionId, reasons, reviewDate, decision(decisionId)
                .flatMap(d -> d.safeguards().howComplaintsAreStillHeard()), reason, by, now);
    }

    /**
     * As {@link #amendDecisionDetails(DecisionId, String, LocalDate, String, StaffMember, Instant)}, correcting too
     * how new complaints and new issues will still be heard, which the decision's measures may need it to say.
     */
    public Either<Refusal, CaseUpdate> amendDecisionDetails(DecisionId decisionId, String reasons,
            LocalDate reviewDate, Option<String> howComplaintsAreStillHeard, String reason, StaffMember by,
            Instant now) {
        Option<Decision> found = decision(decisionId);
        if (found.isEmpty()) {
            return Either.left(Refusal.of("decision", "There is no decision " + decisionId + " on this case."));
        }
        Decision decision = found.get();
        Decision.Details corrected = new Decision.Details(reasons == null ? "" : reasons.strip(),
                reviewDate == null ? decision.reviewDate() : reviewDate,
                howComplaintsAreStillHeard.map(String::strip).filter(h -> !h.isEmpty()));
        boolean reviewDateChanged = !corrected.reviewDate().equals(decision.reviewDate());
        LocalDate setOn = UkTime.dateOf(decision.reviews().lastOption().map(Review::reviewedAt)
                .getOrElse(decision.authorisedAt()));
        AuthorityLevel needed = decision.requiredAuthority();
        return amendmentChecks(EnteredInError.Part.DECISION, decisionId.number(), decision.enteredInError(), reason,
                !corrected.equals(decision.details()))
                .require(by.mayAuthorise(needed), "by", "Decision " + decisionId + " can only be amended by "
                        + article(needed.title()) + " " + needed.title() + " or above; " + by.name() + " is "
                        + describe(by) + ".")
                .text(reasons, "reasons", "the reasons for the decision")
                .merge(complaintsStillHeardProblems(decision.measures(), corrected.howComplaintsAreStillHeard(),
                        "howComplaintsAreStillHeard"))
                .require(!reviewDateChanged || decision.inForce(), "reviewDate", "Decision " + decisionId + " is "
                        + decision.status().label().toLowerCase() + ", so it has no review to move.")
                .require(!reviewDateChanged || corrected.reviewDate().isAfter(setOn), "reviewDate",
                        "The review date must be after " + setOn + ", the date it was set.")
                .require(!reviewDateChanged || !corrected.reviewDate().isBefore(UkTime.dateOf(now)), "reviewDate",
                        "The review date cannot be in the past.")
                .require(!reviewDateChanged || !corrected.reviewDate().isAfter(setOn.plusMonths(MAX_MONTHS_TO_REVIEW)),
                        "reviewDate", "Restrictions are never open-ended: set a review date within "
                                + MAX_MONTHS_TO_REVIEW + " months of " + setOn + ".")
                .then(() -> accept(withDecision(decision.amended(corrected, by.id(), now, reason.strip())),
                        new CaseEvent.RecordAmended(id, resident, EnteredInError.Part.DECISION, decisionId.number(),
                                decision.amendments().size() + 1, by.id(), now)));
    }

    /**
     * A corrected action must still bear the decisions resting on it: immediate action still rests on an action
     * raising safety concerns, and a further action after a warning still happened after it. Otherwise the decision
     * needs reviewing (or marking as entered in error), not its grounds rewriting underneath it.
     */
    private Seq<Refusal.Problem> groundsStillHold(ActionId actionId, ActionReport corrected) {
        Checks checks = Checks.start();
        for (Warning w : warnings.filter(w -> !w.isEnteredInError() && w.actionsReferredTo().contains(actionId))) {
            checks = checks.require(!corrected.occurredAt().isAfter(w.issuedAt()), "occurredAt", "Warning " + w.id()
                    + " was issued about action " + actionId + ", so it happened before "
                    + UkTime.dateOf(w.issuedAt()) + "; review the warning rather than move the action after it.");
        }
        for (Decision d : decisions.filter(d -> d.enteredInError().isEmpty() && d.grounds().actions()
                .contains(actionId))) {
            if (d.grounds() instanceof Grounds.AfterWarning after) {
                Option<Instant> warned = warning(after.warning()).map(Warning::issuedAt);
                checks = checks.require(!after.furtherActions().contains(actionId)
                        || warned.forAll(corrected.occurredAt()::isAfter), "occurredAt", "Decision " + d.id()
                        + " rests on action " + actionId + " having happened after warning " + after.warning()
                        + "; review the decision rather than move the action before it.");
            } else {
                checks = checks.require(d.grounds().actions().exists(a -> a.equals(actionId)
                        ? corrected.safetyConcern() : action(a).exists(UnacceptableAction::raisesSafetyConcerns)),
                        "safetyConcern", "Decision " + d.id() + " is immediate action resting on the safety"
                                + " concerns this action raised; review the decision rather than take them away.");
            }
        }
        return checks.problems();
    }

    /**
     * Whether {@code who} may amend the case's action, warning or decision {@code number} now: the same people, and
     * the same records, as may mark it as entered in error (a record entered in error is corrected by nobody).
     */
    public boolean mayAmend(EnteredInError.Part part, int number, StaffMember who) {
        return mayMarkEnteredInError(part, number, who);
    }

    private static Checks amendmentChecks(EnteredInError.Part part, int number, Option<EnteredInError> inError,
            String reason, boolean changesSomething) {
        return Checks.start()
                .require(inError.isEmpty(), part.word(), part.label() + " " + number
                        + " was entered in error, so it cannot be amended.")
                .text(reason, "reason", "why the record is being corrected")
                .require(changesSomething, part.word(), "The amendment changes nothing: correct at least one detail"
                        + " of " + part.word() + " " + number + ".");
    }

    // ---- the resident's needs and contact -----------------------------------------------------------------------

    /** Records the resident's reasonable adjustments and vulnerability where none are recorded yet. */
    public Either<Refusal, CaseUpdate> recordNeeds(ResidentNeeds recorded, StaffMember by, Instant now) {
        return recordNeeds(recorded, "", by, now);
    }

    /**
     * Records the resident's reasonable adjustments and vulnerability. Changing what was recorded needs a reason
     * (it may be a correction, UK GDPR Article 16, or a change in the resident's circumstances): what it said stays on
     * the case, superseded, with who changed it, when and why.
     */
    public Either<Refusal, CaseUpdate> recordNeeds(ResidentNeeds recorded, String reason, StaffMember by,
            Instant now) {
        boolean changing = needs.anyRecorded();
        Checks checks = Checks.start().merge(recorded.problems());
        if (changing) {
            checks = checks.require(!needs.saysTheSameAs(recorded), "adjustments", "This is what is recorded"
                            + " already: change an adjustment or the vulnerability notes, or leave them as they are.")
                    .text(reason, "reason", "why what was recorded is being changed");
        }
        ResidentNeeds stands = changing ? recorded.replacing(needs, by.id(), now, reason == null ? "" : reason.strip())
                : new ResidentNeeds(recorded.adjustments(), recorded.vulnerabilityNotes(), needs.amendments());
        return checks.then(() -> accept(with(actions, warnings, decisions, appeals, stands, contacts),
                new CaseEvent.ResidentNeedsRecorded(id, resident, stands.adjustments().size(),
                        !stands.vulnerabilityNotes().isEmpty(), changing, by.id(), now)));
    }

    /** Records time spent in contact with the resident, which counts against any contact time allowance. */
    public Either<Refusal, CaseUpdate> recordContact(Instant at, int minutes, Channel channel, StaffMember by,
            Instant now) {
        return Checks.start()
                .require(minutes > 0 && minutes <= ContactMade.MAX_MINUTES, "minutes",
                        "Contact time is between 1 and " + ContactMade.MAX_MINUTES + " minutes.")
                .require(!at.isAfter(now), "at", "Contact cannot be recorded before it happened.")
                .then(() -> accept(with(actions, warnings, decisions, appeals, needs,
                        contacts.append(new ContactMade(at, minutes, channel, by.id()))),
                        new CaseEvent.ContactRecorded(id, resident, minutes, channel, by.id(), now)));
    }

    // ---- correspondence filed without a reply --------------------------------------------------------------------

    /**
     * Logs a piece of correspondence filed without a reply under a decision in force that limits how complaints
     * reach us. It must be screened within {@value FiledCorrespondence#SCREENING_WORKING_DAYS} working days of its
     * receipt ({@link FiledCorrespondence#SCREENING_WORKING_DAYS}). Refused when no such decision is in force:
     * correspondence is then answered in the ordinary way, not filed.
     */
    public Either<Refusal, CaseUpdate> logFiledCorrespondence(LocalDate receivedOn, Channel channel, String summary,
            WorkingDays calendar, StaffMember by, Instant now) {
        Option<Decision> under = decisionsInForce()
                .find(d -> d.measures().exists(m -> m.kind().limitsHowComplaintsReachUs()));
        if (under.isEmpty()) {
            return Either.left(Refusal.because("No decision in force limits the resident's complaints or"
                    + " correspondence, so nothing they send is filed without a reply: answer it in the ordinary"
                    + " way."));
        }
        return Checks.start()
                .require(receivedOn != null, "receivedOn", "Give the date the correspondence was received.")
                .require(receivedOn == null || !receivedOn.isAfter(UkTime.dateOf(now)), "receivedOn",
                        "The date received cannot be in the future.")
                .require(channel != null, "channel", "Say how the correspondence came.")
                .text(summary, "summary", "a short summary of what the correspondence is about")
                .require(summary == null || summary.strip().length() <= FiledCorrespondence.MAX_SUMMARY, "summary",
                        "Keep the summary to " + FiledCorrespondence.MAX_SUMMARY + " characters: say what it is"
                                + " about, do not copy it.")
                .then(() -> {
                    FiledCorrespondence logged = new FiledCorrespondence(filed.size() + 1, under.get().id(),
                            receivedOn, channel, summary.strip(), by.id(), now,
                            FiledCorrespondence.screenBy(receivedOn, calendar), Option.none());
                    return accept(withFiled(filed.append(logged)), new CaseEvent.CorrespondenceFiled(id, resident,
                            logged.number(), logged.decision(), channel, receivedOn, logged.screenBy(), by.id(), now));
                });
    }

    /**
     * Records the screening of filed correspondence: whether it raises a new issue or complaint (and what was done
     * with it, so it is considered on its merits) and whether it raises a safeguarding concern (and the referral
     * made). Each piece is screened once.
     *
     * @param newIssue     what was done with the new issue or complaint, if it raises one
     * @param safeguarding what was done about the safeguarding concern, if it raises one
     */
    public Either<Refusal, CaseUpdate> screenFiledCorrespondence(int number, Option<String> newIssue,
            Option<String> safeguarding, StaffMember by, Instant now) {
        Option<FiledCorrespondence> found = filedCorrespondence(number);
        if (found.isEmpty()) {
            return Either.left(Refusal.of("correspondence", "There is no filed correspondence " + number
                    + " on this case."));
        }
        if (found.get().screened()) {
            FiledCorrespondence.Screening done = found.get().screening().get();
            return Either.left(Refusal.of("correspondence", "Correspondence " + number + " was screened already, on "
                    + UkTime.dateOf(done.at()) + "; a screening is not recorded twice."));
        }
        Checks checks = Checks.start();
        if (newIssue.isDefined()) {
            checks = checks.text(newIssue.get(), "newIssue",
                    "what was done with the new issue or complaint (for example, logged as a stage 1 complaint)");
        }
        if (safeguarding.isDefined()) {
            checks = checks.text(safeguarding.get(), "safeguarding",
                    "what was done about the safeguarding concern (the referral made)");
        }
        return checks.then(() -> {
            FiledCorrespondence.Screening screening = new FiledCorrespondence.Screening(newIssue.map(String::strip),
                    safeguarding.map(String::strip), by.id(), now);
            FiledCorrespondence screened = found.get().screenedAs(screening);
            return accept(withFiled(filed.update(number - 1, screened)), new CaseEvent.CorrespondenceScreened(id,
                    resident, number, screening.raisesNewIssue(), screening.raisesSafeguardingConcern(),
                    screened.screenedLate(), by.id(), now));
        });
    }

    // ---- the retention rule -------------------------------------------------------------------------------------

    /** What replaces each free-text field when the retention rule anonymises a case. */
    public static final String REMOVED = "[removed under the retention rule]";

    /**
     * When the case last changed while no restriction was in force and no notice withheld stood: the date the
     * retention period runs from. None while a restriction is in force, or a withholding stands (it outlives the
     * restriction and is re-checked until an Assistant Director ends it), or before anything is recorded.
     */
    public Option<Instant> ended() {
        return closed() ? history().lastOption().map(CaseEvent::at) : Option.none();
    }

    /**
     * Whether nothing keeps the case open: no restriction in force and no notice withheld standing. A store keeps
     * its own time of the last change while closed (without reading the history) to select by.
     */
    public boolean closed() {
        return decisionsInForce().isEmpty() && !decisions.exists(Decision::noticeToRecheck);
    }

    /** Whether the retention rule has anonymised the case already. */
    public boolean anonymised() {
        return resident.equals(Anonymisation.pseudonymFor(id));
    }

    /**
     * The case as the retention rule keeps it: the resident's reference replaced by a pseudonym, every free-text
     * field replaced by {@link #REMOVED}; kinds, dates, levels, teams, outcomes and the timeline stay, so monitoring
     * figures do not change. Not an event on the timeline: the case's version stays as it was.
     */
    public Case anonymise() {
        return Anonymisation.of(this);
    }

    // ---- the resident's subject access request -----------------------------------------------------------------

    /** What replaces why notice is withheld, in what the resident is given, while it stands. */
    public static final String WITHHELD_FROM_THE_RESIDENT = "[not disclosed: notice of this decision is withheld"
            + " because telling the resident would create a risk]";

    /**
     * The case as a subject access export gives it to the resident (UK GDPR Article 15). While notice of a decision
     * is withheld, the export says so (the decision's withholding, its dates and the timeline stay) but not why:
     * UK GDPR and the Data Protection Act 2018 (Schedule 2, crime and the protection of others) allow withholding
     * what would likely prejudice the prevention of crime or endanger someone, which is why notice is withheld.
     * Once it has ended the reasons are the resident's to see like any other. The Data Protection Officer decides
     * whether the exemption reaches the rest of the decision too.
     */
    public Case asDisclosedToTheResident() {
        return with(actions, warnings, decisions.map(d -> d.noticeIsWithheld()
                ? d.withNoticeWithheld(d.noticeWithheld().get().reasonsWithheld(WITHHELD_FROM_THE_RESIDENT)) : d),
                appeals, needs, contacts);
    }

    // ---- reading the case ---------------------------------------------------------------------------------------

    public CaseId id() {
        return id;
    }

    public ResidentId resident() {
        return resident;
    }

    /** How many changes the case has had; used to detect concurrent changes. */
    public long version() {
        return earlierCount + recent.size();
    }

    public Seq<UnacceptableAction> actions() {
        return actions;
    }

    public Seq<Warning> warnings() {
        return warnings;
    }

    public Seq<Decision> decisions() {
        return decisions;
    }

    public Seq<Appeal> appeals() {
        return appeals;
    }

    public ResidentNeeds needs() {
        return needs;
    }

    public Seq<ContactMade> contacts() {
        return contacts;
    }

    /** The correspondence filed without a reply, in the order logged. */
    public Seq<FiledCorrespondence> filedCorrespondence() {
        return filed;
    }

    public Option<FiledCorrespondence> filedCorrespondence(int number) {
        return number >= 1 && number <= filed.size() ? Option.some(filed.get(number - 1)) : Option.none();
    }

    /** The timeline: every change, oldest first. */
    public Seq<CaseEvent> history() {
        return earlierCount == 0 ? recent : earlier.get().appendAll(recent);
    }

    /**
     * The events after the given version, oldest first: what a store appends when it saves the case it read at
     * that version. Reads no earlier history when the case was rebuilt at or before that version.
     */
    public Seq<CaseEvent> eventsSince(long version) {
        if (version < 0 || version > version()) {
            throw new IllegalArgumentException("Case " + id + " is at version " + version() + ", not " + version);
        }
        return version >= earlierCount ? recent.drop((int) (version - earlierCount)) : history().drop((int) version);
    }

    public Seq<Decision> decisionsInForce() {
        return decisions.filter(Decision::inForce);
    }

    public Option<UnacceptableAction> action(ActionId actionId) {
        int i = actionId.number() - 1;
        return i < actions.size() ? Option.some(actions.get(i)) : Option.none();
    }

    public Option<Warning> warning(WarningId warningId) {
        int i = warningId.number() - 1;
        return i < warnings.size() ? Option.some(warnings.get(i)) : Option.none();
    }

    public Option<Decision> decision(DecisionId decisionId) {
        int i = decisionId.number() - 1;
        return i < decisions.size() ? Option.some(decisions.get(i)) : Option.none();
    }

    public Option<Appeal> appeal(AppealId appealId) {
        int i = appealId.number() - 1;
        return i < appeals.size() ? Option.some(appeals.get(i)) : Option.none();
    }

    private boolean hasAction(ActionId actionId) {
        return actionId.number() <= actions.size();
    }

    private boolean enteredInError(ActionId actionId) {
        return action(actionId).exists(UnacceptableAction::isEnteredInError);
    }

    private Case with(Seq<UnacceptableAction> actions, Seq<Warning> warnings, Seq<Decision> decisions,
            Seq<Appeal> appeals, ResidentNeeds needs, Seq<ContactMade> contacts) {
        return new Case(id, resident, actions, warnings, decisions, appeals, needs, contacts, filed, earlier,
                earlierCount, recent);
    }

    private Case withFiled(Seq<FiledCorrespondence> changed) {
        return new Case(id, resident, actions, warnings, decisions, appeals, needs, contacts, changed, earlier,
                earlierCount, recent);
    }

    private Case withDecision(Decision changed) {
        return with(actions, warnings, decisions.update(changed.id().number() - 1, changed), appeals, needs, contacts);
    }

    private static Either<Refusal, CaseUpdate> accept(Case changed, CaseEvent event) {
        if (changed.version() >= MAX_CHANGES) {
            return Either.left(Refusal.because("This case already holds " + MAX_CHANGES + " changes, the most one"
                    + " case may hold, so nothing more can be recorded on it; tell the service desk."));
        }
        Case recorded = new Case(changed.id, changed.resident, changed.actions, changed.warnings, changed.decisions,
                changed.appeals, changed.needs, changed.contacts, changed.filed, changed.earlier, changed.earlierCount,
                changed.recent.append(event));
        return Either.right(new CaseUpdate(recorded, event));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Case that && id.equals(that.id) && version() == that.version();
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version());
    }

    @Override
    public String toString() {
        return "Case " + id + " for resident " + resident + " (version " + version() + ")";
    }
}
