package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.refusedIfInvalid;

import java.util.List;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.pages.FormPages.FormSpec;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.FormView.Choice;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.FiledCorrespondenceUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.ViewCaseQuery.CaseView;
import org.uca.domain.cases.FiledCorrespondence;
import org.uca.domain.shared.Channel;

/**
 * Correspondence filed without a reply while a decision limits how complaints reach us: logging it, with its
 * screening deadline, and screening it for a new issue or complaint and a safeguarding concern.
 */
public final class FiledCorrespondenceController {

    private final FormPages forms;
    private final CommandInput input;
    private final CaseLookup cases;
    private final FormDefaults defaults;
    private final FiledCorrespondenceUseCase filed;

    FiledCorrespondenceController(FormPages forms, CommandInput input, CaseLookup cases, FormDefaults defaults,
            FiledCorrespondenceUseCase filed) {
        this.forms = forms;
        this.input = input;
        this.cases = cases;
        this.defaults = defaults;
        this.filed = filed;
    }

    public void register(RouteTable routes) {
        forms.register(routes, "/cases/{case}/correspondence", log());
        forms.register(routes, "/cases/{case}/correspondence/{correspondence}/screening", screen());
    }

    private FormSpec log() {
        return new FormSpec("Log correspondence filed without a reply", Task.LOG_FILED_CORRESPONDENCE, (ctx, f) -> {
            CaseView v = cases.caseView(ctx);
            return f.date("receivedOn", "When was it received?", "Not in the future",
                            defaults.today().toString())
                    .radios("channel", "How did it come?", "", Choices.of(Channel.values(), Channel::label), "")
                    .textarea("summary", "What is it about?", "A line or two, at most "
                            + FiledCorrespondence.MAX_SUMMARY + " characters: not a copy of it", "")
                    .caseVersion(new CaseVersion(v.theCase().version()))
                    .view(v.resident().name(), "Log correspondence filed without a reply", "It will be screened"
                                    + " for a new issue or complaint and for a safeguarding concern within "
                                    + FiledCorrespondence.SCREENING_WORKING_DAYS + " working days of receipt.",
                            "/cases/" + v.theCase().id() + "/correspondence", "Log it",
                            Addresses.caseHref(v.theCase().id()));
        }, ctx -> refusedIfInvalid(Form.seenAt(input.logCorrespondence(RequestSessions.me(ctx),
                PathParams.caseId(ctx), new FormParams(ctx.formParamMap())), ctx, Task.LOG_FILED_CORRESPONDENCE))
                .flatMap(filed::log)
                .map(logged -> new Done("Correspondence logged: screen it by " + UkDates.date(logged.screenBy())
                        + ".", Addresses.caseHref(PathParams.caseId(ctx)))));
    }

    private FormSpec screen() {
        return new FormSpec("Screen filed correspondence", Task.SCREEN_FILED_CORRESPONDENCE, (ctx, f) -> {
            CaseView v = cases.caseView(ctx);
            FiledCorrespondence c = correspondence(ctx, v);
            List<Choice> yesNo = List.of(new Choice("yes", "Yes"), new Choice("no", "No"));
            return f.radios("newIssue", "Does it raise a new issue or complaint?", "If it does, it is considered on"
                            + " its merits", yesNo, "")
                    .textarea("newIssueAction", "If it does: what was done with it",
                            "For example, logged as stage 1 complaint C-123", "")
                    .radios("safeguarding", "Does it raise a safeguarding concern?", "", yesNo, "")
                    .textarea("safeguardingAction", "If it does: what was done (the referral made)", "", "")
                    .caseVersion(new CaseVersion(v.theCase().version()))
                    .view(v.resident().name(), "Screen filed correspondence " + c.number(), "Received "
                                    + UkDates.date(c.receivedOn()) + " by " + c.channel().label() + ": "
                                    + c.summary() + " Screen it by " + UkDates.date(c.screenBy()) + ".",
                            "/cases/" + v.theCase().id() + "/correspondence/" + c.number() + "/screening",
                            "Record the screening", Addresses.caseHref(v.theCase().id()));
        }, ctx -> refusedIfInvalid(Form.seenAt(input.screenCorrespondence(RequestSessions.me(ctx),
                PathParams.caseId(ctx), PathParams.number(ctx, "correspondence"),
                new FormParams(ctx.formParamMap())), ctx, Task.SCREEN_FILED_CORRESPONDENCE))
                .flatMap(filed::screen)
                .map(screened -> new Done("Screening recorded" + (screened.screening().get()
                        .raisesSafeguardingConcern() ? "; the Service Development Team has been told of the"
                        + " safeguarding concern." : "."), Addresses.caseHref(PathParams.caseId(ctx)))));
    }

    private static FiledCorrespondence correspondence(io.javalin.http.Context ctx, CaseView v) {
        return v.theCase().filedCorrespondence(PathParams.number(ctx, "correspondence"))
                .getOrElseThrow(() -> new HttpProblem(404, "Correspondence not found", "There is no such filed"
                        + " correspondence on this case."));
    }
}
