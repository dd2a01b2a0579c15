package org.uca.adapter.web.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.uca.adapter.web.port.Colleagues;
import org.uca.domain.measures.AppliesToServices;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.InformingThePolice;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.measures.Measure;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.measures.ServiceLimit;
import org.uca.domain.measures.ServiceScope;
import org.uca.domain.measures.TenancyAction;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Channel;

/**
 * Measures from input. A form sends the chosen kinds as {@code <list>} and each one's details as
 * {@code measure.<KIND>.<detail>}; JSON sends {@code <list>} as objects with a {@code kind} and the details.
 * Problems are named like the domain's: {@code measures[0].minutes}.
 *
 * <p>A contact standard or service limit also takes its scope ("no blanket approach", LGSCO): {@code scope}, all
 * services or named ones, and {@code services}, the ones named. The form asks for the scope of every such measure
 * chosen, so all services is a choice made, never a silent default; the API, for clients written before scopes,
 * reads a measure with neither as for all services, and one with only {@code services} as for those.
 */
public final class MeasureInput {

    /** Whether a measure applies to all services or only to the ones named. */
    public enum ScopeType {
        ALL_SERVICES("All our services"), NAMED_SERVICES("Only the services chosen");

        private final String label;

        ScopeType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether a kind of measure is confined to services (contact standards and service limits). */
    public static boolean scoped(MeasureKind kind) {
        return kind.group() == MeasureKind.Group.CONTACT_STANDARDS || kind.group() == MeasureKind.Group.SERVICE_LIMITS;
    }

    /** The details each kind of measure takes, in the order a form shows them. */
    public static List<String> detailsOf(MeasureKind kind) {
        return switch (kind) {
            case SINGLE_POINT_OF_CONTACT -> List.of("officer");
            case CONTACT_TIME_ALLOWANCE -> List.of("minutes", "per");
            case EXCLUDED_CONTACT_METHODS -> List.of("excluded");
            case THIRD_PARTY_CORRESPONDENCE_ONLY -> List.of("thirdParty");
            case SOCIAL_MEDIA_REMOVAL_REQUEST -> List.of("postsAndSites");
            case WITHHELD_PLANNED_WORKS, VARIED_SERVICE_TIMESCALES -> List.of("which");
            case OTHER_CONTACT_STANDARD, OTHER_SERVICE_LIMIT, TENANCY_ACTION, INFORMING_THE_POLICE ->
                    List.of("description");
            default -> List.of();
        };
    }

    private MeasureInput() {
    }

    static List<Measure> measures(Params p, String list, Colleagues colleagues, Problems problems) {
        List<Measure> measures = new ArrayList<>();
        List<Params> objects = p.objects(list);
        if (!objects.isEmpty()) {
            for (int i = 0; i < objects.size(); i++) {
                Params o = objects.get(i);
                add(measures, o.one("kind"), o, list + "[" + i + "]", colleagues, problems, false);
            }
            return measures;
        }
        List<String> kinds = p.all(list);
        for (int i = 0; i < kinds.size(); i++) {
            add(measures, kinds.get(i), p.within("measure." + kinds.get(i)), list + "[" + i + "]", colleagues,
                    problems, true);
        }
        return measures;
    }

