package org.uca.adapter.web.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.uca.adapter.web.port.Colleagues;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.InformingThePolice;
import org.uca.domain.measures.Measure;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.measures.ServiceLimit;
import org.uca.domain.measures.TenancyAction;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Channel;

/**
 * Measures from input. A form sends the chosen kinds as {@code <list>} and each one's details as
 * {@code measure.<KIND>.<detail>}; JSON sends {@code <list>} as objects with a {@code kind} and the details.
 * Problems are named like the domain's: {@code measures[0].minutes}.
 */
public final class MeasureInput {

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
                add(measures, o.one("kind"), o, list + "[" + i + "]", colleagues, problems);
            }
            return measures;
        }
        List<String> kinds = p.all(list);
        for (int i = 0; i < kinds.size(); i++) {
            add(measures, kinds.get(i), p.within("measure." + kinds.get(i)), list + "[" + i + "]", colleagues,
                    problems);
        }
        return measures;
    }

    private static void add(List<Measure> measures, String kindName, Params d, String at, Colleagues colleagues,
            Problems problems) {
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
        if (measure != null) {
            measures.add(measure);
        }
    }
}
