package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.refusedIfInvalid;

import io.vavr.control.Either;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.pages.FormPages.FormSpec;
import org.uca.adapter.web.view.UkDates;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.ViewCaseQuery.CaseView;
import org.uca.application.port.in.WithholdNoticeUseCase;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.NoticeWithheld;
import org.uca.domain.shared.Refusal;
import io.javalin.http.Context;

/**
 * Withholding notice of a decision from the resident, because telling them would create a risk, and re-checking it
 * (issue 15 §3): Assistant Directors and above.
 */
public final class NoticeWithheldController {

    /** What an Assistant Director decides at the re-check. */
    enum Recheck {
        KEEP("Keep notice withheld: telling the resident would still create a risk"),
        END("End it: the resident is now to be told");

        private final String label;

        Recheck(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    private final FormPages forms;
    private final CommandInput input;
    private final CaseLookup cases;
    private final FormDefaults defaults;
    private final WithholdNoticeUseCase withholdNotice;

    NoticeWithheldController(FormPages forms, CommandInput input, CaseLookup cases, FormDefaults defaults,
            WithholdNoticeUseCase withholdNotice) {
        this.forms = forms;
        this.input = input;
        this.cases = cases;
        this.defaults = defaults;
        this.withholdNotice = withholdNotice;
    }

    public void register(RouteTable routes) {
        forms.register(routes, "/cases/{case}/decisions/{decision}/withhold-notice", withhold());
        forms.register(routes, "/cases/{case}/decisions/{decision}/notice-recheck", recheck());
    }

    private FormSpec withhold() {
        return new FormSpec("Withhold notice from the resident", Task.WITHHOLD_NOTICE, (ctx, f) -> {
            CaseView v = cases.caseView(ctx);
            Decision d = CaseLookup.decision(ctx, v);
            return f.textarea("risk", "Why would telling the resident create a risk?", "To staff, to a victim, to a"
                            + " child or to an investigation. The resident is not told this while it stands.", "")
                    .date("recheckOn", "When is it to be re-checked?", "After today, within "
                            + NoticeWithheld.MAX_MONTHS_TO_RECHECK + " months", defaults.today().plusMonths(1)
                            .toString())
                    .caseVersion(new CaseVersion(v.theCase().version()))
                    .view(v.resident().name(), "Withhold notice of decision " + d.id() + " from the resident",
                            "The resident is not told of the decision, and the decision letter is not sent, until"
                                    + " an Assistant Director or above ends it at a re-check.",
                            "/cases/" + v.theCase().id() + "/decisions/" + d.id() + "/withhold-notice",
                            "Withhold notice", Addresses.caseHref(v.theCase().id()));
        }, ctx -> refusedIfInvalid(Form.seenAt(input.withholdNotice(RequestSessions.me(ctx), PathParams.caseId(ctx),
                PathParams.decisionId(ctx), new FormParams(ctx.formParamMap())), ctx, Task.WITHHOLD_NOTICE))
                .flatMap(withholdNotice::withholdNotice)
                .map(version -> new Done("Notice withheld from the resident; it is in the work queue on its re-check"
                        + " date.", Addresses.caseHref(PathParams.caseId(ctx)))));
    }

    private FormSpec recheck() {
        return new FormSpec("Re-check a notice withheld", Task.WITHHOLD_NOTICE, (ctx, f) -> {
            CaseView v = cases.caseView(ctx);
            Decision d = CaseLookup.decision(ctx, v);
            String now = d.noticeWithheld().map(n -> "Withheld because: " + n.latest().risk() + " Re-check on "
                    + UkDates.date(n.latest().recheckOn()) + ".").getOrNull();
            return f.radios("outcome", "What is the outcome of the re-check?", "", Choices.of(Recheck.values(),
                            Recheck::label), "")
                    .textarea("risk", "If kept: why would telling the resident still create a risk?", "", "")
                    .date("recheckOn", "If kept: when is it to be re-checked next?", "After today, within "
                            + NoticeWithheld.MAX_MONTHS_TO_RECHECK + " months", defaults.today().plusMonths(1)
                            .toString())
                    .textarea("reasons", "If ended: why does telling the resident no longer create a risk?", "", "")
                    .caseVersion(new CaseVersion(v.theCase().version()))
                    .view(v.resident().name(), "Re-check notice of decision " + d.id() + " withheld", now,
                            "/cases/" + v.theCase().id() + "/decisions/" + d.id() + "/notice-recheck",
                            "Record the re-check", Addresses.caseHref(v.theCase().id()));
        }, ctx -> rechecked(ctx).map(version -> new Done("Re-check recorded.",
                Addresses.caseHref(PathParams.caseId(ctx)))));
    }

    private Either<Failure, CaseVersion> rechecked(Context ctx) {
        FormParams p = new FormParams(ctx.formParamMap());
        String outcome = p.one("outcome");
        if (Recheck.END.name().equals(outcome)) {
            return refusedIfInvalid(Form.seenAt(input.endNoticeWithheld(RequestSessions.me(ctx),
                    PathParams.caseId(ctx), PathParams.decisionId(ctx), p), ctx, Task.WITHHOLD_NOTICE))
                    .flatMap(withholdNotice::endNoticeWithheld);
        }
        if (Recheck.KEEP.name().equals(outcome)) {
            return refusedIfInvalid(Form.seenAt(input.withholdNotice(RequestSessions.me(ctx),
                    PathParams.caseId(ctx), PathParams.decisionId(ctx), p), ctx, Task.WITHHOLD_NOTICE))
                    .flatMap(withholdNotice::keepNoticeWithheld);
        }
        return refusedIfInvalid(Form.seenAt(Either.<Refusal, WithholdNoticeUseCase.End>left(Refusal.of("outcome",
                "Choose whether to keep notice withheld or end it.")), ctx, Task.WITHHOLD_NOTICE))
                .flatMap(withholdNotice::endNoticeWithheld);
    }
}