    private static void add(List<Measure> measures, String kindName, Params d, String at, Colleagues colleagues,
            Problems problems, boolean scopeAsked) {
        Problems here = problems.at(at);
        MeasureKind kind = here.parseEnum(kindName, MeasureKind.class, "kind", "a kind of measure");
        if (kind == null) {
            return;
        }
        Measure measure = switch (kind) {
            case SINGLE_POINT_OF_CONTACT -> {
                String officer = d.one("officer");
                var member = officer.isEmpty() ? io.vavr.control.Option.<org.uca.domain.people.StaffMember>none()
                        : colleagues.find(new StaffId(officer));
                if (member.isEmpty()) {
                    here.add("officer", "Choose the officer who will be the single point of contact.");
                    yield null;
                }
                yield new ContactStandard.SinglePointOfContact(member.get().id(), member.get().name());
            }
            case CONTACT_TIME_ALLOWANCE -> {
                Integer minutes = here.number(d, "minutes", "the minutes allowed");
                ContactStandard.AllowancePeriod per = here.choice(d, "per", ContactStandard.AllowancePeriod.class,
                        "each week or each month");
                if (minutes == null || per == null) {
                    yield null;
                }
                yield new ContactStandard.ContactTimeAllowance(minutes, per);
            }
            case EXCLUDED_CONTACT_METHODS -> new ContactStandard.ExcludedContactMethods(
                    Set.copyOf(here.choices(d, "excluded", Channel.class, "a method of contact")));
            case THIRD_PARTY_CORRESPONDENCE_ONLY -> new ContactStandard.ThirdPartyCorrespondenceOnly(d.one("thirdParty"));
            case SOCIAL_MEDIA_REMOVAL_REQUEST -> new ContactStandard.SocialMediaRemovalRequest(d.one("postsAndSites"));
            case NO_TELEPHONE_CALLS -> new ContactStandard.NoTelephoneCalls();
            case ACCOMPANIED_PERSONAL_CONTACT_ONLY -> new ContactStandard.AccompaniedPersonalContactOnly();
            case EXCLUSION_FROM_PERSONAL_CONTACT -> new ContactStandard.ExclusionFromPersonalContact();
            case OFFICE_BAN -> new ContactStandard.OfficeBan();
            case OTHER_CONTACT_STANDARD -> new ContactStandard.OtherContactStandard(d.one("description"));
            case NO_IMPROVEMENT_APPROVALS -> new ServiceLimit.NoImprovementApprovals();
            case WITHHELD_PLANNED_WORKS -> new ServiceLimit.WithheldPlannedWorks(d.one("which"));
            case HEALTH_AND_SAFETY_REPAIRS_ONLY -> new ServiceLimit.HealthAndSafetyRepairsOnly();
            case NO_RESIDENT_GROUP_ACCESS -> new ServiceLimit.NoResidentGroupAccess();
            case VARIED_SERVICE_TIMESCALES -> new ServiceLimit.VariedServiceTimescales(d.one("which"));
            case NO_COMPLAINTS_PROCESS -> new ServiceLimit.NoComplaintsProcess();
            case OTHER_SERVICE_LIMIT -> new ServiceLimit.OtherServiceLimit(d.one("description"));
            case TENANCY_ACTION -> new TenancyAction(d.one("description"));
            case INFORMING_THE_POLICE -> new InformingThePolice(d.one("description"));
        };
        ServiceScope scope = scoped(kind) ? scope(d, here, scopeAsked) : null;
        if (measure instanceof AppliesToServices scopedMeasure && scope != null) {
            measures.add(scopedMeasure.withScope(scope));
        } else if (measure != null && !(measure instanceof AppliesToServices)) {
            measures.add(measure);
        }
    }

    /** The services a measure applies to; null, with the problem added, if they are not said or not known. */
    private static ServiceScope scope(Params d, Problems here, boolean asked) {
        String type = d.one("scope");
        Set<LandlordService> named = here.choices(d, "services", LandlordService.class, "a service");
        if (type.isEmpty() && !asked) {
            return d.all("services").isEmpty() ? ServiceScope.ALL : new ServiceScope.NamedServices(named);
        }
        ScopeType chosen = here.choice(d, "scope", ScopeType.class,
                "whether this applies to all our services or only to the ones you name");
        if (chosen == ScopeType.ALL_SERVICES && !d.all("services").isEmpty()) {
            here.add("services", "Name services only for a measure that applies to some of them, not to all.");
            return null;
        }
        return chosen == null ? null : chosen == ScopeType.ALL_SERVICES ? ServiceScope.ALL
                : new ServiceScope.NamedServices(named); // none named: the domain says to name at least one
    }
}
