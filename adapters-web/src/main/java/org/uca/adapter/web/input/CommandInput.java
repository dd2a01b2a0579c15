package org.uca.adapter.web.input;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import org.uca.adapter.web.port.Colleagues;
import org.uca.application.port.in.AmendRecordUseCase;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.DecideAppealUseCase;
import org.uca.application.port.in.FiledCorrespondenceUseCase;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.LiftRestrictionUseCase;
import org.uca.application.port.in.WithholdNoticeUseCase;
import org.uca.application.port.in.MarkEnteredInErrorUseCase;
import org.uca.application.port.in.LodgeAppealUseCase;
import org.uca.application.port.in.RecordContactUseCase;
import org.uca.application.port.in.RecordResidentInformedUseCase;
import org.uca.application.port.in.RecordResidentNeedsUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.in.ReviewRestrictionUseCase;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.ActionKind;
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.AdjustmentKind;
import org.uca.domain.cases.AffectedParty;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.cases.Grounds;
import org.uca.domain.cases.InformedHow;
import org.uca.domain.cases.LegalAdviceConsidered;
import org.uca.domain.cases.MeasuresProposal;
import org.uca.domain.cases.ReasonableAdjustment;
import org.uca.domain.cases.ResidentInformed;
import org.uca.domain.cases.ResidentNeeds;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.cases.Safeguards;
import org.uca.domain.cases.WhileInForce;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.Refusal;

/**
 * Builds each use case's command from a form or JSON body, in the domain's field names. Only the shape of the input
 * is checked here (a date is a date, a choice is on the list); whether the policy allows it is the domain's call.
 */
public final class CommandInput {

    /** How the grounds for measures are chosen. */
    public enum GroundsType { AFTER_WARNING, IMMEDIATE_FOR_SAFETY }

    /** What a new decision does to one in force. */
    public enum WhileInForceType { ADDS_TO, REPLACES }

    private final Colleagues colleagues;
    private final Clock clock;

    /** An action's fields, which a request with one action may give at the top level instead of in 'reports'. */
    private static final java.util.List<String> REPORT_FIELDS = java.util.List.of("kind", "otherKind", "affected",
            "occurredAt", "channel", "whatHappened", "safetyConcern");

    public CommandInput(Colleagues colleagues, Clock clock) {
        this.colleagues = colleagues;
        this.clock = clock;
    }

    public Either<Refusal, RecordUnacceptableActionsUseCase.Command> recordActions(StaffId by, ResidentId resident,
            Params p) {
        Problems problems = new Problems();
        java.util.List<Params> reports = p.objects("reports");
        java.util.List<ActionReport> parsed = new ArrayList<>();
        if (reports.isEmpty()) {
            parsed.add(report(p, by, problems));
        } else {
            for (String beside : REPORT_FIELDS) {
                if (!p.one(beside).isEmpty() || !p.all(beside).isEmpty()) {
                    problems.add(beside, "is given beside 'reports': give each action's fields inside 'reports'.");
                }
            }
            for (int i = 0; i < reports.size(); i++) {
                parsed.add(report(reports.get(i), by, reports.size() == 1 ? problems : problems.at("reports[" + i + "]")));
            }
        }
        return problems.orElse(() -> new RecordUnacceptableActionsUseCase.Command(by, resident, List.ofAll(parsed)));
    }

    private ActionReport report(Params p, StaffId by, Problems problems) {
        ActionKind kind = problems.choice(p, "kind", ActionKind.class, "the kind of action");
        Set<AffectedParty> affected = problems.choices(p, "affected", AffectedParty.class, "who was affected");
        Instant occurred = problems.moment(p, "occurredAt", "when it happened", null);
        Channel channel = problems.choice(p, "channel", Channel.class, "how it happened");
        if (kind == null || occurred == null || channel == null) {
            return null;
        }
        return new ActionReport(kind, p.one("otherKind"), affected, occurred, channel, by, p.one("whatHappened"),
                Problems.yes(p.one("safetyConcern")));
    }

    public Either<Refusal, RecordContactUseCase.Command> recordContact(StaffId by, ResidentId resident, Params p) {
        Problems problems = new Problems();
        Integer minutes = problems.number(p, "minutes", "the minutes of contact");
        Channel channel = problems.choice(p, "channel", Channel.class, "how the contact was made");
        Instant at = problems.moment(p, "at", "when the contact was", clock.instant());
        return problems.orElse(() -> new RecordContactUseCase.Command(by, resident, at, minutes, channel));
    }

