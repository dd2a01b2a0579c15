package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.List;
import java.util.function.Function;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.letters.LetterPdfs;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.MeasureLines;
import org.uca.adapter.web.view.LetterView;
import org.uca.adapter.web.view.SubjectAccessPage;
import org.uca.adapter.web.view.SubjectAccessPage.Table;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.ExportSubjectAccessUseCase;
import org.uca.application.port.in.ExportSubjectAccessUseCase.SubjectAccessExport;
import org.uca.application.port.out.AuditLog;
import org.uca.domain.cases.AffectedParty;
import org.uca.domain.cases.Amendment;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.cases.Grounds;
import org.uca.domain.cases.Safeguards;

/**
 * A subject access request answered from the app (UK GDPR Article 15): everything held about one resident as a
 * printable document, for the Data Protection Officer or an administrator. {@code /subject-access} asks for the
 * resident's reference; the export itself is audited and logged as a look by the application.
 */
public final class SubjectAccessController {

    private final PageWriter pages;
    private final ExportSubjectAccessUseCase exportSubjectAccess;
    private final LetterPdfs pdfs;

    SubjectAccessController(PageWriter pages, ExportSubjectAccessUseCase exportSubjectAccess, LetterPdfs pdfs) {
        this.pages = pages;
        this.exportSubjectAccess = exportSubjectAccess;
        this.pdfs = pdfs;
    }

    public void register(RouteTable routes) {
        routes.get("/subject-access", this::ask);
        // The PDF's route first, so its address is never read as the page's.
        routes.get("/residents/{resident}/subject-access.pdf", this::exportPdf);
        routes.get("/residents/{resident}/subject-access", this::export);
    }

