package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.refusedIfInvalid;

import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.pages.FormPages.FormSpec;
import org.uca.adapter.web.port.Colleagues;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.RecordResidentInformedUseCase;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.ViewCaseQuery.CaseView;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.InformedHow;

/** Recording that the resident was informed of a decision, which issues the decision letter. */
public final class InformingController {

    private final FormPages forms;
    private final CommandInput input;
    private final CaseLookup cases;
    private final FormDefaults defaults;
    private final Colleagues colleagues;
    private final RecordResidentInformedUseCase recordInformed;

    InformingController(FormPages forms, CommandInput input, CaseLookup cases, FormDefaults defaults,
            Colleagues colleagues, RecordResidentInformedUseCase recordInformed) {
        this.forms = forms;
        this.input = input;
        this.cases = cases;
        this.defaults = defaults;
        this.colleagues = colleagues;
        this.recordInformed = recordInformed;
    }

    public void register(RouteTable routes) {
        forms.register(routes, "/cases/{case}/decisions/{decision}/informed", new FormSpec(
                "Record that the resident was informed", Task.RECORD_RESIDENT_INFORMED, (ctx, f) -> {
                    CaseView v = cases.caseView(ctx);
                    Decision d = CaseLookup.decision(ctx, v);
                    return f.dateTime("informedAt", "When was the resident informed?", "UK time",
                                    defaults.today().toString(), defaults.nowTime())
                            .select("informedBy", "Who informed them?", "", Choices.staff(colleagues),
                                    d.safeguards().whoInformsResident().value())
                            .radios("how", "How?", "", Choices.of(InformedHow.values(), InformedHow::label),
                                    InformedHow.LETTER.name())
                            .caseVersion(new CaseVersion(v.theCase().version()))
                            .view(v.resident().name(), "Record that the resident was informed of decision " + d.id(),
                                    d.noticeIsWithheld() ? "Notice of this decision is withheld from the resident:"
                                            + " recording that they were told ends the withholding, which only an"
                                            + " Assistant Director or above may do. This issues the decision letter."
                                            : "This issues the decision letter.",
                                    "/cases/" + v.theCase().id() + "/decisions/" + d.id() + "/informed", "Record",
                                    Addresses.caseHref(v.theCase().id()));
                },
                ctx -> refusedIfInvalid(Form.seenAt(input.recordInformed(RequestSessions.me(ctx),
                        PathParams.caseId(ctx), PathParams.decisionId(ctx), new FormParams(ctx.formParamMap())), ctx,
                        Task.RECORD_RESIDENT_INFORMED))
                        .flatMap(recordInformed::recordResidentInformed)
                        .map(letter -> new Done("Resident informed; the decision letter is ready to print.",
                                Addresses.caseHref(PathParams.caseId(ctx))))));
    }
}