    public Either<Refusal, RecordResidentNeedsUseCase.Command> recordNeeds(StaffId by, ResidentId resident,
            Params p) {
        Problems problems = new Problems();
        java.util.List<ReasonableAdjustment> adjustments = new ArrayList<>();
        java.util.List<Params> objects = p.objects("adjustments");
        if (!objects.isEmpty()) {
            for (int i = 0; i < objects.size(); i++) {
                AdjustmentKind kind = problems.at("adjustments[" + i + "]").choice(objects.get(i), "kind",
                        AdjustmentKind.class, "the kind of adjustment");
                if (kind != null) {
                    adjustments.add(new ReasonableAdjustment(kind, objects.get(i).one("notes")));
                }
            }
        } else {
            java.util.List<String> kinds = p.all("adjustments");
            for (int i = 0; i < kinds.size(); i++) {
                AdjustmentKind kind = problems.at("adjustments[" + i + "]").parseEnum(kinds.get(i),
                        AdjustmentKind.class, "kind", "the kind of adjustment");
                if (kind != null) {
                    adjustments.add(new ReasonableAdjustment(kind, p.one("adjustment." + kinds.get(i) + ".notes")));
                }
            }
        }
        return problems.orElse(() -> new RecordResidentNeedsUseCase.Command(by, resident,
                new ResidentNeeds(List.ofAll(adjustments), p.one("vulnerabilityNotes")), p.one("reason")));
    }

    public Either<Refusal, IssueWarningUseCase.Command> issueWarning(StaffId by, CaseId caseId, Params p) {
        Problems problems = new Problems();
        java.util.List<Integer> actions = problems.numbers(p, "actionsReferredTo");
        return problems.orElse(() -> new IssueWarningUseCase.Command(by, caseId, actionIds(actions),
                p.one("reasons"), p.one("whatMustChange")));
    }

    public Either<Refusal, AuthoriseMeasuresUseCase.Command> authorise(StaffId by, CaseId caseId, Params p) {
        Problems problems = new Problems();
        java.util.List<Measure> measures = MeasureInput.measures(p, "measures", colleagues, problems);
        GroundsType type = problems.choice(p, "grounds.type", GroundsType.class,
                "whether the measures follow a warning or are immediate action for safety");
        Grounds grounds = null;
        if (type == GroundsType.AFTER_WARNING) {
            Integer warning = problems.number(p, "grounds.warning", "the warning the measures follow");
            java.util.List<Integer> further = problems.numbers(p, "grounds.furtherActions");
            if (warning != null && warning > 0) {
                grounds = new Grounds.AfterWarning(new org.uca.domain.cases.WarningId(warning), actionIds(further));
            } else if (warning != null) {
                problems.add("grounds.warning", "Choose the warning the measures follow.");
            }
        } else if (type == GroundsType.IMMEDIATE_FOR_SAFETY) {
            grounds = new Grounds.ImmediateForSafety(actionIds(problems.numbers(p, "grounds.actions")),
                    p.one("grounds.justification"));
        }
        Safeguards safeguards = safeguards(by, p, problems);
        // Never defaulted here: whoever authorises chooses when the restriction is reviewed (the form offers six months).
        LocalDate reviewDate = problems.date(p, "reviewDate", "the date the restriction will be reviewed (within 12"
                + " months; usually 6)", true);
        Option<WhileInForce> whileInForce = whileInForce(p, problems);
        Grounds chosen = grounds;
        // absent: the decision is about the resident only
        boolean forTheProperty = Problems.yes(p.one("forTheProperty"));
        return problems.orElse(() -> new AuthoriseMeasuresUseCase.Command(by, caseId,
                new MeasuresProposal(List.ofAll(measures), chosen, p.one("reasons"), safeguards, reviewDate,
                        whileInForce, forTheProperty)));
    }

    /** Whether the new decision adds to or replaces one in force, if given (the policy asks for it when one is). */
    private static Option<WhileInForce> whileInForce(Params p, Problems problems) {
        if (p.one("whileInForce.type").isEmpty()) {
            return Option.none();
        }
        WhileInForceType type = problems.choice(p, "whileInForce.type", WhileInForceType.class,
                "whether this decision adds to the one in force or replaces it");
        if (type == WhileInForceType.ADDS_TO) {
            return Option.some(new WhileInForce.AddsTo());
        }
        Integer replaced = type == null ? null : problems.number(p, "whileInForce.decision",
                "the decision this one replaces");
        return replaced == null ? Option.none() : Option.some(new WhileInForce.Replaces(new DecisionId(replaced)));
    }