    /** The reference asked for, as the export's address; the form again when none was given. */
    private void ask(Context ctx) {
        String reference = Option.of(ctx.queryParam("resident")).map(String::strip).getOrElse("");
        if (!reference.isEmpty()) {
            ctx.redirect("/residents/" + java.net.URLEncoder.encode(reference, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20") + "/subject-access");
            return;
        }
        pages.render(ctx, "subject-access-ask.jte", pages.frame(ctx, "Subject access request"));
    }

    private void export(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        pages.render(ctx, "subject-access.jte", document(ctx));
    }

    /** The same export as a PDF (each request is an export of its own, audited and logged as one). */
    private void exportPdf(Context ctx) {
        SubjectAccessPage page = document(ctx);
        byte[] pdf = pdfs.pdf("subject-access-pdf.jte", page, "The export");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "attachment; filename=\"subject-access-"
                + page.reference().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".pdf\"");
        ctx.result(pdf);
    }

    private SubjectAccessPage document(Context ctx) {
        SubjectAccessExport x = orFail(exportSubjectAccess.export(RequestSessions.me(ctx), PathParams.residentId(ctx)));
        String name = x.directoryEntry().map(r -> r.name()).getOrElse("Resident " + x.resident().value());
        return new SubjectAccessPage(pages.frame(ctx, "Everything held about " + name), name, x.resident().value(),
                UkDates.dateTime(x.exportedAt()), ctx.path() + ".pdf", tables(x),
                x.lettersIssued().map(l -> LetterView.of(l, pdfs.landlord())).toJavaList());
    }

    private static List<Table> tables(SubjectAccessExport x) {
        Option<Case> c = x.theCase();
        return List.of(
                new Table("details", "Your details as the housing system holds them", "The housing system does not"
                        + " hold this reference.", List.of("Name", "Reference", "Address"),
                        rows(x.directoryEntry().toList(), r -> List.of(r.name(), r.id().value(), r.address()))),
                new Table("characteristics", "Equality information the housing system holds about you",
                        "The housing system supplies none.", List.of("Protected characteristic", "As held"),
                        rows(x.directoryEntry().toList().flatMap(r -> r.characteristics().toList().sortBy(t -> t._1)),
                                t -> List.of(t._1.title(), t._2))),
                new Table("actions", "Unacceptable actions recorded", "None.", List.of("Number", "When", "Kind",
                        "Who was affected", "How", "What happened", "Raises safety concerns", "Recorded by",
                        "Recorded", "Entered in error"),
                        rows(c.map(Case::actions), a -> List.of(String.valueOf(a.id().number()),
                                UkDates.dateTime(a.occurredAt()), a.kind().label() + (a.report().otherKind().isEmpty()
                                        ? "" : " – " + a.report().otherKind()),
                                a.report().affected().stream().sorted().map(AffectedParty::label)
                                        .reduce((p, q) -> p + ", " + q).orElse(""),
                                a.report().channel().label(), a.report().whatHappened(),
                                a.raisesSafetyConcerns() ? "Yes" : "No", a.recordedBy().value(),
                                UkDates.dateTime(a.recordedAt()), enteredInError(a.enteredInError())))),
                new Table("warnings", "Warnings", "None.", List.of("Number", "Issued", "Actions referred to",
                        "Reasons", "What must change", "Issued by", "Entered in error"),
                        rows(c.map(Case::warnings), w -> List.of(String.valueOf(w.id().number()),
                                UkDates.dateTime(w.issuedAt()), w.actionsReferredTo().map(a -> "action " + a)
                                        .mkString(", "), w.reasons(), w.whatMustChange(), w.issuedBy().value(),
                                enteredInError(w.enteredInError())))),
                new Table("decisions", "Decisions", "None.", List.of("Number", "Status", "Measures", "Grounds",
                        "Reasons", "Authorised by", "Authorised", "Review date", "Told of it", "Replaces",
                        "Entered in error", "Flagged for review"),
                        rows(c, (k, d) -> List.of(String.valueOf(d.id().number()), d.status().label(),
                                d.measures().map(MeasureLines::described).mkString("; "),
                                grounds(d.grounds()), d.reasons(), d.authorisedBy().id().value() + " – "
                                        + d.authorisedBy().name() + " (" + d.authorisedBy().authority().title() + ")",
                                UkDates.dateTime(d.authorisedAt()), UkDates.date(d.reviewDate()),
                                d.residentInformed().map(i -> i.how().label() + ", " + UkDates.dateTime(i.informedAt())
                                        + ", by " + i.informedBy().value()).getOrElse("Not yet"),
                                d.replaces().map(r -> "decision " + r).getOrElse(""),
                                enteredInError(d.enteredInError()), k.restsOnEntriesInError(d)
                                        ? "Yes: it rests only on records entered in error" : "No"))),
                new Table("safeguards", "Safeguards recorded for each decision", "None.", List.of("Decision",
                        "Equality, vulnerability and reasonable adjustments considered", "Teams consulted",
                        "Teams informed", "Who tells the resident", "Legal advice",
                        "Why a conflict with a reasonable adjustment is justified",
                        "How new complaints and new issues are still heard"),
                        rows(c.map(Case::decisions), d -> safeguardRow(d))),
                new Table("superseded", "Earlier versions, superseded by a correction", "None.", List.of("Record",
                        "Superseded", "By", "Why", "What it said"),
                        rows(c.map(SubjectAccessController::supersededRows), r -> r)),
                new Table("reviews", "Reviews", "None.", List.of("Decision", "Reviewed", "Outcome", "Reasons",
                        "Reviewed by", "Next review"),
                        rows(c.map(k -> k.decisions().flatMap(SubjectAccessController::reviewRows)), r -> r)),
                // the application leaves out why while notice is withheld (Case.asDisclosedToTheResident)
                new Table("notices-withheld", "Notice of a decision withheld", "None.", List.of("Decision",
                        "Signed off", "Signed off by", "Why", "Re-check on", "Ended"),
                        rows(c.map(k -> k.decisions().flatMap(SubjectAccessController::noticeWithheldRows)),
                                r -> r)),
                new Table("appeals", "Appeals", "None.", List.of("Number", "Against decision", "Received", "Grounds",
                        "Due by", "Outcome"),
                        rows(c.map(Case::appeals), a -> List.of(String.valueOf(a.id().number()),
                                String.valueOf(a.decision().number()), UkDates.date(a.received()), a.grounds(),
                                UkDates.date(a.dueBy()), a.outcome().map(o -> o.outcome().label() + " by "
                                        + o.decidedBy().id().value() + " – " + o.decidedBy().name() + " on "
                                        + UkDates.dateTime(o.decidedAt()) + ": " + o.reasons()).getOrElse("Waiting")))),
                new Table("needs", "Reasonable adjustments and needs", "None recorded.", List.of("What", "Notes"),
                        rows(c.map(k -> k.needs().adjustments().map(a -> List.of(a.kind().label(), a.notes()))
                                .appendAll(k.needs().vulnerabilityNotes().isEmpty() ? io.vavr.collection.List.empty()
                                        : io.vavr.collection.List.of(List.of("Vulnerability notes",
                                                k.needs().vulnerabilityNotes())))
                                .appendAll(k.needs().amendments().map(m -> List.of("Superseded on "
                                        + UkDates.dateTime(m.at()) + " by " + m.by().value() + ": " + m.reason(),
                                        "It said: " + NeedsLines.said(m.superseded()))))), r -> r)),
                new Table("contacts", "Contact time recorded", "None.", List.of("When", "Minutes", "How", "By"),
                        rows(c.map(Case::contacts), m -> List.of(UkDates.dateTime(m.at()), String.valueOf(m.minutes()),
                                m.channel().label(), m.by().value()))),
                new Table("correspondence", "Correspondence filed without a reply, and its screening", "None.",
                        List.of("Number", "Received", "How", "About", "Logged by", "Screen by", "New issue or"
                                + " complaint", "Safeguarding concern", "Screened"),
                        rows(c.map(Case::filedCorrespondence), f -> List.of(String.valueOf(f.number()),
                                UkDates.date(f.receivedOn()), f.channel().label(), f.summary(), f.loggedBy().value()
                                        + ", " + UkDates.dateTime(f.loggedAt()), UkDates.date(f.screenBy()),
                                f.screening().map(s -> s.newIssue().getOrElse("None")).getOrElse(""),
                                f.screening().map(s -> s.safeguarding().getOrElse("None")).getOrElse(""),
                                f.screening().map(s -> s.by().value() + ", " + UkDates.dateTime(s.at()))
                                        .getOrElse("Not yet")))),
                new Table("history", "The case's history", "No case.", List.of("When", "What", "By"),
                        rows(c.map(Case::history), e -> List.of(UkDates.dateTime(e.at()), e.summary(),
                                e.by().value()))),
                new Table("sendings", "How the letters were sent", "None recorded.", List.of("Letter", "How", "By",
                        "When", "E-mailed to"),
                        rows(x.letterSendings(), s -> List.of(s.letter(), s.how().label(), s.by().value(),
                                UkDates.dateTime(s.at()), s.emailTo().getOrElse("")))),
                new Table("notifications", "Notifications to staff about the case", "None.", List.of("To", "Subject",
                        "Message", "Written", "Sent"),
                        rows(x.notifications(), n -> List.of(n.audience().name().toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' ') + (n.teams().isEmpty() ? "" : ": " + n.teams().mkString(", ")),
                                n.subject(), n.body(), UkDates.dateTime(n.createdAt()),
                                n.sentAt().map(UkDates::dateTime).getOrElse("Not yet")))),
                new Table("audit", "Audit trail: everything done or attempted", "None.", List.of("When", "Who",
                        "What", "Outcome", "Why"),
                        rows(x.auditTrail().appendAll(x.otherAuditEntries()).sortBy(AuditLog.Entry::at),
                                e -> List.of(UkDates.dateTime(e.at()), e.who().value(), e.command(),
                                        CaseAuditController.outcome(e.outcome()), e.why()))),
                new Table("looked", "Who has looked at this data", "Nobody yet.", List.of("When", "Who", "What"),
                        rows(x.accessLines(), a -> List.of(UkDates.dateTime(a.at()), a.who().value(), a.what()))),
                new Table("systems", "Sent to the landlord's other systems", "Nothing.", List.of("When", "To",
                        "What", "Delivery"),
                        rows(x.sentToOtherSystems(), e -> List.of(UkDates.dateTime(e.queuedAt()), e.system(),
                                e.type().label(), e.status().name().charAt(0) + e.status().name().substring(1)
                                        .toLowerCase(java.util.Locale.ROOT)))));
    }

