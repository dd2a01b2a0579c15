package org.uca.adapter.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.uca.adapter.web.input.MeasureInput;
import org.uca.adapter.web.port.Colleagues;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.FormView.Choice;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Channel;

/**
 * The measure fields of the authorise, appeal and review forms: only the measures the signed-in manager's level
 * (from the staff directory) allows are offered; the application still checks the level on every decision.
 */
final class MeasureFields {

    private final Colleagues colleagues;

    MeasureFields(Colleagues colleagues) {
        this.colleagues = colleagues;
    }

    /** The measures a manager may authorise: only those their level allows. */
    Set<MeasureKind> offeredTo(Context ctx) {
        AuthorityLevel level = colleagues.find(RequestSessions.me(ctx)).map(StaffMember::authority)
                .getOrElse(AuthorityLevel.NONE);
        Set<MeasureKind> offered = EnumSet.noneOf(MeasureKind.class);
        for (MeasureKind k : MeasureKind.values()) {
            if (level.isAtLeast(k.requiredAuthority())) {
                offered.add(k);
            }
        }
        return offered;
    }

    void add(Form f, String list, Set<MeasureKind> offered, String legend) {
        List<Choice> kinds = new ArrayList<>();
        for (MeasureKind k : MeasureKind.values()) {
            if (offered.contains(k)) {
                kinds.add(new Choice(k.name(), k.label(), k.group().label() + ": " + k.requiredAuthority().title()
                        + " or above"));
            }
        }
        f.checkboxes(list, legend, offered.isEmpty() ? "Your authority level does not allow you to authorise any"
                + " measures." : "Only the measures your authority level allows are listed.", kinds, List.of());
        for (MeasureKind k : MeasureKind.values()) {
            if (offered.contains(k)) {
                for (String detail : MeasureInput.detailsOf(k)) {
                    detailField(f, k, detail);
                }
                if (MeasureInput.scoped(k)) {
                    scopeFields(f, k);
                }
            }
        }
    }

    /**
     * Which services the measure applies to, asked with nothing chosen ("no blanket approach", LGSCO): all services
     * is a choice the manager makes, not a default.
     */
    private static void scopeFields(Form f, MeasureKind k) {
        String name = "measure." + k.name() + ".";
        f.radios(name + "scope", k.label() + ": which services", "Only if you chose " + k.label().toLowerCase()
                + ". Limit it to the services it is needed for.", Choices.of(MeasureInput.ScopeType.values(),
                        MeasureInput.ScopeType::label), "");
        f.checkboxes(name + "services", k.label() + ": the services it applies to", "Only if it applies to some"
                + " services", Choices.of(LandlordService.values(), LandlordService::title), List.of());
    }

    private void detailField(Form f, MeasureKind k, String detail) {
        String name = "measure." + k.name() + "." + detail;
        String label = k.label() + ": " + switch (detail) {
            case "officer" -> "the officer";
            case "minutes" -> "minutes allowed";
            case "per" -> "each";
            case "excluded" -> "methods excluded";
            case "thirdParty" -> "the third party";
            case "postsAndSites" -> "the posts and sites";
            case "which" -> "which";
            default -> "description";
        };
        switch (detail) {
            case "officer" -> f.select(name, label, "", Choices.staff(colleagues), "");
            case "minutes" -> f.number(name, label, "", "");
            case "per" -> f.radios(name, label, "", Choices.of(ContactStandard.AllowancePeriod.values(),
                    ContactStandard.AllowancePeriod::label), ContactStandard.AllowancePeriod.WEEK.name());
            case "excluded" -> f.checkboxes(name, label, "", Choices.of(Channel.values(), Channel::label), List.of());
            default -> f.text(name, label, "Only if you chose " + k.label().toLowerCase(), "");
        }
    }
}
