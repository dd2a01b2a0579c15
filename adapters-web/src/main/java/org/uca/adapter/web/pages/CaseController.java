package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.MeasureLines;
import org.uca.adapter.web.view.CasePage;
import org.uca.adapter.web.view.Link;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.CasePageQuery;
import org.uca.application.port.in.Task;
import org.uca.domain.cases.AffectedParty;
import org.uca.domain.cases.Amendment;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.cases.Grounds;
import org.uca.domain.cases.Safeguards;

/**
 * The case page: what happened, what was decided, the appeals, the timeline and audit trail, and what to do next —
 * from one use-case call that carries every name it shows.
 */
public final class CaseController {

    private final PageWriter pages;
    private final FormDefaults defaults;
    private final CasePageQuery casePage;

    CaseController(PageWriter pages, FormDefaults defaults, CasePageQuery casePage) {
        this.pages = pages;
        this.defaults = defaults;
        this.casePage = casePage;
    }

    public void register(RouteTable routes) {
        routes.get("/cases/{case}", this::casePage);
    }

    private void casePage(Context ctx) {
        CasePageQuery.CasePage v = orFail(casePage.casePage(RequestSessions.me(ctx), PathParams.caseId(ctx)));
        Case c = v.theCase();
        String base = "/cases/" + c.id();
        String rid = c.resident().value();
        List<CasePage.ActionRow> actions = c.actions().map(a -> new CasePage.ActionRow(a.id().number(),
                UkDates.dateTime(a.occurredAt()), a.kind().label() + (a.report().otherKind().isEmpty() ? ""
                        : " – " + a.report().otherKind()),
                a.report().affected().stream().sorted().map(AffectedParty::label).reduce((x, y) -> x + ", " + y)
                        .orElse(""),
                a.report().channel().label(), a.report().whatHappened(), a.raisesSafetyConcerns(),
                v.nameOf(a.recordedBy()), enteredInError(v, a.enteredInError()),
                markHref(ctx, v, EnteredInError.Part.ACTION, a.id().number()),
                superseded(v, a.amendments(), r -> r.kind().label() + " (" + r.channel().label() + ", "
                        + UkDates.dateTime(r.occurredAt()) + "): " + r.whatHappened()),
                amendHref(ctx, v, EnteredInError.Part.ACTION, a.id().number()))).toJavaList();
        List<CasePage.WarningRow> warnings = c.warnings().map(w -> new CasePage.WarningRow(w.id().number(),
                UkDates.dateTime(w.issuedAt()), v.nameOf(w.issuedBy()),
                w.actionsReferredTo().map(a -> "action " + a).mkString(", "), w.reasons(), w.whatMustChange(),
                base + "/letters/warning/" + w.id(), enteredInError(v, w.enteredInError()),
                markHref(ctx, v, EnteredInError.Part.WARNING, w.id().number()),
                w.isEnteredInError() ? base + "/letters/correction/warning/" + w.id() : null,
                superseded(v, w.amendments(), t -> "Reasons: " + t.reasons() + " What must change: "
                        + t.whatMustChange()),
                supersededLetters(v, EnteredInError.Part.WARNING, w.id().number()),
                amendHref(ctx, v, EnteredInError.Part.WARNING, w.id().number()))).toJavaList();
        List<CasePage.DecisionRow> decisions = c.decisions().map(d -> decisionRow(ctx, v, d)).toJavaList();
        LocalDate today = defaults.today();
        List<CasePage.AppealRow> appeals = c.appeals().map(a -> new CasePage.AppealRow(a.id().number(),
                a.decision().number(), UkDates.date(a.received()), UkDates.date(a.dueBy()), a.reviewLevel().title(),
                a.grounds(), a.outcome().map(o -> o.outcome().label() + " by " + o.decidedBy().name() + ": "
                        + o.reasons()).getOrElse(() -> c.awaitsDecision(a) ? "Waiting for a decision"
                        : "Not decided: decision " + a.decision() + " was entered in error"),
                c.awaitsDecision(a) && a.overdueOn(today),
                a.decided() ? base + "/letters/appeal/" + a.id() : null,
                c.awaitsDecision(a) && OfferedTasks.offered(ctx, Task.DECIDE_APPEAL)
                        && v.appealsYouMayDecide().contains(a.id())
                        ? base + "/appeals/" + a.id() + "/decide" : null)).toJavaList();
        List<CasePage.TimelineRow> timeline = v.timeline().map(t -> new CasePage.TimelineRow(
                UkDates.dateTime(t.event().at()), t.event().summary(), t.byName())).toJavaList();
        List<CasePage.AuditRow> audit = v.audit().map(t -> new CasePage.AuditRow(UkDates.dateTime(t.entry().at()),
                t.whoName(), t.entry().command(), t.entry().outcome().name().toLowerCase().replace('_', ' '),
                t.entry().why())).toJavaList();
        pages.render(ctx, "case.jte", new CasePage(pages.frame(ctx, "Case: " + v.resident().name()),
                c.id().toString(), v.resident().name(), rid, "/residents/" + rid, v.guidanceNow().restricted(),
                commands(ctx, c), actions, warnings, decisions, appeals,
                c.needs().adjustments().map(a -> a.kind().label() + (a.notes().isEmpty() ? "" : ": " + a.notes()))
                        .toJavaList(), c.needs().vulnerabilityNotes(), NeedsLines.superseded(c.needs(), v::nameOf),
                timeline, audit, correspondence(ctx, v, today)));
    }

