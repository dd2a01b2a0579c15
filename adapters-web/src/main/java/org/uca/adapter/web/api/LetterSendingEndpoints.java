package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.control.Either;
import org.uca.adapter.web.api.json.LetterSendingJson;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.Params;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.in.SendLetterUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.LetterOutput.How;
import org.uca.domain.shared.Refusal;

/** How a case's letters reached the resident: listed, and recorded (posted, handed over, or e-mailed now). */
final class LetterSendingEndpoints {

    private final JsonExchange json;
    private final RoleBeforeInput roleFirst;
    private final SendLetterUseCase sending;

    LetterSendingEndpoints(JsonExchange json, RoleBeforeInput roleFirst, SendLetterUseCase sending) {
        this.json = json;
        this.roleFirst = roleFirst;
        this.sending = sending;
    }

    void register(RouteTable routes) {
        routes.getList("/api/cases/{case}/letter-sendings", LetterSendingJson.class, ctx -> json.write(ctx, 200,
                orFail(sending.sendings(RequestSessions.me(ctx), PathParams.caseId(ctx)))
                        .map(LetterSendingJson::from).toJavaList()));
        routes.post(roleFirst.attempt("/api/cases/{case}/letter-sendings",
                Task.RECORD_LETTER_SENT), LetterSendingJson.class, ctx -> {
            Params body = json.body(ctx);
            json.write(ctx, 201, LetterSendingJson.from(orFail(roleFirst.parsed(ctx, Task.RECORD_LETTER_SENT,
                    given(body)).flatMap(g -> sending.recordSending(RequestSessions.me(ctx), PathParams.caseId(ctx),
                    g.which(), g.how())))));
        });
    }

    private record Given(LetterQuery.Which which, How how) {
    }

    /** Both fields' problems at once. */
    private static Either<Refusal, Given> given(Params body) {
        String letter = body.one("letter") == null ? "" : body.one("letter");
        var which = SendLetterUseCase.letterAt(letter);
        Either<Refusal, How> how;
        try {
            how = Either.right(How.valueOf(body.one("how") == null ? "" : body.one("how")));
        } catch (IllegalArgumentException e) {
            how = Either.left(Refusal.of("how", "Give POSTED, HANDED_OVER or EMAILED."));
        }
        Refusal problems = null;
        if (which.isEmpty()) {
            problems = Refusal.of("letter", "Give the letter as its address names it: warning/1, decision/1,"
                    + " appeal/1 or review/1/2.");
        }
        if (how.isLeft()) {
            problems = problems == null ? how.getLeft() : problems.and(how.getLeft());
        }
        return problems != null ? Either.left(problems) : Either.right(new Given(which.get(), how.get()));
    }
}
