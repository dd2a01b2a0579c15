package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.refusedIfInvalid;

import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.pages.FormPages.FormSpec;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.AmendRecordUseCase;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.ViewCaseQuery.CaseView;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.cases.Warning;
import org.uca.domain.cases.WarningId;

/**
 * Amending an action, warning or the details of a decision: a form per kind, filled in with what the record says
 * now, asking why it is corrected. The original stays on the case, marked as superseded.
 */
public final class AmendRecordController {

    private static final String REASON_HINT = "Recorded with your name and today's date, beside the original; the"
            + " resident is not sent this text";

    private final FormPages forms;
    private final CommandInput input;
    private final CaseLookup cases;
    private final AmendRecordUseCase amendRecords;

    AmendRecordController(FormPages forms, CommandInput input, CaseLookup cases, AmendRecordUseCase amendRecords) {
        this.forms = forms;
        this.input = input;
        this.cases = cases;
        this.amendRecords = amendRecords;
    }

    public void register(RouteTable routes) {
        for (EnteredInError.Part part : EnteredInError.Part.values()) {
            forms.register(routes, "/cases/{case}/" + part.word() + "s/{number}/amend", form(part));
        }
    }

    private FormSpec form(EnteredInError.Part part) {
        return new FormSpec("Amend " + article(part) + " " + part.word(), Task.AMEND_RECORDS, (ctx, f) -> {
            CaseView v = cases.caseView(ctx);
            Case c = v.theCase();
            int number = PathParams.number(ctx, "number");
            String back = Addresses.caseHref(c.id());
            if (number < 1) {
                throw notFound(part, number);
            }
            Form filled = switch (part) {
                case ACTION -> ActionReportFields.filled(f, c.action(new ActionId(number))
                        .getOrElseThrow(() -> notFound(part, number)).report());
                case WARNING -> warning(f, c.warning(new WarningId(number))
                        .getOrElseThrow(() -> notFound(part, number)));
                case DECISION -> decision(f, c.decision(new DecisionId(number))
                        .getOrElseThrow(() -> notFound(part, number)));
            };
            return filled.textarea("reason", "Why is it being corrected?", REASON_HINT, "")
                    .caseVersion(new CaseVersion(c.version()))
                    .view(v.resident().name(), "Amend " + part.word() + " " + number, effect(part),
                            Addresses.amendHref(c.id(), part, number), "Save the correction", back);
        }, ctx -> refusedIfInvalid(Form.seenAt(input.amend(RequestSessions.me(ctx), PathParams.caseId(ctx), part,
                PathParams.number(ctx, "number"), new FormParams(ctx.formParamMap())), ctx, Task.AMEND_RECORDS))
                .flatMap(amendRecords::amend)
                .map(amended -> new Done(part.label() + " " + PathParams.number(ctx, "number") + " amended; the"
                        + " original is kept, marked as superseded." + amended.correctedLetter().map(l -> " The"
                                + " corrected letter (" + l.reference() + ") is ready to print from the case.")
                        .getOrElse(""), Addresses.caseHref(PathParams.caseId(ctx)))));
    }

    private static Form warning(Form f, Warning w) {
        return f.textarea("reasons", "Why the actions are unacceptable", "", w.reasons())
                .textarea("whatMustChange", "What the resident must stop or change", "", w.whatMustChange());
    }

    /** The hint beside the question, on the authorise form and here. */
    static final String HOW_HEARD_HINT = "Needed when a measure limits complaints or correspondence (no access to the"
            + " complaints process, limited methods or time, third party only, no calls, one point of contact): for"
            + " example, in writing to the Complaints Team, who will screen each letter";

    private static Form decision(Form f, Decision d) {
        return f.textarea("reasons", "The reasons for the decision", "", d.reasons())
                .date("reviewDate", "Review date", "Within 12 months of the date it was set, and not in the past",
                        d.reviewDate().toString())
                .textarea("howComplaintsAreStillHeard", "How new complaints and new issues will still be heard",
                        HOW_HEARD_HINT, d.safeguards().howComplaintsAreStillHeard().getOrElse(""));
    }

    private static HttpProblem notFound(EnteredInError.Part part, int number) {
        return new HttpProblem(404, "Not found", "There is no " + part.word() + " " + number + " on this case.");
    }

    private static String effect(EnteredInError.Part part) {
        return switch (part) {
            case ACTION -> "Correct what the report says. The action keeps its number; the report as it was stays"
                    + " on the case, marked as superseded. If it should never have been recorded, mark it as"
                    + " entered in error instead.";
            case WARNING -> "Correct what the warning says. It keeps its number; the wording the resident was sent"
                    + " stays on the case, marked as superseded, and the resident is sent a corrected letter that"
                    + " replaces it.";
            case DECISION -> "Correct the decision's reasons or review date; its measures stay (to change them,"
                    + " review it). The details as they were stay on the case, marked as superseded. If the"
                    + " resident was told of it, they are sent a corrected letter.";
        };
    }

    private static String article(EnteredInError.Part part) {
        return part == EnteredInError.Part.ACTION ? "an" : "a";
    }
}
