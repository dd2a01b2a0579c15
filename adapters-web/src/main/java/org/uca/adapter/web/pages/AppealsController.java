package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.refusedIfInvalid;
import static org.uca.adapter.web.pages.Addresses.article;

import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.pages.FormPages.FormSpec;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.DecideAppealUseCase;
import org.uca.application.port.in.LodgeAppealUseCase;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.ViewCaseQuery.CaseView;
import org.uca.domain.cases.Appeal;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.Decision;

/** Appeals: lodging one against a decision, and deciding it one level up. */
public final class AppealsController {

    private final FormPages forms;
    private final CommandInput input;
    private final CaseLookup cases;
    private final MeasureFields measureFields;
    private final FormDefaults defaults;
    private final LodgeAppealUseCase lodgeAppeal;
    private final DecideAppealUseCase decideAppeal;

    AppealsController(FormPages forms, CommandInput input, CaseLookup cases, MeasureFields measureFields,
            FormDefaults defaults, LodgeAppealUseCase lodgeAppeal, DecideAppealUseCase decideAppeal) {
        this.forms = forms;
        this.input = input;
        this.cases = cases;
        this.measureFields = measureFields;
        this.defaults = defaults;
        this.lodgeAppeal = lodgeAppeal;
        this.decideAppeal = decideAppeal;
    }

    public void register(RouteTable routes) {
        forms.register(routes, "/cases/{case}/decisions/{decision}/appeal", lodge());
        forms.register(routes, "/cases/{case}/appeals/{appeal}/decide", decide());
    }

    private FormSpec lodge() {
        return new FormSpec("Lodge an appeal", Task.LODGE_APPEAL, (ctx, f) -> {
            CaseView v = cases.caseView(ctx);
            Decision d = CaseLookup.decision(ctx, v);
            return f.date("received", "When was the appeal received?", "It is decided within 10 working days",
                            defaults.today().toString())
                    .textarea("grounds", "The resident's grounds for appeal", "", "")
                    .caseVersion(new CaseVersion(v.theCase().version()))
                    .view(v.resident().name(), "Lodge an appeal against decision " + d.id(), null,
                            "/cases/" + v.theCase().id() + "/decisions/" + d.id() + "/appeal", "Lodge the appeal",
                            Addresses.caseHref(v.theCase().id()));
        }, ctx -> refusedIfInvalid(Form.seenAt(input.lodgeAppeal(RequestSessions.me(ctx), PathParams.caseId(ctx),
                PathParams.decisionId(ctx), new FormParams(ctx.formParamMap())), ctx, Task.LODGE_APPEAL))
                .flatMap(lodgeAppeal::lodgeAppeal)
                .map(l -> new Done("Appeal " + l.appeal() + " lodged: " + article(l.reviewLevel()) + " "
                        + l.reviewLevel().title() + " must decide it by " + UkDates.date(l.dueBy()) + ".",
                        Addresses.caseHref(PathParams.caseId(ctx)))));
    }

    private FormSpec decide() {
        return new FormSpec("Decide an appeal", Task.DECIDE_APPEAL, (ctx, f) -> {
            CaseView v = cases.caseView(ctx);
            Appeal a = CaseLookup.appeal(ctx, v);
            f.radios("outcome", "What is your decision?", "Decision " + a.decision() + ", appealed on the grounds: "
                    + a.grounds(), Choices.of(AppealOutcome.values(), AppealOutcome::label), "");
            measureFields.add(f, "variedMeasures", measureFields.offeredTo(ctx),
                    "If varied: the measures that apply now");
            return f.textarea("reasons", "Reasons", "These go in the appeal outcome letter", "")
                    .caseVersion(new CaseVersion(v.theCase().version()))
                    .view(v.resident().name(), "Decide appeal " + a.id(), "An appeal is decided by "
                                    + article(a.reviewLevel()) + " " + a.reviewLevel().title()
                                    + " or above, never by the person who made the decision, by "
                                    + UkDates.date(a.dueBy()) + ".",
                            "/cases/" + v.theCase().id() + "/appeals/" + a.id() + "/decide", "Decide",
                            Addresses.caseHref(v.theCase().id()));
        }, ctx -> refusedIfInvalid(Form.seenAt(input.decideAppeal(RequestSessions.me(ctx), PathParams.caseId(ctx),
                PathParams.appealId(ctx), new FormParams(ctx.formParamMap())), ctx, Task.DECIDE_APPEAL))
                .flatMap(decideAppeal::decideAppeal)
                .map(letter -> new Done("Appeal decided; the appeal outcome letter is ready to print.",
                        Addresses.caseHref(PathParams.caseId(ctx)))));
    }
}
