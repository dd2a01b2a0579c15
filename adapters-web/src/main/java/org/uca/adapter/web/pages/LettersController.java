package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.control.Option;
import java.util.List;
import java.util.function.Function;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.letters.LetterPdfs;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.LetterPage;
import org.uca.adapter.web.view.LetterView;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Letter;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.cases.WarningId;

/**
 * The letters a case has produced: warning, decision, appeal outcome and review letters, as a page to print and, at
 * the same address with {@code .pdf} appended, as the PDF to post, hand over or e-mail (same access rules: both ask
 * the one letter query).
 */
public final class LettersController {

    private final PageWriter pages;
    private final LetterQuery letters;
    private final LetterPdfs pdfs;

    LettersController(PageWriter pages, LetterQuery letters, LetterPdfs pdfs) {
        this.pages = pages;
        this.letters = letters;
        this.pdfs = pdfs;
    }

    public void register(RouteTable routes) {
        // a letter a corrected letter replaced, as it was sent (before the letter as it stands: a longer address)
        letter(routes, "/cases/{case}/letters/warning/{number}/superseded/{edition}",
                ctx -> new LetterQuery.Which.ForWarning(new WarningId(PathParams.number(ctx, "number")),
                        Option.some(PathParams.number(ctx, "edition"))));
        letter(routes, "/cases/{case}/letters/decision/{number}/superseded/{edition}",
                ctx -> new LetterQuery.Which.ForDecision(new DecisionId(PathParams.number(ctx, "number")),
                        Option.some(PathParams.number(ctx, "edition"))));
        letter(routes, "/cases/{case}/letters/warning/{number}",
                ctx -> new LetterQuery.Which.ForWarning(new WarningId(PathParams.number(ctx, "number"))));
        letter(routes, "/cases/{case}/letters/decision/{number}",
                ctx -> new LetterQuery.Which.ForDecision(new DecisionId(PathParams.number(ctx, "number"))));
        letter(routes, "/cases/{case}/letters/lapse/{number}",
                ctx -> new LetterQuery.Which.ForLapse(new DecisionId(PathParams.number(ctx, "number"))));
        letter(routes, "/cases/{case}/letters/appeal/{number}",
                ctx -> new LetterQuery.Which.ForAppeal(new AppealId(PathParams.number(ctx, "number"))));
        for (EnteredInError.Part part : List.of(EnteredInError.Part.WARNING, EnteredInError.Part.DECISION)) {
            letter(routes, "/cases/{case}/letters/correction/" + part.word() + "/{number}",
                    ctx -> new LetterQuery.Which.ForCorrection(part, PathParams.number(ctx, "number")));
        }
        routes.get("/cases/{case}/letters/review/{number}/{review}.pdf", ctx -> pdf(ctx, review(ctx)));
        routes.get("/cases/{case}/letters/review/{number}/{review}", ctx -> page(ctx, review(ctx)));
    }

    /** Where the letter the resident had before correction {@code edition} replaced it is read again, as sent. */
    static String supersededHref(CaseId caseId, EnteredInError.Part part, int number, int edition) {
        return Addresses.caseHref(caseId) + "/letters/" + part.word() + "/" + number + "/superseded/" + edition;
    }

    /** The page and its PDF; the PDF's route first, so its address is never read as the page's. */
    private void letter(RouteTable routes, String path, Function<Context, LetterQuery.Which> which) {
        routes.get(path + ".pdf", ctx -> pdf(ctx, which.apply(ctx)));
        routes.get(path, ctx -> page(ctx, which.apply(ctx)));
    }

    private static LetterQuery.Which review(Context ctx) {
        return new LetterQuery.Which.ForReview(new DecisionId(PathParams.number(ctx, "number")),
                PathParams.number(ctx, "review"));
    }

    private Letter find(Context ctx, LetterQuery.Which which, LetterQuery.Copy copy) {
        return orFail(letters.letter(RequestSessions.me(ctx), PathParams.caseId(ctx), which, copy));
    }

    private void page(Context ctx, LetterQuery.Which which) {
        Letter l = find(ctx, which, LetterQuery.Copy.PAGE);
        pages.render(ctx, "letter.jte", new LetterPage(pages.frame(ctx, l.kind().label()), l.kind().label(),
                LetterView.of(l, pdfs.landlord()), ctx.path() + ".pdf", Addresses.caseHref(l.caseId()),
                OfferedTasks.offered(ctx, Task.RECORD_LETTER_SENT) && !l.keptForTheRecord() ? LetterSendingController.href(l.caseId(),
                        org.uca.application.port.in.SendLetterUseCase.letterPath(which)) : ""));
    }

    private void pdf(Context ctx, LetterQuery.Which which) {
        Letter l = find(ctx, which, LetterQuery.Copy.PDF);
        byte[] pdf = pdfs.pdf(l);
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "attachment; filename=\"" + LetterPdfs.fileName(l) + "\"");
        ctx.result(pdf);
    }
}