    /** Who marked a record as entered in error, when and why; "No" if nobody did. */
    private static String enteredInError(Option<EnteredInError> marked) {
        return marked.map(e -> "Yes: by " + e.by().value() + " on " + UkDates.dateTime(e.at()) + ", because "
                + e.reason()).getOrElse("No");
    }

    private static String grounds(Grounds grounds) {
        return grounds instanceof Grounds.AfterWarning w
                ? "After warning " + w.warning() + ", further actions " + w.furtherActions().mkString(", ")
                : "Immediate action for safety, on actions " + grounds.actions().mkString(", ") + ": "
                        + ((Grounds.ImmediateForSafety) grounds).justification();
    }

    private static List<String> safeguardRow(Decision d) {
        Safeguards s = d.safeguards();
        return List.of(String.valueOf(d.id().number()), s.equalityAndVulnerabilityNotes(),
                s.teamsConsulted().mkString(", "), s.teamsInformed().mkString(", "), s.whoInformsResident().value(),
                s.legalAdvice().map(l -> (l.needed() ? "Needed: " : "Not needed: ") + l.notes())
                        .getOrElse("Not asked for"), s.adjustmentConflictJustification().getOrElse(""),
                s.howComplaintsAreStillHeard().getOrElse(""));
    }

    /** Each version of an action, warning or decision a correction superseded: who, when, why, what it said. */
    private static Seq<List<String>> supersededRows(Case c) {
        return c.actions().flatMap(a -> superseded("Action " + a.id(), a.amendments(), r -> r.kind().label()
                        + (r.otherKind().isEmpty() ? "" : " – " + r.otherKind()) + ", " + UkDates.dateTime(r.occurredAt())
                        + ", " + r.channel().label() + ", affecting " + r.affected().stream().sorted()
                        .map(AffectedParty::label).reduce((p, q) -> p + ", " + q).orElse("nobody") + ": "
                        + r.whatHappened() + (r.safetyConcern() ? " (raises safety concerns)" : "")))
                .appendAll(c.warnings().flatMap(w -> superseded("Warning " + w.id(), w.amendments(),
                        t -> "Reasons: " + t.reasons() + " What must change: " + t.whatMustChange())))
                .appendAll(c.decisions().flatMap(d -> superseded("Decision " + d.id(), d.amendments(),
                        t -> "Reasons: " + t.reasons() + " Review date: " + UkDates.date(t.reviewDate())
                                + t.howComplaintsAreStillHeard().map(h -> " How new complaints and new issues are"
                                        + " still heard: " + h).getOrElse(""))));
    }

