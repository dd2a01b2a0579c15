package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.refusedIfInvalid;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.pages.FormPages.FormSpec;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.FormView.Choice;
import org.uca.application.port.in.RecordResidentNeedsUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.ActionKind;
import org.uca.domain.cases.AdjustmentKind;
import org.uca.domain.cases.AffectedParty;
import org.uca.domain.shared.Channel;

/** Recording for a resident: an unacceptable action, and the reasonable adjustments they need. */
public final class RecordingController {

    private final FormPages forms;
    private final CommandInput input;
    private final FormDefaults defaults;
    private final ResidentLookup residents;
    private final RecordUnacceptableActionsUseCase recordActions;
    private final RecordResidentNeedsUseCase recordNeeds;

    RecordingController(FormPages forms, CommandInput input, FormDefaults defaults, ResidentLookup residents,
            RecordUnacceptableActionsUseCase recordActions, RecordResidentNeedsUseCase recordNeeds) {
        this.forms = forms;
        this.input = input;
        this.defaults = defaults;
        this.residents = residents;
        this.recordActions = recordActions;
        this.recordNeeds = recordNeeds;
    }

    public void register(RouteTable routes) {
        forms.register(routes, "/residents/{resident}/record-action", recordAction());
        forms.register(routes, "/residents/{resident}/adjustments", adjustments());
    }

    private ResidentLookup.Shown resident(Context ctx) {
        return residents.resident(RequestSessions.me(ctx), PathParams.residentId(ctx));
    }

    private FormSpec recordAction() {
        return new FormSpec("Record an unacceptable action", Task.RECORD_ACTIONS, (ctx, f) -> {
            ResidentLookup.Shown shown = resident(ctx);
            Resident r = shown.resident();
            List<Choice> kinds = new ArrayList<>();
            for (ActionKind k : ActionKind.values()) {
                kinds.add(new Choice(k.name(), k.label(), k.category().label()));
            }
            String back = Addresses.residentHref(r.id());
            return f.select("kind", "What kind of action was it?", "From the policy's examples", kinds, "")
                    .text("otherKind", "If other: what kind of action", "Only for an \"other\" kind", "")
                    .checkboxes("affected", "Who was affected?", "Select all that apply",
                            Choices.of(AffectedParty.values(), AffectedParty::label), List.of())
                    .dateTime("occurredAt", "When did it happen?", "UK time", defaults.today().toString(),
                            defaults.nowTime())
                    .radios("channel", "How did it happen?", "", Choices.of(Channel.values(), Channel::label), "")
                    .textarea("whatHappened", "What happened?", "Facts only: what was said or done, and by whom",
                            "")
                    .checkboxes("safetyConcern", "Safety", "", List.of(new Choice("yes",
                            "This raises safety concerns for staff, contractors or group members",
                            "Extreme actions can justify immediate action without a warning")), List.of())
                    .caseVersion(shown.caseVersion())
                    .view(r.name() + " (" + r.id() + ")", "Record an unacceptable action",
                            "Record one action at a time, as soon as you can after it happened.",
                            back + "/record-action", "Record the action", back);
        }, ctx -> refusedIfInvalid(Form.seenAt(input.recordActions(RequestSessions.me(ctx), PathParams.residentId(ctx),
                new FormParams(ctx.formParamMap())), ctx, Task.RECORD_ACTIONS))
                .flatMap(recordActions::recordActions)
                .map(rec -> new Done("Unacceptable action recorded.", Addresses.caseHref(rec.caseId()))));
    }

    private FormSpec adjustments() {
        return new FormSpec("Record reasonable adjustments", Task.RECORD_NEEDS, (ctx, f) -> {
            ResidentLookup.Shown shown = resident(ctx);
            Resident r = shown.resident();
            f.checkboxes("adjustments", "Reasonable adjustments the resident needs", "Select all that apply",
                    Choices.of(AdjustmentKind.values(), AdjustmentKind::label), List.of());
            for (AdjustmentKind k : AdjustmentKind.values()) {
                f.text("adjustment." + k.name() + ".notes", k.label() + ": notes",
                        k == AdjustmentKind.OTHER ? "Describe the adjustment" : "Optional", "");
            }
            String back = Addresses.residentHref(r.id());
            return f.textarea("vulnerabilityNotes", "Vulnerability", "Anything that makes the resident vulnerable"
                            + " and should be weighed in any decision", "")
                    .caseVersion(shown.caseVersion())
                    .view(r.name() + " (" + r.id() + ")", "Record reasonable adjustments",
                            "This replaces what was recorded before.", back + "/adjustments", "Save adjustments",
                            back);
        }, ctx -> refusedIfInvalid(Form.seenAt(input.recordNeeds(RequestSessions.me(ctx), PathParams.residentId(ctx),
                new FormParams(ctx.formParamMap())), ctx, Task.RECORD_NEEDS))
                .flatMap(recordNeeds::recordNeeds)
                .map(id -> new Done("Reasonable adjustments recorded.", Addresses.caseHref(id))));
    }
}
