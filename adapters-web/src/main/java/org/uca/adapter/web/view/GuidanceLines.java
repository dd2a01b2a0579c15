package org.uca.adapter.web.view;

import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.measures.AppliesToServices;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.InformingThePolice;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.measures.ServiceLimit;
import org.uca.domain.measures.ServiceScope;
import org.uca.domain.measures.TenancyAction;
import org.uca.domain.shared.Channel;

/**
 * The contact guidance in staff's words, one line per thing they may or may not do, each saying which decision it
 * comes from: the resident's page and the banner framed in other systems say it alike.
 */
public final class GuidanceLines {

    private GuidanceLines() {
    }

    public static List<String> allowed(ContactGuidance g) {
        List<String> allowed = new ArrayList<>();
        if (!g.restricted()) {
            allowed.add("Help the resident as usual, by any method of contact");
            adjustments(g, allowed);
            return allowed;
        }
        allowed.add("Accept contact by " + g.allowedChannels().stream().sorted().map(Channel::label)
                .reduce((a, b) -> a + ", " + b).orElse("no method") + from(g.from(MeasureKind.EXCLUDED_CONTACT_METHODS,
                MeasureKind.NO_TELEPHONE_CALLS, MeasureKind.EXCLUSION_FROM_PERSONAL_CONTACT),
                io.vavr.collection.List.empty())); // the methods closed say for which services
        g.singlePointOfContact().forEach(s -> allowed.add("Pass every enquiry to " + s.name()
                + ", the single point of contact" + from(g, MeasureKind.SINGLE_POINT_OF_CONTACT)));
        g.thirdParty().forEach(t -> allowed.add("Correspond only through " + t
                + from(g, MeasureKind.THIRD_PARTY_CORRESPONDENCE_ONLY)));
        if (g.accompaniedOnly()) {
            allowed.add("Meet the resident only when a colleague is with you"
                    + from(g, MeasureKind.ACCOMPANIED_PERSONAL_CONTACT_ONLY));
        }
        g.timeAllowance().forEach(t -> allowed.add("Spend up to " + t.minutesAllowed() + " minutes each "
                + t.per().label() + " in contact (" + allowance(t) + ")" + from(g, MeasureKind.CONTACT_TIME_ALLOWANCE)));
        adjustments(g, allowed);
        return allowed;
    }

    /** Reasonable adjustments are made whatever is in force (Equality Act 2010). */
    private static void adjustments(ContactGuidance g, List<String> allowed) {
        g.adjustments().forEach(a -> allowed.add("Make the reasonable adjustment: " + a.kind().label()
                + (a.notes().isBlank() ? "" : " (" + a.notes() + ")")));
    }

    /** What is left of a time allowance, or by how much it was exceeded: never "0 left" when more was used. */
    public static String allowance(ContactGuidance.TimeAllowance t) {
        if (t.exceeded()) {
            return t.minutesUsed() + " of " + t.minutesAllowed() + " minutes used this " + t.per().label()
                    + " — allowance exceeded";
        }
        return t.minutesLeft() + " of " + t.minutesAllowed() + " minutes left this " + t.per().label();
    }

    /** Which decisions a line of guidance comes from, as the line's end: " (decision 1)". */
    private static String from(ContactGuidance g, MeasureKind... kinds) {
        return from(g.from(kinds), g.ofKinds(kinds));
    }

    /** The decisions, and the services when the measures are confined to some: " (decision 1; for repairs only)". */
    private static String from(Seq<DecisionId> decisions, Seq<ContactGuidance.InForce> measures) {
        String services = servicesOf(measures);
        if (decisions.isEmpty()) {
            return services.isEmpty() ? "" : " (" + services + ")";
        }
        String numbers = decisions.map(DecisionId::toString).mkString(", ");
        int last = numbers.lastIndexOf(", ");
        return (decisions.size() == 1 ? " (decision " + numbers
                : " (decisions " + numbers.substring(0, last) + " and " + numbers.substring(last + 2))
                + (services.isEmpty() ? "" : "; " + services) + ")";
    }

    /**
     * "for repairs only" when every measure behind a line is confined to named services (the services of them all);
     * nothing when any applies to all our services or has no scope ("no blanket approach", LGSCO).
     */
    private static String servicesOf(Seq<ContactGuidance.InForce> measures) {
        Seq<ServiceScope> scopes = measures.map(m -> AppliesToServices.scopeOf(m.measure()).getOrElse(ServiceScope.ALL));
        if (scopes.isEmpty() || scopes.exists(s -> s instanceof ServiceScope.AllServices)) {
            return "";
        }
        return new ServiceScope.NamedServices(scopes.flatMap(ServiceScope::services).toJavaSet()).inPlainEnglish();
    }

    public static List<String> notAllowed(ContactGuidance g) {
        List<String> notAllowed = new ArrayList<>();
        if (!g.restricted()) {
            return notAllowed;
        }
        Set<Channel> blocked = EnumSet.allOf(Channel.class);
        blocked.removeAll(g.allowedChannels());
        blocked.stream().sorted().forEach(c -> notAllowed.add("Accept contact by " + c.label() + from(g.closing(c), g.closingMeasures(c))));
        if (g.excludedFromPersonalContact()) {
            notAllowed.add("Have personal contact with the resident (except emergency repairs and necessary"
                    + " planned works)" + from(g, MeasureKind.EXCLUSION_FROM_PERSONAL_CONTACT));
        }
        if (g.officeBan()) {
            notAllowed.add("Let the resident into our offices" + from(g, MeasureKind.OFFICE_BAN));
        }
        for (ContactGuidance.InForce m : g.inForce()) {
            if (m.measure() instanceof ServiceLimit.NoComplaintsProcess) {
                notAllowed.add("Take a complaint through our complaints process (the Housing Ombudsman remains"
                        + " open)" + from(m.from(), io.vavr.collection.List.of(m)));
            } else if (m.measure() instanceof ServiceLimit) {
                notAllowed.add("Service limited: " + m.measure().inPlainEnglish() + from(m.from(), io.vavr.collection.List.of(m)));
            } else if (m.measure() instanceof TenancyAction) {
                notAllowed.add("Discuss the tenancy action: refer the resident to the case's manager"
                        + from(m.from(), io.vavr.collection.List.of(m)));
            } else if (m.measure() instanceof InformingThePolice) {
                notAllowed.add("Ignore any incident: the police have been informed; report new incidents"
                        + from(m.from(), io.vavr.collection.List.of(m)));
            } else if (m.measure() instanceof ContactStandard.OtherContactStandard
                    || m.measure() instanceof ContactStandard.SocialMediaRemovalRequest) {
                notAllowed.add("Also in force: " + m.measure().inPlainEnglish() + from(m.from(), io.vavr.collection.List.of(m)));
            }
        }
        return notAllowed;
    }
}
