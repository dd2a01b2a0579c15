package org.uca.adapter.web.api.json;

import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.List;
import org.uca.application.port.in.ViewCaseQuery.CaseView;
import org.uca.application.port.out.AuditLog;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.ActionKind;
import org.uca.domain.cases.AdjustmentKind;
import org.uca.domain.cases.AffectedParty;
import org.uca.domain.cases.Appeal;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.UnacceptableAction;
import org.uca.domain.cases.Warning;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.shared.Channel;

/** A case: the resident, what happened, what was decided, appeals, needs, guidance now, timeline and audit. */
public record CaseJson(String id, long version, Resident resident, List<Action> actions, List<WarningIssued> warnings,
        List<DecisionJson> decisions, List<AppealLodged> appeals, Needs needs, GuidanceJson guidance,
        List<Event> timeline, List<AuditEntry> audit, List<FiledCorrespondenceJson> filedCorrespondence) {

    public record Resident(String id, String name, String address) {
    }

    /**
     * @param enteredInError who marked it as entered in error, when and why; absent if it was not
     * @param amendments     each earlier report, superseded by a correction, oldest first
     */
    public record Action(int number, ActionKind kind, String otherKind, List<AffectedParty> affected,
            String occurredAt, Channel channel, String whatHappened, boolean safetyConcern, String recordedBy,
            String recordedAt, EnteredInError enteredInError, List<ActionAmendment> amendments) {

        static Action from(UnacceptableAction a) {
            return new Action(a.id().number(), a.kind(), a.report().otherKind(),
                    a.report().affected().stream().sorted().toList(), text(a.occurredAt()), a.report().channel(),
                    a.report().whatHappened(), a.raisesSafetyConcerns(), a.recordedBy().value(),
                    text(a.recordedAt()), EnteredInError.from(a.enteredInError()),
                    CaseJson.amended(a.amendments(), ActionAmendment::new, r -> new Report(r.kind(), r.otherKind(),
                            r.affected().stream().sorted().toList(), text(r.occurredAt()), r.channel(),
                            r.whatHappened(), r.safetyConcern())));
        }
    }

    /** An action's report as it was before a correction. */
    public record Report(ActionKind kind, String otherKind, List<AffectedParty> affected, String occurredAt,
            Channel channel, String whatHappened, boolean safetyConcern) {
    }

    /**
     * @param enteredInError who marked it as entered in error, when and why; absent if it was not
     * @param amendments     each earlier wording, superseded by a correction, oldest first
     */
    public record WarningIssued(int number, List<Integer> actionsReferredTo, String reasons, String whatMustChange,
            String issuedBy, String issuedAt, EnteredInError enteredInError, List<WarningAmendment> amendments) {

        static WarningIssued from(Warning w) {
            return new WarningIssued(w.id().number(), w.actionsReferredTo().map(ActionId::number).toJavaList(),
                    w.reasons(), w.whatMustChange(), w.issuedBy().value(), text(w.issuedAt()),
                    EnteredInError.from(w.enteredInError()),
                    CaseJson.amended(w.amendments(), WarningAmendment::new, t -> new Wording(t.reasons(),
                            t.whatMustChange())));
        }
    }

    /** A warning's wording as it was before a correction. */
    public record Wording(String reasons, String whatMustChange) {
    }

    /** An action's earlier report, superseded by a correction: who corrected it, when, why, and what it said. */
    public record ActionAmendment(String by, String at, String reason, Report superseded) {
    }

    /** A warning's earlier wording, superseded by a correction: who corrected it, when, why, and what it said. */
    public record WarningAmendment(String by, String at, String reason, Wording superseded) {
    }

    /** Each earlier version of a record as JSON: who corrected it, when, why, and what it said (oldest first). */
    static <D, J, A> List<A> amended(Seq<org.uca.domain.cases.Amendment<D>> amendments,
            io.vavr.Function4<String, String, String, J, A> amendment, java.util.function.Function<D, J> said) {
        return amendments.map(m -> amendment.apply(m.by().value(), text(m.at()), m.reason(),
                said.apply(m.superseded()))).toJavaList();
    }

    /** An action, warning or decision that should never have been recorded: who said so, when and why. */
    public record EnteredInError(String by, String at, String reason) {
        static EnteredInError from(io.vavr.control.Option<org.uca.domain.cases.EnteredInError> marked) {
            return marked.map(e -> new EnteredInError(e.by().value(), text(e.at()), e.reason())).getOrNull();
        }
    }

    public record AppealLodged(int number, int decision, String received, String grounds, String dueBy,
            AuthorityLevel reviewLevel, Outcome outcome) {

        public record Outcome(AppealOutcome outcome, String reasons, String decidedBy, String decidedAt,
                List<MeasureKind> variedMeasures) {
        }

        static AppealLodged from(Appeal a) {
            return new AppealLodged(a.id().number(), a.decision().number(), a.received().toString(), a.grounds(),
                    a.dueBy().toString(), a.reviewLevel(), a.outcome().map(o -> new Outcome(o.outcome(), o.reasons(),
                            o.decidedBy().id().value(), text(o.decidedAt()),
                            o.variedMeasures().map(m -> m.kind()).toJavaList())).getOrNull());
        }
    }

    /** @param amendments what was recorded before each change, superseded, oldest first */
    public record Needs(List<Adjustment> adjustments, String vulnerabilityNotes, List<NeedsAmendment> amendments) {
        public static Needs from(org.uca.domain.cases.ResidentNeeds n) {
            return new Needs(adjustments(n), n.vulnerabilityNotes(), amended(n.amendments(), NeedsAmendment::new,
                    earlier -> new NeedsSaid(adjustments(earlier), earlier.vulnerabilityNotes())));
        }

        private static List<Adjustment> adjustments(org.uca.domain.cases.ResidentNeeds n) {
            return n.adjustments().map(a -> new Adjustment(a.kind(), a.notes())).toJavaList();
        }
    }

    /** What was recorded of the resident's needs before a change: who changed it, when, why, and what it said. */
    public record NeedsAmendment(String by, String at, String reason, NeedsSaid superseded) {
    }

    public record NeedsSaid(List<Adjustment> adjustments, String vulnerabilityNotes) {
    }

    public record Adjustment(AdjustmentKind kind, String notes) {
    }

    /** @param event the kind of event: the name of one of the domain's {@code CaseEvent} types */
    public record Event(String at, String by, String event, String summary) {
    }

    public record AuditEntry(String at, String who, String command, AuditLog.Outcome outcome, String why) {
    }

    public static CaseJson from(CaseView v) {
        Case c = v.theCase();
        return new CaseJson(c.id().toString(), c.version(),
                new Resident(v.resident().id().value(), v.resident().name(), v.resident().address()),
                c.actions().map(Action::from).toJavaList(), c.warnings().map(WarningIssued::from).toJavaList(),
                c.decisions().map(d -> DecisionJson.from(c, d, v.safeguardsShown())).toJavaList(),
                c.appeals().map(AppealLodged::from).toJavaList(),
                Needs.from(c.needs()),
                GuidanceJson.from(v.guidanceNow()),
                events(c.history()),
                v.audit().map(e -> new AuditEntry(text(e.at()), e.who().value(), e.command(), e.outcome(), e.why()))
                        .toJavaList(),
                c.filedCorrespondence().map(FiledCorrespondenceJson::from).toJavaList());
    }

    /** The case's timeline, or part of it, oldest first. */
    public static List<Event> events(Seq<CaseEvent> events) {
        return events.map(e -> new Event(text(e.at()), e.by().value(), e.getClass().getSimpleName(), e.summary()))
                .toJavaList();
    }

    static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