    private static <T> Seq<List<String>> superseded(String record, Seq<Amendment<T>> amendments,
            Function<T, String> said) {
        return amendments.map(m -> List.of(record, UkDates.dateTime(m.at()), m.by().value(), m.reason(),
                said.apply(m.superseded())));
    }

    /** Each sign-off withholding notice of the decision, the last saying whether and how it ended. */
    private static Seq<List<String>> noticeWithheldRows(Decision d) {
        return d.noticeWithheld().toList().flatMap(n -> n.all().zipWithIndex().map(w -> List.of(
                String.valueOf(d.id().number()), UkDates.dateTime(w._1.at()), w._1.signedOffBy().id().value() + " – "
                        + w._1.signedOffBy().name(), w._1.risk(), UkDates.date(w._1.recheckOn()),
                n.endingOf(w._1.at()).map(e -> e.because().label() + ", " + UkDates.dateTime(e.at()) + (e.reasons()
                        .isEmpty() ? "" : ": " + e.reasons())).getOrElse(w._2 < n.earlier().size()
                        ? "Kept at its re-check" : "Not yet: notice is withheld"))));
    }

    private static Seq<List<String>> reviewRows(Decision d) {
        return d.reviews().map(r -> List.of(String.valueOf(d.id().number()), UkDates.dateTime(r.reviewedAt()),
                r.outcome().label(), r.reasons(), r.reviewedBy().id().value() + " – " + r.reviewedBy().name(),
                r.nextReviewDate().map(UkDates::date).getOrElse("")));
    }

    /** A row per decision of the case held, each made knowing the case (which the decision's flag needs). */
    private static List<List<String>> rows(Option<Case> held,
            java.util.function.BiFunction<Case, Decision, List<String>> row) {
        return held.map(k -> rows(k.decisions(), d -> row.apply(k, d))).getOrElse(List.of());
    }

    private static <T> List<List<String>> rows(Option<? extends Seq<T>> held, Function<T, List<String>> row) {
        return held.map(s -> rows(s, row)).getOrElse(List.of());
    }

    private static <T> List<List<String>> rows(Seq<T> held, Function<T, List<String>> row) {
        return held.map(row).toJavaList();
    }
}
