package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.refusedIfInvalid;

import java.util.List;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.pages.FormPages.FormSpec;
import org.uca.adapter.web.port.Colleagues;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.FormView.Choice;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.ViewCaseQuery.CaseView;
import org.uca.domain.cases.Case;

/** Authorising measures: which, on what grounds, with the safeguards a fair decision records. */
public final class AuthorisingController {

    private final FormPages forms;
    private final CommandInput input;
    private final CaseLookup cases;
    private final MeasureFields measureFields;
    private final FormDefaults defaults;
    private final Colleagues colleagues;
    private final AuthoriseMeasuresUseCase authoriseMeasures;

    AuthorisingController(FormPages forms, CommandInput input, CaseLookup cases, MeasureFields measureFields,
            FormDefaults defaults, Colleagues colleagues, AuthoriseMeasuresUseCase authoriseMeasures) {
        this.forms = forms;
        this.input = input;
        this.cases = cases;
        this.measureFields = measureFields;
        this.defaults = defaults;
        this.colleagues = colleagues;
        this.authoriseMeasures = authoriseMeasures;
    }

    public void register(RouteTable routes) {
        forms.register(routes, "/cases/{case}/authorise", new FormSpec("Authorise measures",
                Task.AUTHORISE_MEASURES, (ctx, f) -> {
                    CaseView v = cases.caseView(ctx);
                    Case c = v.theCase();
                    f.heading("Measures", "Changing contact standards needs a Service Manager; limiting services,"
                            + " tenancy action and informing the police need an Assistant Director.");
                    measureFields.add(f, "measures", measureFields.offeredTo(ctx), "Which measures do you authorise?");
                    grounds(f, c);
                    whileInForce(f, c);
                    f.radios("forTheProperty", "Does the instruction to visitors also apply to the property?",
                            "Choose yes where the risk is at the address: whoever lives there is then covered, even"
                                    + " after the resident moves away. Visitors only ever see the instruction.",
                            List.of(new Choice("no", "No: the resident only, wherever they live"),
                                    new Choice("yes", "Yes: the resident and their present address")), "no");
                    f.textarea("reasons", "Reasons for the decision", "These go in the decision letter", "");
                    safeguards(f, c, RequestSessions.me(ctx).value());
                    // the earliest review the measures this authoriser may choose could need (issue 15 §4)
                    var periods = defaults.reviewPeriods();
                    int months = periods.shortestFor(colleagues.find(RequestSessions.me(ctx))
                            .map(org.uca.domain.people.StaffMember::authority)
                            .getOrElse(org.uca.domain.people.AuthorityLevel.NONE));
                    f.date("reviewDate", "Review date", "Filled in as " + months + " months from today. The usual"
                            + " periods are " + periods.describe() + ": one review covers the decision, so choose the"
                            + " shortest of the measures you authorise, or a shorter or longer review (up to 12"
                            + " months) if that is right", defaults.today().plusMonths(months).toString());
                    return f.caseVersion(new CaseVersion(v.theCase().version()))
                            .view(v.resident().name(), "Authorise measures", null, "/cases/" + c.id() + "/authorise",
                            "Authorise", Addresses.caseHref(c.id()));
                },
                ctx -> refusedIfInvalid(Form.seenAt(input.authorise(RequestSessions.me(ctx), PathParams.caseId(ctx),
                        new FormParams(ctx.formParamMap())), ctx, Task.AUTHORISE_MEASURES))
                        .flatMap(authoriseMeasures::authorise)
                        .map(id -> new Done("Decision " + id + " authorised. Record when the resident is informed"
                                + " to issue the decision letter.", Addresses.caseHref(PathParams.caseId(ctx))))));
    }

