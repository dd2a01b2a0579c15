package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import java.util.Arrays;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.LetterPage;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Letter;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.WarningId;

/** The letters a case has produced, ready to print: warning, decision, appeal outcome and review letters. */
public final class LettersController {

    private final PageWriter pages;
    private final LetterQuery letters;

    LettersController(PageWriter pages, LetterQuery letters) {
        this.pages = pages;
        this.letters = letters;
    }

    public void register(RouteTable routes) {
        routes.get("/cases/{case}/letters/warning/{number}", ctx -> letter(ctx,
                new LetterQuery.Which.ForWarning(new WarningId(PathParams.number(ctx, "number")))));
        routes.get("/cases/{case}/letters/decision/{number}", ctx -> letter(ctx,
                new LetterQuery.Which.ForDecision(new DecisionId(PathParams.number(ctx, "number")))));
        routes.get("/cases/{case}/letters/appeal/{number}", ctx -> letter(ctx,
                new LetterQuery.Which.ForAppeal(new AppealId(PathParams.number(ctx, "number")))));
        routes.get("/cases/{case}/letters/review/{number}/{review}", ctx -> letter(ctx,
                new LetterQuery.Which.ForReview(new DecisionId(PathParams.number(ctx, "number")),
                        PathParams.number(ctx, "review"))));
    }

    private void letter(Context ctx, LetterQuery.Which which) {
        Letter l = orFail(letters.letter(RequestSessions.me(ctx), PathParams.caseId(ctx), which));
        pages.render(ctx, "letter.jte", new LetterPage(pages.frame(ctx, l.kind().label()), pages.landlordName(),
                l.kind().label(), l.residentName(), Arrays.stream(l.address().split(",")).map(String::strip).toList(),
                UkDates.date(l.date()), l.subject(),
                l.sections().map(s -> new LetterPage.Section(s.heading(), s.paragraphs().toJavaList())).toJavaList(),
                l.signOff(), Addresses.caseHref(l.caseId())));
    }
}
