package org.uca.domain.cases;

import io.vavr.collection.Seq;
import java.util.function.UnaryOperator;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.ResidentId;

/**
 * The retention rule's change to a case (UK GDPR storage limitation): the resident's reference becomes a pseudonym
 * and every free-text field is removed, while what monitoring counts (kinds, dates, levels, teams, outcomes, who
 * acted) stays, so the figures do not change. Staff names and team names are the landlord's, not the resident's,
 * and stay.
 */
final class Anonymisation {

    /** Empty text stays empty (nothing was recorded); anything else is replaced. */
    private static final UnaryOperator<String> REMOVE = text -> text.isEmpty() ? text : Case.REMOVED;

    private Anonymisation() {
    }

    static ResidentId pseudonymFor(CaseId id) {
        return new ResidentId("anonymised-" + id);
    }

    static Case of(Case c) {
        ResidentId pseudonym = pseudonymFor(c.id());
        return Case.rebuild(c.id(), pseudonym,
                c.actions().map(Anonymisation::action),
                c.warnings().map(w -> new Warning(w.id(), w.actionsReferredTo(), REMOVE.apply(w.reasons()),
                        REMOVE.apply(w.whatMustChange()), w.issuedBy(), w.issuedAt(), inError(w.enteredInError()),
                        amended(w.amendments(), t -> new Warning.Wording(REMOVE.apply(t.reasons()),
                                REMOVE.apply(t.whatMustChange()))))),
                c.decisions().map(Anonymisation::decision),
                c.appeals().map(Anonymisation::appeal),
                new ResidentNeeds(c.needs().adjustments().map(a -> new ReasonableAdjustment(a.kind(),
                        REMOVE.apply(a.notes()))), REMOVE.apply(c.needs().vulnerabilityNotes())),
                c.contacts(),
                c.filedCorrespondence().map(f -> new FiledCorrespondence(f.number(), f.decision(), f.receivedOn(),
                        f.channel(), REMOVE.apply(f.summary()), f.loggedBy(), f.loggedAt(), f.screenBy(),
                        f.screening().map(s -> new FiledCorrespondence.Screening(s.newIssue().map(REMOVE),
                                s.safeguarding().map(REMOVE), s.by(), s.at())))),
                c.history().map(e -> e.withResident(pseudonym)));
    }

    private static UnacceptableAction action(UnacceptableAction a) {
        return new UnacceptableAction(a.id(), report(a.report()), a.recordedBy(), a.recordedAt(),
                inError(a.enteredInError()), amended(a.amendments(), Anonymisation::report));
    }

    private static ActionReport report(ActionReport r) {
        return new ActionReport(r.kind(), REMOVE.apply(r.otherKind()), r.affected(), r.occurredAt(), r.channel(),
                r.reportedBy(), REMOVE.apply(r.whatHappened()), r.safetyConcern());
    }

    /** Each superseded version loses its free text as the current one does, and the reason for the correction. */
    private static <T> Seq<Amendment<T>> amended(Seq<Amendment<T>> amendments, UnaryOperator<T> remove) {
        return amendments.map(m -> new Amendment<>(remove.apply(m.superseded()), m.by(), m.at(),
                REMOVE.apply(m.reason())));
    }

    private static io.vavr.control.Option<EnteredInError> inError(io.vavr.control.Option<EnteredInError> marked) {
        return marked.map(e -> new EnteredInError(e.by(), e.at(), REMOVE.apply(e.reason())));
    }

    private static Decision decision(Decision d) {
        Safeguards s = d.safeguards();
        Grounds grounds = d.grounds() instanceof Grounds.ImmediateForSafety immediate
                ? new Grounds.ImmediateForSafety(immediate.actions(), REMOVE.apply(immediate.justification()))
                : d.grounds();
        Safeguards safeguards = new Safeguards(REMOVE.apply(s.equalityAndVulnerabilityNotes()), s.teamsConsulted(),
                s.teamsInformed(), s.whoInformsResident(),
                s.legalAdvice().map(l -> new LegalAdviceConsidered(l.needed(), REMOVE.apply(l.notes()))),
                s.adjustmentConflictJustification().map(REMOVE), s.howComplaintsAreStillHeard().map(REMOVE));
        Decision kept = new Decision(d.id(), measures(d.measures()), grounds, REMOVE.apply(d.reasons()), safeguards,
                d.authorisedBy(), d.authorisedAt(), d.reviewDate(), d.status(), d.residentInformed(),
                d.reviews().map(r -> new Review(r.outcome(), measures(r.measuresAfter()), REMOVE.apply(r.reasons()),
                        r.reviewedBy(), r.reviewedAt(), r.nextReviewDate())), d.replaces(),
                inError(d.enteredInError()), amended(d.amendments(),
                        t -> new Decision.Details(REMOVE.apply(t.reasons()), t.reviewDate(),
                                t.howComplaintsAreStillHeard().map(REMOVE))));
        // why telling the resident would have created a risk, and why it no longer did, are removed; dates stay
        return d.noticeWithheld().fold(() -> kept, n -> kept.withNoticeWithheld(n.withFreeText(REMOVE, REMOVE)));
    }

    private static Appeal appeal(Appeal a) {
        return new Appeal(a.id(), a.decision(), a.received(), REMOVE.apply(a.grounds()), a.recordedBy(),
                a.recordedAt(), a.dueBy(), a.reviewLevel(),
                a.outcome().map(o -> new AppealDecision(o.outcome(), measures(o.variedMeasures()),
                        REMOVE.apply(o.reasons()), o.decidedBy(), o.decidedAt())));
    }

    private static Seq<Measure> measures(Seq<Measure> measures) {
        return measures.map(m -> m.withFreeText(REMOVE));
    }
}
