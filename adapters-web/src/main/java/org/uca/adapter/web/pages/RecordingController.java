package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.refusedIfInvalid;

import io.javalin.http.Context;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.pages.FormPages.FormSpec;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.RecordResidentNeedsUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.AdjustmentKind;
import org.uca.domain.cases.ReasonableAdjustment;
import org.uca.domain.cases.ResidentNeeds;

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
            String back = Addresses.residentHref(r.id());
            return ActionReportFields.blank(f, defaults.today().toString(), defaults.nowTime())
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
            ResidentNeeds recorded = shown.needs();
            // filled in with what is recorded, so a change starts from it rather than from nothing
            f.checkboxes("adjustments", "Reasonable adjustments the resident needs", "Select all that apply",
                    Choices.of(AdjustmentKind.values(), AdjustmentKind::label),
                    recorded.adjustments().map(a -> a.kind().name()).toJavaList());
            for (AdjustmentKind k : AdjustmentKind.values()) {
                f.text("adjustment." + k.name() + ".notes", k.label() + ": notes",
                        k == AdjustmentKind.OTHER ? "Describe the adjustment" : "Optional",
                        recorded.adjustments().find(a -> a.kind() == k).map(ReasonableAdjustment::notes)
                                .getOrElse(""));
            }
            String back = Addresses.residentHref(r.id());
            f.textarea("vulnerabilityNotes", "Vulnerability", "Anything that makes the resident vulnerable"
                    + " and should be weighed in any decision", recorded.vulnerabilityNotes());
            if (recorded.anyRecorded()) {
                f.textarea("reason", "Why is what was recorded being changed?", "For example a correction, or a"
                        + " change in the resident's circumstances. What it said before stays on the case, marked as"
                        + " superseded.", "");
            }
            return f.caseVersion(shown.caseVersion())
                    .view(r.name() + " (" + r.id() + ")", recorded.anyRecorded() ? "Change reasonable adjustments"
                                    : "Record reasonable adjustments",
                            recorded.anyRecorded() ? "This is what is recorded now. Change it and say why."
                                    : "Record what the resident needs so that contact with them is fair.",
                            back + "/adjustments", "Save adjustments", back);
        }, ctx -> refusedIfInvalid(Form.seenAt(input.recordNeeds(RequestSessions.me(ctx), PathParams.residentId(ctx),
                new FormParams(ctx.formParamMap())), ctx, Task.RECORD_NEEDS))
                .flatMap(recordNeeds::recordNeeds)
                .map(id -> new Done("Reasonable adjustments recorded.", Addresses.caseHref(id))));
    }
}