    /** While a decision is in force, the new one says whether it adds to it or replaces it (varies it). */
    private static void whileInForce(Form f, Case c) {
        var inForce = c.decisionsInForce();
        if (inForce.isEmpty()) {
            return;
        }
        String which = inForce.map(d -> "decision " + d.id()).mkString(", ");
        f.heading("Decisions in force", "In force now: " + which + ". Say what this decision does to "
                + (inForce.size() == 1 ? "it" : "them") + ".");
        f.radios("whileInForce.type", "What does this decision do to " + which + "?", "", List.of(
                new Choice(CommandInput.WhileInForceType.ADDS_TO.name(), "Adds to it: both apply",
                        "The guidance then applies the strictest of each kind of measure"),
                new Choice(CommandInput.WhileInForceType.REPLACES.name(), "Replaces it (varies it)",
                        "The decision replaced ends; only this one applies")), "");
        f.select("whileInForce.decision", "If it replaces one: which decision", "",
                inForce.map(d -> new Choice(String.valueOf(d.id().number()), "Decision " + d.id() + ": "
                        + d.measures().map(m -> m.kind().label()).mkString(", "))).toJavaList(),
                inForce.size() == 1 ? String.valueOf(inForce.head().id().number()) : "");
    }

    private static void grounds(Form f, Case c) {
        f.heading("Grounds", "Warn first; act immediately only where the actions are extreme and raise safety"
                + " concerns.");
        f.radios("grounds.type", "Why may measures be taken now?", "", List.of(
                new Choice(CommandInput.GroundsType.AFTER_WARNING.name(),
                        "The resident was warned and the actions continued"),
                new Choice(CommandInput.GroundsType.IMMEDIATE_FOR_SAFETY.name(),
                        "Immediate action: extreme actions raising safety concerns")),
                c.warnings().isEmpty() ? "" : CommandInput.GroundsType.AFTER_WARNING.name());
        f.select("grounds.warning", "The warning", "", c.warnings().map(w -> new Choice(
                String.valueOf(w.id().number()), "Warning " + w.id() + " of " + UkDates.dateTime(w.issuedAt())))
                .toJavaList(), c.warnings().lastOption().map(w -> String.valueOf(w.id().number())).getOrElse(""));
        f.checkboxes("grounds.furtherActions", "Actions after the warning", "The actions that continued after it",
                CaseLookup.actionChoices(c), List.of());
        f.checkboxes("grounds.actions", "Immediate action: the actions raising safety concerns", "",
                CaseLookup.actionChoices(c), List.of());
        f.textarea("grounds.justification", "Immediate action: why it cannot wait for a warning", "", "");
    }

    private void safeguards(Form f, Case c, String me) {
        f.heading("Safeguards", "What a fair decision records before it is authorised.");
        f.textarea("safeguards.equalityAndVulnerabilityNotes",
                "How were equality, vulnerability and reasonable adjustments considered?",
                c.needs().adjustments().isEmpty() ? "No reasonable adjustments are recorded"
                        : "Recorded adjustments: " + c.needs().adjustments().map(a -> a.kind().label())
                                .mkString(", "), "");
        f.textarea("safeguards.teamsConsulted", "Teams consulted", "One a line", "");
        f.textarea("safeguards.teamsInformed", "Teams informed of the actions authorised", "One a line", "");
        f.select("safeguards.whoInformsResident", "Who will tell the resident?", "", Choices.staff(colleagues), me);
        f.radios("safeguards.legalAdviceNeeded", "Defamatory comments: was legal advice needed?",
                "Answer when the grounds include potentially defamatory comments",
                List.of(new Choice("yes", "Yes"), new Choice("no", "No")), "");
        f.textarea("safeguards.legalAdvice", "Notes on legal advice", "", "");
        f.textarea("safeguards.adjustmentConflictJustification",
                "If a measure conflicts with a reasonable adjustment: why it is justified", "", "");
        // asked always (the form works without JavaScript); the hint says when it is needed
        f.textarea("safeguards.howComplaintsAreStillHeard", "How will new complaints and new issues still be"
                + " received and considered on their merits?", AmendRecordController.HOW_HEARD_HINT, "");
    }
}