    private Safeguards safeguards(StaffId by, Params p, Problems problems) {
        String informer = p.one("safeguards.whoInformsResident");
        StaffId who = informer.isEmpty() ? by : new StaffId(informer);
        if (colleagues.find(who).isEmpty()) {
            problems.add("safeguards.whoInformsResident", "Choose a member of staff from the list.");
        }
        String needed = p.one("safeguards.legalAdviceNeeded");
        String notes = p.one("safeguards.legalAdvice");
        Option<LegalAdviceConsidered> legal = needed.isEmpty() && notes.isEmpty() ? Option.none()
                : Option.some(new LegalAdviceConsidered(Problems.yes(needed), notes));
        String justification = p.one("safeguards.adjustmentConflictJustification");
        return new Safeguards(p.one("safeguards.equalityAndVulnerabilityNotes"), teams(p, "safeguards.teamsConsulted"),
                teams(p, "safeguards.teamsInformed"), who, legal,
                justification.isEmpty() ? Option.none() : Option.some(justification),
                given(p, "safeguards.howComplaintsAreStillHeard"));
    }

    /** Optional text: none when absent or blank. */
    private static Option<String> given(Params p, String name) {
        String text = p.one(name);
        return text.isBlank() ? Option.none() : Option.some(text);
    }

    /** Teams as a JSON list, or one a line (or comma-separated) in a form. */
    private static List<String> teams(Params p, String name) {
        java.util.List<String> given = p.all(name);
        if (given.size() == 1) {
            given = Arrays.stream(given.get(0).split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return List.ofAll(given);
    }

    public Either<Refusal, RecordResidentInformedUseCase.Command> recordInformed(StaffId by, CaseId caseId,
            DecisionId decision, Params p) {
        Problems problems = new Problems();
        Instant at = problems.moment(p, "informedAt", "when the resident was informed", null);
        String informer = p.one("informedBy");
        StaffId who = informer.isEmpty() ? by : new StaffId(informer);
        InformedHow how = problems.choice(p, "how", InformedHow.class, "how the resident was informed");
        return problems.orElse(() -> new RecordResidentInformedUseCase.Command(by, caseId, decision,
                new ResidentInformed(at, who, how)));
    }

    /** Withholding notice of a decision, or keeping it withheld at its re-check: why, and when to re-check. */
    public Either<Refusal, WithholdNoticeUseCase.Command> withholdNotice(StaffId by, CaseId caseId,
            DecisionId decision, Params p) {
        Problems problems = new Problems();
        LocalDate recheckOn = problems.date(p, "recheckOn", "the date to re-check", false);
        return problems.orElse(() -> new WithholdNoticeUseCase.Command(by, caseId, decision, p.one("risk"),
                recheckOn));
    }

    /** Ending withholding notice at its re-check: why telling the resident no longer creates a risk. */
    public Either<Refusal, WithholdNoticeUseCase.End> endNoticeWithheld(StaffId by, CaseId caseId,
            DecisionId decision, Params p) {
        return Either.right(new WithholdNoticeUseCase.End(by, caseId, decision, p.one("reasons")));
    }

    public Either<Refusal, LodgeAppealUseCase.Command> lodgeAppeal(StaffId by, CaseId caseId, DecisionId decision,
            Params p) {
        Problems problems = new Problems();
        LocalDate received = problems.date(p, "received", "the date the appeal was received", true);
        return problems.orElse(() -> new LodgeAppealUseCase.Command(by, caseId, decision, received, p.one("grounds")));
    }

    public Either<Refusal, DecideAppealUseCase.Command> decideAppeal(StaffId by, CaseId caseId, AppealId appeal,
            Params p) {
        Problems problems = new Problems();
        AppealOutcome outcome = problems.choice(p, "outcome", AppealOutcome.class, "the outcome of the appeal");
        java.util.List<Measure> varied = MeasureInput.measures(p, "variedMeasures", colleagues, problems);
        return problems.orElse(() -> new DecideAppealUseCase.Command(by, caseId, appeal, outcome, List.ofAll(varied),
                p.one("reasons")));
    }

    public Either<Refusal, ReviewRestrictionUseCase.Command> review(StaffId by, CaseId caseId, DecisionId decision,
            Params p) {
        Problems problems = new Problems();
        ReviewOutcome outcome = problems.choice(p, "outcome", ReviewOutcome.class, "the outcome of the review");
        java.util.List<Measure> varied = MeasureInput.measures(p, "variedMeasures", colleagues, problems);
        LocalDate next = problems.date(p, "nextReviewDate", "the next review date", false);
        return problems.orElse(() -> new ReviewRestrictionUseCase.Command(by, caseId, decision, outcome,
                List.ofAll(varied), p.one("reasons"), Option.of(next)));
    }

    public Either<Refusal, LiftRestrictionUseCase.Command> lift(StaffId by, CaseId caseId, DecisionId decision,
            Params p) {
        return Either.right(new LiftRestrictionUseCase.Command(by, caseId, decision, p.one("reasons")));
    }

    /**
     * A correction of record {@code number}: an action's report fields as when recording it, a warning's reasons and
     * what must change, a decision's reasons and (optionally) review date; and why.
     */
    public Either<Refusal, AmendRecordUseCase.Command> amend(StaffId by, CaseId caseId, EnteredInError.Part part,
            int number, Params p) {
        Problems problems = new Problems();
        AmendRecordUseCase.Correction correction = switch (part) {
            case ACTION -> {
                ActionReport report = report(p, by, problems);
                yield report == null ? null : new AmendRecordUseCase.ActionCorrection(report);
            }
            case WARNING -> new AmendRecordUseCase.WarningCorrection(p.one("reasons"), p.one("whatMustChange"));
            case DECISION -> new AmendRecordUseCase.DecisionCorrection(p.one("reasons"),
                    Option.of(problems.date(p, "reviewDate", "the review date", false)),
                    given(p, "howComplaintsAreStillHeard"));
        };
        return problems.orElse(() -> new AmendRecordUseCase.Command(by, caseId, number, correction, p.one("reason")));
    }

    /** Correspondence filed without a reply: the date received, how it came, a short summary. */
    public Either<Refusal, FiledCorrespondenceUseCase.Log> logCorrespondence(StaffId by, CaseId caseId, Params p) {
        Problems problems = new Problems();
        LocalDate receivedOn = problems.date(p, "receivedOn", "the date it was received", true);
        Channel channel = problems.choice(p, "channel", Channel.class, "how it came");
        return problems.orElse(() -> new FiledCorrespondenceUseCase.Log(by, caseId, receivedOn, channel,
                p.one("summary")));
    }

    /**
     * The screening of filed correspondence {@code number}: whether it raises a new issue or complaint
     * ({@code newIssue}: yes or no) and what was done ({@code newIssueAction}), and the same for a safeguarding
     * concern ({@code safeguarding}, {@code safeguardingAction}).
     */
    public Either<Refusal, FiledCorrespondenceUseCase.Screen> screenCorrespondence(StaffId by, CaseId caseId,
            int number, Params p) {
        Problems problems = new Problems();
        Boolean newIssue = yesOrNo(p, "newIssue", "whether it raises a new issue or complaint", problems);
        Boolean safeguarding = yesOrNo(p, "safeguarding", "whether it raises a safeguarding concern", problems);
        return problems.orElse(() -> new FiledCorrespondenceUseCase.Screen(by, caseId, number,
                Boolean.TRUE.equals(newIssue) ? Option.some(p.one("newIssueAction")) : Option.none(),
                Boolean.TRUE.equals(safeguarding) ? Option.some(p.one("safeguardingAction")) : Option.none()));
    }

    private static Boolean yesOrNo(Params p, String name, String what, Problems problems) {
        String given = p.one(name);
        if (!given.equals("yes") && !given.equals("no") && !given.equals("true") && !given.equals("false")) {
            problems.add(name, "Say " + what + ": yes or no.");
            return null;
        }
        return Problems.yes(given);
    }

    public Either<Refusal, MarkEnteredInErrorUseCase.Command> markEnteredInError(StaffId by, CaseId caseId,
            EnteredInError.Part part, int number, Params p) {
        return Either.right(new MarkEnteredInErrorUseCase.Command(by, caseId, part, number, p.one("reason")));
    }

    private static List<ActionId> actionIds(java.util.List<Integer> numbers) {
        return List.ofAll(numbers).map(ActionId::new); // Problems.numbers keeps only numbers from 1
    }
}
