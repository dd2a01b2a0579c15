package org.uca.adapter.web.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.uca.adapter.web.view.FormView.Choice;
import org.uca.domain.cases.ActionKind;
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.AffectedParty;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;

/** An action's report as form fields: blank when recording one, filled in with what it says when amending it. */
final class ActionReportFields {

    private ActionReportFields() {
    }

    /** The fields for a new report, dated {@code now} (UK time). */
    static Form blank(Form f, String today, String nowTime) {
        return fields(f, "", "", List.of(), today, nowTime, "", "", false);
    }

    /**
     * The fields filled in with what {@code r} says; its time to the second (or finer) when it was recorded so, so
     * that a correction leaves an unchanged time exactly as it was.
     */
    static Form filled(Form f, ActionReport r) {
        Instant at = r.occurredAt();
        return fields(f, r.kind().name(), r.otherKind(), r.affected().stream().map(Enum::name).sorted().toList(),
                UkTime.dateOf(at).toString(), at.atZone(UkTime.ZONE).toLocalTime().toString(), r.channel().name(),
                r.whatHappened(), r.safetyConcern());
    }

    private static Form fields(Form f, String kind, String otherKind, List<String> affected, String date,
            String time, String channel, String whatHappened, boolean safetyConcern) {
        List<Choice> kinds = new ArrayList<>();
        for (ActionKind k : ActionKind.values()) {
            kinds.add(new Choice(k.name(), k.label(), k.category().label()));
        }
        return f.select("kind", "What kind of action was it?", "From the policy's examples", kinds, kind)
                .text("otherKind", "If other: what kind of action", "Only for an \"other\" kind", otherKind)
                .checkboxes("affected", "Who was affected?", "Select all that apply",
                        Choices.of(AffectedParty.values(), AffectedParty::label), affected)
                .dateTime("occurredAt", "When did it happen?", "UK time", date, time)
                .radios("channel", "How did it happen?", "", Choices.of(Channel.values(), Channel::label), channel)
                .textarea("whatHappened", "What happened?", "Facts only: what was said or done, and by whom",
                        whatHappened)
                .checkboxes("safetyConcern", "Safety", "", List.of(new Choice("yes",
                        "This raises safety concerns for staff, contractors or group members",
                        "Extreme actions can justify immediate action without a warning")),
                        safetyConcern ? List.of("yes") : List.of());
    }
}
