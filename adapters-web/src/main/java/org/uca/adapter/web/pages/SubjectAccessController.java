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
import org.uca.adapter.web.view.LetterView;
import org.uca.adapter.web.view.SubjectAccessPage;
import org.uca.adapter.web.view.SubjectAccessPage.Table;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.ExportSubjectAccessUseCase;
import org.uca.application.port.in.ExportSubjectAccessUseCase.SubjectAccessExport;
import org.uca.application.port.out.AuditLog;
import org.uca.domain.cases.AffectedParty;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.Decision;

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
                new Table("actions", "Unacceptable actions recorded", "None.", List.of("Number", "When", "Kind",
                        "Who was affected", "How", "What happened", "Recorded by"),
                        rows(c.map(Case::actions), a -> List.of(String.valueOf(a.id().number()),
                                UkDates.dateTime(a.occurredAt()), a.kind().label() + (a.report().otherKind().isEmpty()
                                        ? "" : " – " + a.report().otherKind()),
                                a.report().affected().stream().sorted().map(AffectedParty::label)
                                        .reduce((p, q) -> p + ", " + q).orElse(""),
                                a.report().channel().label(), a.report().whatHappened(), a.recordedBy().value()))),
                new Table("warnings", "Warnings", "None.", List.of("Number", "Issued", "Actions referred to",
                        "Reasons", "What must change", "Issued by"),
                        rows(c.map(Case::warnings), w -> List.of(String.valueOf(w.id().number()),
                                UkDates.dateTime(w.issuedAt()), w.actionsReferredTo().map(a -> "action " + a)
                                        .mkString(", "), w.reasons(), w.whatMustChange(), w.issuedBy().value()))),
                new Table("decisions", "Decisions", "None.", List.of("Number", "Status", "Measures", "Reasons",
                        "Authorised by", "Authorised", "Review date", "Told of it"),
                        rows(c.map(Case::decisions), d -> List.of(String.valueOf(d.id().number()), d.status().label(),
                                d.measures().map(m -> m.kind().label() + ": " + m.inPlainEnglish()).mkString("; "),
                                d.reasons(), d.authorisedBy().name() + " (" + d.authorisedBy().authority().title()
                                        + ")", UkDates.dateTime(d.authorisedAt()), UkDates.date(d.reviewDate()),
                                d.residentInformed().map(i -> i.how().label() + ", " + UkDates.dateTime(i.informedAt()))
                                        .getOrElse("Not yet")))),
                new Table("reviews", "Reviews", "None.", List.of("Decision", "Reviewed", "Outcome", "Reasons",
                        "Reviewed by", "Next review"),
                        rows(c.map(k -> k.decisions().flatMap(SubjectAccessController::reviewRows)), r -> r)),
                new Table("appeals", "Appeals", "None.", List.of("Number", "Against decision", "Received", "Grounds",
                        "Due by", "Outcome"),
                        rows(c.map(Case::appeals), a -> List.of(String.valueOf(a.id().number()),
                                String.valueOf(a.decision().number()), UkDates.date(a.received()), a.grounds(),
                                UkDates.date(a.dueBy()), a.outcome().map(o -> o.outcome().label() + " by "
                                        + o.decidedBy().name() + ": " + o.reasons()).getOrElse("Waiting")))),
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
                        rows(x.accessLines(), a -> List.of(UkDates.dateTime(a.at()), a.who().value(), a.what()))));
    }

    private static Seq<List<String>> reviewRows(Decision d) {
        return d.reviews().map(r -> List.of(String.valueOf(d.id().number()), UkDates.dateTime(r.reviewedAt()),
                r.outcome().label(), r.reasons(), r.reviewedBy().name(),
                r.nextReviewDate().map(UkDates::date).getOrElse("")));
    }

    private static <T> List<List<String>> rows(Option<? extends Seq<T>> held, Function<T, List<String>> row) {
        return held.map(s -> rows(s, row)).getOrElse(List.of());
    }

    private static <T> List<List<String>> rows(Seq<T> held, Function<T, List<String>> row) {
        return held.map(row).toJavaList();
    }
}
