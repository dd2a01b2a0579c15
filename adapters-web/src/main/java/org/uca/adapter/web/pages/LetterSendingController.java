package org.uca.adapter.web.pages;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.uca.adapter.web.http.Failures;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.pages.FormPages.FormSpec;
import org.uca.adapter.web.security.RefusedBeforeUseCase;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.in.SendLetterUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.LetterOutput.How;
import org.uca.domain.shared.Refusal;

/**
 * Recording how a letter reached the resident: posted, handed over, or e-mailed with the letter attached as a PDF
 * (only where e-mail contact with them is allowed). The page lists how it was sent before.
 */
public final class LetterSendingController {

    static final String PATH = "/cases/{case}/letter-sendings";

    private final FormPages forms;
    private final RoleBeforeInput roleFirst;
    private final LetterQuery letters;
    private final SendLetterUseCase sending;

    LetterSendingController(FormPages forms, RoleBeforeInput roleFirst, LetterQuery letters,
            SendLetterUseCase sending) {
        this.forms = forms;
        this.roleFirst = roleFirst;
        this.letters = letters;
        this.sending = sending;
    }

    /** Where to record how the letter at {@code path} (as {@link SendLetterUseCase#letterPath}) was sent. */
    static String href(org.uca.domain.cases.CaseId caseId, String letterPath) {
        return "/cases/" + caseId.value() + "/letter-sendings?letter=" + letterPath;
    }

    private static String sentLine(org.uca.application.port.in.SendLetterUseCase.Sent s) {
        return s.how().label() + s.emailTo().map(a -> " to " + a).getOrElse("") + " by " + s.byName() + " on "
                + UkDates.dateTime(s.at()) + (s.how() == How.EMAILED ? s.emailedAt().map(at -> " (accepted by the"
                + " mail server " + UkDates.dateTime(at) + ")").getOrElse(" (on its way)") : "");
    }

    public void register(RouteTable routes) {
        forms.register(routes, PATH, new FormSpec("Record how the letter was sent", Task.RECORD_LETTER_SENT,
                (ctx, f) -> {
                    String path = Option.of(ctx.queryParam("letter")).orElse(Option.of(ctx.formParam("letter")))
                            .getOrElse("");
                    LetterQuery.Which which = which(path).getOrElseThrow(Failures::problem);
                    var letter = letters.letter(RequestSessions.me(ctx), PathParams.caseId(ctx), which)
                            .getOrElseThrow(Failures::problem);
                    var sent = sending.sendingsOf(RequestSessions.me(ctx), PathParams.caseId(ctx), which)
                            .getOrElseThrow(Failures::problem);
                    var before = sent.thisLetter();
                    var earlier = sent.lettersItReplaced();
                    String sentBefore = (before.isEmpty() ? "This letter (" + letter.reference() + ") is not recorded"
                            + " as sent yet." : "This letter (" + letter.reference() + ") was sent before: "
                            + before.map(LetterSendingController::sentLine).mkString("; ") + ".")
                            + (earlier.isEmpty() ? "" : " The letter it corrected was sent: "
                            + earlier.map(LetterSendingController::sentLine).mkString("; ") + ".");
                    return f.hidden("letter", path)
                            .radios("how", "How did the letter reach " + letter.residentName() + "?", "",
                                    java.util.List.of(new org.uca.adapter.web.view.FormView.Choice(How.POSTED.name(),
                                                    "Posted"),
                                            new org.uca.adapter.web.view.FormView.Choice(How.HANDED_OVER.name(),
                                                    "Handed over in person"),
                                            new org.uca.adapter.web.view.FormView.Choice(How.EMAILED.name(),
                                                    "E-mail it now", "UCA e-mails it to the address the housing"
                                                    + " system holds, with the letter attached as a PDF, where"
                                                    + " e-mail contact with the resident is allowed")), "")
                            .view(letter.residentName(), letter.kind().label() + ": record how it was sent",
                                    sentBefore, "/cases/" + PathParams.caseId(ctx).value() + "/letter-sendings",
                                    "Record", Addresses.caseHref(PathParams.caseId(ctx)));
                },
                ctx -> which(ctx, Option.of(ctx.formParam("letter")).getOrElse(""))
                        .flatMap(which -> how(ctx.formParam("how")).flatMap(how -> {
                            RefusedBeforeUseCase.handedOver(ctx); // which audits what it refuses
                            return sending.recordSending(RequestSessions.me(ctx), PathParams.caseId(ctx), which, how);
                        }))
                        .map(sent -> new Done(sent.how() == How.EMAILED ? "The letter will be e-mailed to "
                                + sent.emailTo().get() + " within a minute, with the PDF attached."
                                : "Recorded: " + sent.how().label().toLowerCase(java.util.Locale.UK) + " by "
                                        + sent.byName() + ".", Addresses.caseHref(PathParams.caseId(ctx))))));
    }

    /** As {@link #which(String)}, answering 403 first to a role that may not record a sending. */
    private Either<Failure, LetterQuery.Which> which(Context ctx, String path) {
        Either<Failure, LetterQuery.Which> which = which(path);
        if (which.isLeft()) {
            roleFirst.refuseUnlessOffered(ctx, Task.RECORD_LETTER_SENT);
        }
        return which;
    }

    private static Either<Failure, LetterQuery.Which> which(String path) {
        return SendLetterUseCase.letterAt(path).toEither(() -> (Failure) new Failure.NotFound("There is no letter \""
                + path + "\" on this case."));
    }

    private static Either<Failure, How> how(String given) {
        try {
            return Either.right(How.valueOf(given == null ? "" : given));
        } catch (IllegalArgumentException e) {
            return Either.left(new Failure.Refused(Refusal.of("how", "Choose how the letter reached the resident:"
                    + " posted, handed over, or e-mail it now.")));
        }
    }
}
