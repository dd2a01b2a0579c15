package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.refusedIfInvalid;

import java.util.List;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.pages.FormPages.FormSpec;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.ViewCaseQuery.CaseView;

/** Issuing a warning: the resident is told their actions are unacceptable, why, and what must change. */
public final class WarningController {

    private final FormPages forms;
    private final CommandInput input;
    private final CaseLookup cases;
    private final IssueWarningUseCase issueWarning;

    WarningController(FormPages forms, CommandInput input, CaseLookup cases, IssueWarningUseCase issueWarning) {
        this.forms = forms;
        this.input = input;
        this.cases = cases;
        this.issueWarning = issueWarning;
    }

    public void register(RouteTable routes) {
        forms.register(routes, "/cases/{case}/warning", new FormSpec("Issue a warning", Task.ISSUE_WARNING,
                (ctx, f) -> {
                    CaseView v = cases.caseView(ctx);
                    String back = Addresses.caseHref(v.theCase().id());
                    return f.checkboxes("actionsReferredTo", "Which actions is the warning about?", "",
                                    CaseLookup.actionChoices(v.theCase()), List.of())
                            .textarea("reasons", "Why are the actions unacceptable?",
                                    "This goes in the warning letter", "")
                            .textarea("whatMustChange", "What must the resident stop or change?", "", "")
                            .caseVersion(new CaseVersion(v.theCase().version()))
                            .view(v.resident().name(), "Issue a warning",
                                    "The resident is told their actions are unacceptable, why, and given a chance"
                                            + " to change (policy 3.1 and 4.1).",
                                    back + "/warning", "Issue the warning", back);
                },
                ctx -> refusedIfInvalid(Form.seenAt(input.issueWarning(RequestSessions.me(ctx), PathParams.caseId(ctx),
                        new FormParams(ctx.formParamMap())), ctx, Task.ISSUE_WARNING))
                        .flatMap(issueWarning::issueWarning)
                        .map(issued -> new Done("Warning " + issued.warning() + " issued. Print the warning letter"
                                + " from the case.", Addresses.caseHref(PathParams.caseId(ctx))))));
    }
}