    /** Correspondence filed without a reply, with its deadline and what screening found. */
    private static List<CasePage.CorrespondenceRow> correspondence(Context ctx, CasePageQuery.CasePage v,
            LocalDate today) {
        Case c = v.theCase();
        return c.filedCorrespondence().map(f -> new CasePage.CorrespondenceRow(f.number(),
                UkDates.date(f.receivedOn()) + " by " + f.channel().label(), f.summary(), UkDates.date(f.screenBy()),
                f.overdue(today), f.screening().map(s -> sentence(s.newIssue().map(n -> "New issue or complaint: " + n)
                        .getOrElse("No new issue or complaint")) + " " + sentence(s.safeguarding()
                        .map(g -> "Safeguarding concern: " + g).getOrElse("No safeguarding concern")) + " Screened by "
                        + v.nameOf(s.by()) + ", " + UkDates.dateTime(s.at())
                        + (f.screenedLate() ? " (after its deadline)" : "") + ".").getOrNull(),
                !f.screened() && OfferedTasks.offered(ctx, Task.SCREEN_FILED_CORRESPONDENCE)
                        ? "/cases/" + c.id() + "/correspondence/" + f.number() + "/screening" : null)).toJavaList();
    }

    /** The text as a sentence: a full stop added unless it ends in one already. */
    private static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
    }

    private static List<Link> commands(Context ctx, Case c) {
        String base = "/cases/" + c.id();
        String rid = c.resident().value();
        List<Link> commands = new ArrayList<>();
        if (OfferedTasks.offered(ctx, Task.RECORD_ACTIONS)) {
            commands.add(new Link("Record an unacceptable action", "/residents/" + rid + "/record-action"));
        }
        if (OfferedTasks.offered(ctx, Task.ISSUE_WARNING) && !c.actions().isEmpty()) {
            commands.add(new Link("Issue a warning", base + "/warning"));
        }
        if (OfferedTasks.offered(ctx, Task.AUTHORISE_MEASURES) && !c.actions().isEmpty()) {
            commands.add(new Link("Authorise measures", base + "/authorise"));
        }
        if (OfferedTasks.offered(ctx, Task.LOG_FILED_CORRESPONDENCE) && c.decisionsInForce()
                .exists(d -> d.measures().exists(m -> m.kind().limitsHowComplaintsReachUs()))) {
            commands.add(new Link("Log correspondence filed without a reply", base + "/correspondence"));
        }
        if (OfferedTasks.offered(ctx, Task.RECORD_NEEDS)) {
            commands.add(new Link("Record reasonable adjustments", "/residents/" + rid + "/adjustments"));
        }
        if (OfferedTasks.offered(ctx, Task.SEE_AUDIT_TRAIL)) {
            commands.add(new Link("See the audit trail and who has looked at this case", base + "/audit"));
        }
        return commands;
    }

    private static CasePage.DecisionRow decisionRow(Context ctx, CasePageQuery.CasePage v, Decision d) {
        Case c = v.theCase();
        String base = "/cases/" + c.id();
        List<Link> links = new ArrayList<>();
        String at = base + "/decisions/" + d.id();
        // One appeal per decision, lodged once the resident has been told of it (policy 4.2).
        boolean appealable = d.residentInformed().isDefined() && c.appeals().forAll(a -> !a.decision().equals(d.id()));
        // while notice is withheld only those who may end it may record the resident told (which ends it), and it
        // is re-checked for as long as it stands, whether or not the decision is still in force
        boolean mayEndWithholding = OfferedTasks.offered(ctx, Task.WITHHOLD_NOTICE);
        if (d.noticeToRecheck() && mayEndWithholding) {
            links.add(new Link("Re-check notice withheld", at + "/notice-recheck"));
        }
        if (d.inForce()) {
            // a decision no longer in force is told of by the letter that ended it, not its decision letter
            if (d.residentInformed().isEmpty() && OfferedTasks.offered(ctx, Task.RECORD_RESIDENT_INFORMED)
                    && (!d.noticeIsWithheld() || mayEndWithholding)) {
                links.add(new Link("Record resident informed", at + "/informed"));
            }
            // not once a letter telling the resident of it was recorded as sent: they have been, or are being, told
            if (d.residentToBeTold() && mayEndWithholding && !v.toldOfByLetter().contains(d.id())) {
                links.add(new Link("Withhold notice from the resident", at + "/withhold-notice"));
            }
            if (appealable && OfferedTasks.offered(ctx, Task.LODGE_APPEAL)) {
                links.add(new Link("Lodge an appeal", at + "/appeal"));
            }
            if (OfferedTasks.offered(ctx, Task.REVIEW_RESTRICTION)) {
                links.add(new Link("Review restriction", at + "/review"));
            }
            if (OfferedTasks.offered(ctx, Task.LIFT_RESTRICTION)) {
                links.add(new Link("Lift restriction", at + "/lift"));
            }
        }
        String mark = markHref(ctx, v, EnteredInError.Part.DECISION, d.id().number());
        if (mark != null) {
            links.add(new Link("Mark as entered in error", mark));
        }
        List<Link> reviewLetters = new ArrayList<>();
        for (int r = 1; r <= d.reviews().size(); r++) {
            reviewLetters.add(new Link("Review letter " + r, base + "/letters/review/" + d.id() + "/" + r));
        }
        // A restriction not reviewed in time lapsed: the day it did, and the letter telling the resident it ended.
        Option<java.time.LocalDate> lapsedOn = c.lapsedOn(d.id());
        lapsedOn.forEach(on -> reviewLetters.add(new Link("Restriction ended letter",
                base + "/letters/lapse/" + d.id())));
        if (d.noticeIsWithheld()) {
            // no letter about it is sent while notice is withheld (LetterSendingService refuses): none is offered
            reviewLetters.clear();
        }
        String status = d.status().label() + lapsedOn.map(on -> " (lapsed on " + UkDates.date(on) + ")").getOrElse("");
        return new CasePage.DecisionRow(d.id().number(), status, d.inForce(),
                d.measures().map(MeasureLines::described).toJavaList(), grounds(d),
                d.reasons(), d.authorisedBy().name() + " (" + d.authorisedBy().authority().title() + ")",
                UkDates.dateTime(d.authorisedAt()), UkDates.date(d.reviewDate()),
                d.residentInformed().map(i -> i.how().label() + " by " + v.nameOf(i.informedBy()) + ", "
                        + UkDates.dateTime(i.informedAt())).getOrElse(d.noticeIsWithheld()
                        ? "Not yet: notice is withheld" : "Not yet"),
                d.noticeIsWithheld() ? null : base + "/letters/decision/" + d.id(), links, reviewLetters,
                v.safeguardsShown() ? safeguards(v, d.safeguards()) : List.of(), enteredInError(v, d.enteredInError()),
                c.restsOnEntriesInError(d), d.enteredInError().isDefined() && d.residentInformed().isDefined()
                        ? base + "/letters/correction/decision/" + d.id() : null,
                superseded(v, d.amendments(), t -> "Reasons: " + t.reasons() + " Review by "
                        + UkDates.date(t.reviewDate()) + "."),
                supersededLetters(v, EnteredInError.Part.DECISION, d.id().number()),
                amendHref(ctx, v, EnteredInError.Part.DECISION, d.id().number()),
                d.property().map(u -> "UPRN " + u.value()).getOrNull(), noticeWithheld(d),
                d.safeguards().howComplaintsAreStillHeard().getOrNull());
    }

    /**
     * "Notice withheld: … Signed off by Aisha Rahman (Assistant Director), 14 December 2026; re-check on 11 January
     * 2027", while notice of the decision is withheld from the resident (issue 15 §3); null otherwise.
     */
    private static String noticeWithheld(Decision d) {
        return d.noticeWithheld().filter(n -> n.stands()).map(n -> n.latest()).map(w -> "Notice withheld: "
                + w.risk() + " Signed off by " + w.signedOffBy().name() + " (" + w.signedOffBy().authority().title()
                + "), " + UkDates.dateTime(w.at()) + "; re-check on " + UkDates.date(w.recheckOn()) + ".")
                .getOrNull();
    }

    /** "Amended by Sam Whitfield, 3 December 2026 10:00: typed from the wrong note. It said: …", oldest first. */
    private static <T> List<String> superseded(CasePageQuery.CasePage v, Seq<Amendment<T>> amendments,
            Function<T, String> said) {
        return amendments.map(m -> "Amended by " + v.nameOf(m.by()) + ", " + UkDates.dateTime(m.at()) + ": "
                + m.reason() + " It said: " + said.apply(m.superseded())).toJavaList();
    }

    /** "Letter of 1 December 2026 (UCA-…/W1) superseded by the corrected letter of 3 December 2026 (…/W1-2)". */
    private static List<Link> supersededLetters(CasePageQuery.CasePage v, EnteredInError.Part part, int number) {
        return v.supersededLetters(part, number).map(l -> new Link("Letter of " + UkDates.date(l.date()) + " ("
                + l.reference() + ") superseded by the corrected letter of " + UkDates.date(l.correctedOn()) + " ("
                + l.correctedBy() + ")", LettersController.supersededHref(v.theCase().id(), part, number, l.edition())))
                .toJavaList();
    }

    /** The form amending the record, if the person may (the case's own rule), else null. */
    private static String amendHref(Context ctx, CasePageQuery.CasePage v, EnteredInError.Part part, int number) {
        return OfferedTasks.offered(ctx, Task.AMEND_RECORDS) && v.mayAmend(part, number)
                ? Addresses.amendHref(v.theCase().id(), part, number) : null;
    }

    /** "Marked by Sam Whitfield on 3 December 2026: recorded on the wrong case", or null if it was not. */
    private static String enteredInError(CasePageQuery.CasePage v, Option<EnteredInError> marked) {
        return marked.map(e -> "Marked by " + v.nameOf(e.by()) + ", " + UkDates.dateTime(e.at()) + ": "
                + e.reason()).getOrNull();
    }

    /** The form marking the part as entered in error, if the person may (the case's own rule), else null. */
    private static String markHref(Context ctx, CasePageQuery.CasePage v, EnteredInError.Part part, int number) {
        return OfferedTasks.offered(ctx, Task.MARK_ENTERED_IN_ERROR) && v.mayMark(part, number)
                ? Addresses.enteredInErrorHref(v.theCase().id(), part, number) : null;
    }

    private static List<CasePage.Safeguard> safeguards(CasePageQuery.CasePage v, Safeguards s) {
        List<CasePage.Safeguard> shown = new ArrayList<>();
        shown.add(new CasePage.Safeguard("Equality and vulnerability considered", s.equalityAndVulnerabilityNotes()));
        shown.add(new CasePage.Safeguard("Teams consulted", s.teamsConsulted().isEmpty() ? "None"
                : s.teamsConsulted().mkString(", ")));
        shown.add(new CasePage.Safeguard("Teams informed", s.teamsInformed().isEmpty() ? "None"
                : s.teamsInformed().mkString(", ")));
        shown.add(new CasePage.Safeguard("Who tells the resident", v.nameOf(s.whoInformsResident())));
        shown.add(new CasePage.Safeguard("Legal advice", s.legalAdvice().map(l -> (l.needed() ? "Needed" : "Considered,"
                + " not needed") + (l.notes().isBlank() ? "" : ": " + l.notes())).getOrElse("Not recorded (no"
                + " defamatory comments among the actions)")));
        s.adjustmentConflictJustification().forEach(j -> shown.add(new CasePage.Safeguard(
                "Why a reasonable adjustment is overridden", j)));
        return shown;
    }

    private static String grounds(Decision d) {
        if (d.grounds() instanceof Grounds.AfterWarning w) {
            return "After warning " + w.warning() + "; continued: " + w.furtherActions().map(a -> "action " + a)
                    .mkString(", ");
        }
        return "Immediate action for safety (" + d.grounds().actions().map(a -> "action " + a).mkString(", ")
                + "): " + ((Grounds.ImmediateForSafety) d.grounds()).justification();
    }
}
