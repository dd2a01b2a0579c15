package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.refusedIfInvalid;

import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.pages.FormPages.FormSpec;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.MarkEnteredInErrorUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.ViewCaseQuery.CaseView;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.EnteredInError;

/**
 * Marking an action, warning or decision as entered in error (UK GDPR Article 16): a form per kind, asking why it
 * should never have been recorded.
 */
public final class EnteredInErrorController {

    private final FormPages forms;
    private final CommandInput input;
    private final CaseLookup cases;
    private final MarkEnteredInErrorUseCase markEnteredInError;

    EnteredInErrorController(FormPages forms, CommandInput input, CaseLookup cases,
            MarkEnteredInErrorUseCase markEnteredInError) {
        this.forms = forms;
        this.input = input;
        this.cases = cases;
        this.markEnteredInError = markEnteredInError;
    }

    public void register(RouteTable routes) {
        for (EnteredInError.Part part : EnteredInError.Part.values()) {
            forms.register(routes, "/cases/{case}/" + part.word() + "s/{number}/entered-in-error", form(part));
        }
    }

    private FormSpec form(EnteredInError.Part part) {
        return new FormSpec("Mark " + article(part) + " " + part.word() + " as entered in error",
                Task.MARK_ENTERED_IN_ERROR, (ctx, f) -> {
                    CaseView v = cases.caseView(ctx);
                    int number = PathParams.number(ctx, "number");
                    String back = Addresses.caseHref(v.theCase().id());
                    return f.textarea("reason", "Why should it never have been recorded?",
                                    "Recorded with your name and today's date; the resident is not sent this text",
                                    "")
                            .caseVersion(new CaseVersion(v.theCase().version()))
                            .view(v.resident().name(), "Mark " + part.word() + " " + described(v.theCase(), part,
                                            number) + " as entered in error", effect(part),
                                    Addresses.enteredInErrorHref(v.theCase().id(), part, number),
                                    "Mark as entered in error", back);
                },
                ctx -> refusedIfInvalid(Form.seenAt(input.markEnteredInError(RequestSessions.me(ctx),
                        PathParams.caseId(ctx), part, PathParams.number(ctx, "number"),
                        new FormParams(ctx.formParamMap())), ctx, Task.MARK_ENTERED_IN_ERROR))
                        .flatMap(markEnteredInError::markEnteredInError)
                        .map(marked -> new Done(part.label() + " " + PathParams.number(ctx, "number")
                                + " marked as entered in error." + marked.correction().map(l -> " The correction"
                                        + " letter is ready to print from the case.").getOrElse(""),
                                Addresses.caseHref(PathParams.caseId(ctx)))));
    }

    /** The part's number, once the case is known to have it (else the page is not found). */
    private static String described(Case c, EnteredInError.Part part, int number) {
        boolean there = switch (part) {
            case ACTION -> number <= c.actions().size();
            case WARNING -> number <= c.warnings().size();
            case DECISION -> number <= c.decisions().size();
        };
        if (!there) {
            throw new HttpProblem(404, "Not found", "There is no " + part.word() + " " + number + " on this case.");
        }
        return String.valueOf(number);
    }

    private static String effect(EnteredInError.Part part) {
        return switch (part) {
            case ACTION -> "Use this when the action should never have been recorded (UK GDPR Article 16), not when"
                    + " it happened and things have moved on. It stays on the case, marked, and can no longer be"
                    + " referred to by a new warning or decision; a decision resting only on it is flagged for"
                    + " review.";
            case WARNING -> "Use this when the warning should never have been issued. It stays on the case, marked,"
                    + " and can no longer be the grounds of a new decision. The resident is sent a correction"
                    + " letter saying it has been withdrawn.";
            case DECISION -> "Use this when the decision should never have been made; to end a decision that was"
                    + " right when made, lift it instead. Its measures leave the guidance at once. If the resident"
                    + " was told of it, they are sent a correction letter.";
        };
    }

    private static String article(EnteredInError.Part part) {
        return part == EnteredInError.Part.ACTION ? "an" : "a";
    }
}
