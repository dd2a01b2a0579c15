package org.uca.domain.guidance;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.ReasonableAdjustment;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.ContactStandard.AllowancePeriod;
import org.uca.domain.measures.InformingThePolice;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.measures.Measure;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.measures.ServiceLimit;
import org.uca.domain.measures.TenancyAction;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;

/**
 * What contact staff may have with a resident at a given moment, from the restrictions in force. Emergency repairs
 * and necessary planned works always go ahead, and the resident can always contact the Housing Ombudsman: neither
 * is a field, because no measure can change them.
 *
 * @param allowedChannels     the ways the resident may contact us now
 * @param singlePointOfContact the officer all enquiries go to, if one is set
 * @param timeAllowance       the contact time allowance and what is left of it, if one is set
 * @param thirdParty          the third party all correspondence goes through, if one is set
 * @param limitedServices     each service limit in force, in plain English
 * @param otherMeasures       other measures in force (tenancy action, police, "other" measures), in plain English
 * @param otherContactStandards the contact standards among {@code otherMeasures} that no field above describes
 *                            (an "other" contact standard, a social media removal request), in plain English
 * @param nextReview          the earliest review date of the restrictions in force
 * @param inForce             every measure in force once, consolidated over all the decisions in force, each with the
 *                            decisions it comes from: of one kind that can only hold once (a single point of
 *                            contact, a contact time allowance, a third party) the strictest, or else the latest;
 *                            any other measure once however many decisions impose it
 * @param adjustments         the reasonable adjustments recorded for the resident, which staff make whatever is in force
 */
@ValueObject
public record ContactGuidance(ResidentId resident, boolean restricted, Set<Channel> allowedChannels,
        Option<SinglePointOfContact> singlePointOfContact, Option<TimeAllowance> timeAllowance,
        boolean noTelephoneCalls, boolean accompaniedOnly, boolean excludedFromPersonalContact, boolean officeBan,
        Option<String> thirdParty, Seq<String> limitedServices, boolean complaintsProcessOpen,
        boolean tenancyActionInProgress, boolean policeInformed, Seq<String> otherMeasures,
        Seq<String> otherContactStandards, Option<LocalDate> nextReview, boolean reviewOverdue,
        Seq<InForce> inForce, Seq<ReasonableAdjustment> adjustments) {

    private static final Set<Channel> ALL_CHANNELS = Collections.unmodifiableSet(EnumSet.allOf(Channel.class));

    public ContactGuidance {
        Objects.requireNonNull(resident, "resident");
        Objects.requireNonNull(allowedChannels, "allowedChannels");
        Objects.requireNonNull(singlePointOfContact, "singlePointOfContact");
        Objects.requireNonNull(timeAllowance, "timeAllowance");
        Objects.requireNonNull(thirdParty, "thirdParty");
        Objects.requireNonNull(limitedServices, "limitedServices");
        Objects.requireNonNull(otherMeasures, "otherMeasures");
        Objects.requireNonNull(otherContactStandards, "otherContactStandards");
        Objects.requireNonNull(nextReview, "nextReview");
        Objects.requireNonNull(inForce, "inForce");
        Objects.requireNonNull(adjustments, "adjustments");
    }

    /** A measure in force and the decisions it comes from, in their order. */
    @ValueObject
    public record InForce(Measure measure, Seq<DecisionId> from) {
        public InForce {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(from, "from");
        }
    }

    /** The decisions the measures of these kinds in force come from, in order (none if none is in force). */
    public Seq<DecisionId> from(MeasureKind... kinds) {
        Set<MeasureKind> wanted = EnumSet.noneOf(MeasureKind.class);
        wanted.addAll(java.util.Arrays.asList(kinds));
        return inForce.filter(m -> wanted.contains(m.measure().kind())).flatMap(InForce::from).distinct()
                .sortBy(DecisionId::number);
    }

    /** The named officer who deals with all the resident's enquiries. */
    @ValueObject
    public record SinglePointOfContact(StaffId officer, String name) {
    }

    /** A contact time allowance: minutes allowed each week or month, used so far in this one, and left. */
    @ValueObject
    public record TimeAllowance(int minutesAllowed, AllowancePeriod per, int minutesUsed) {
        public int minutesLeft() {
            return Math.max(0, minutesAllowed - minutesUsed);
        }

        public boolean usedUp() {
            return minutesUsed >= minutesAllowed;
        }

        /** More was used than allowed (contact that could not be cut short, recorded afterwards). */
        public boolean exceeded() {
            return minutesUsed > minutesAllowed;
        }
    }

    /** The right to contact the Housing Ombudsman remains, whatever the restrictions (policy 3.5, 4.4). */
    public boolean housingOmbudsmanRouteOpen() {
        return true;
    }

    /** Emergency repairs and necessary planned works go ahead, even with exclusion from personal contact. */
    public boolean emergencyRepairsAndNecessaryPlannedWorksGoAhead() {
        return true;
    }

    /** A resident with no restrictions: ordinary contact standards and services. */
    public static ContactGuidance unrestricted(ResidentId resident) {
        return unrestricted(resident, List.empty());
    }

    /** A resident with no restrictions, and the reasonable adjustments recorded for them. */
    private static ContactGuidance unrestricted(ResidentId resident, Seq<ReasonableAdjustment> adjustments) {
        return new ContactGuidance(resident, false, ALL_CHANNELS, Option.none(), Option.none(), false, false, false,
                false, Option.none(), List.empty(), true, false, false, List.empty(), List.empty(), Option.none(), false,
                List.empty(), adjustments);
    }

    /** The guidance for a case at {@code now}, from the decisions in force. */
    public static ContactGuidance forCase(Case c, Instant now) {
        return from(GuidanceFacts.of(c), now);
    }

    /** The guidance for a case at {@code now} when the resident contacts us about {@code service}. */
    public static ContactGuidance forCase(Case c, Instant now, LandlordService service) {
        return from(GuidanceFacts.of(c).forService(service), now);
    }

    /**
     * The guidance at {@code now} for one service, or for all when {@code service} is none (each measure in
     * {@link #inForce} then says which services it applies to).
     */
    public static ContactGuidance from(GuidanceFacts facts, Instant now, Option<LandlordService> service) {
        return from(service.map(facts::forService).getOrElse(facts), now);
    }

    /** The guidance at {@code now} from a case's guidance facts (as kept by a store beside the case). */
    public static ContactGuidance from(GuidanceFacts facts, Instant now) {
        EnumSet<Channel> channels = EnumSet.allOf(Channel.class);
        boolean noPhone = false;
        boolean accompanied = false;
        boolean excluded = false;
        boolean officeBan = false;
        boolean complaints = true;
        boolean tenancy = false;
        boolean police = false;
        LocalDate nextReview = null;
        List<String> limits = List.empty();
        List<String> others = List.empty();
        List<String> otherStandards = List.empty();
        boolean restricted = false;

        for (GuidanceFacts.InForce decision : facts.inForce()) {
            restricted = true;
            if (nextReview == null || decision.reviewDate().isBefore(nextReview)) {
                nextReview = decision.reviewDate();
            }
            for (Measure m : decision.measures()) {
                if (m instanceof ContactStandard.SinglePointOfContact
                        || m instanceof ContactStandard.ContactTimeAllowance
                        || m instanceof ContactStandard.ThirdPartyCorrespondenceOnly) {
                    continue; // held once: taken from the consolidated measures below
                }
                if (m instanceof ContactStandard.ExcludedContactMethods e) {
                    channels.removeAll(e.excluded());
                } else if (m instanceof ContactStandard.NoTelephoneCalls) {
                    noPhone = true;
                    channels.remove(Channel.PHONE);
                } else if (m instanceof ContactStandard.AccompaniedPersonalContactOnly) {
                    accompanied = true;
                } else if (m instanceof ContactStandard.ExclusionFromPersonalContact) {
                    excluded = true;
                    channels.remove(Channel.IN_PERSON);
                } else if (m instanceof ContactStandard.OfficeBan) {
                    officeBan = true;
                } else if (m instanceof ServiceLimit limit) {
                    if (limit instanceof ServiceLimit.NoComplaintsProcess) {
                        complaints = false;
                    }
                    limits = limits.append(limit.inPlainEnglish());
                } else if (m instanceof TenancyAction) {
                    tenancy = true;
                    others = others.append(m.inPlainEnglish());
                } else if (m instanceof InformingThePolice) {
                    police = true;
                    others = others.append(m.inPlainEnglish());
                } else {
                    others = others.append(m.inPlainEnglish());
                    otherStandards = otherStandards.append(m.inPlainEnglish());
                }
            }
        }
        if (!restricted) {
            return unrestricted(facts.resident(), facts.adjustments());
        }
        LocalDate today = UkTime.dateOf(now);
        Seq<InForce> inForce = consolidated(facts.inForce());
        Option<SinglePointOfContact> single = held(inForce, ContactStandard.SinglePointOfContact.class)
                .map(s -> new SinglePointOfContact(s.officer(), s.officerName()));
        Option<TimeAllowance> time = held(inForce, ContactStandard.ContactTimeAllowance.class)
                .map(a -> new TimeAllowance(a.minutes(), a.per(), minutesUsed(facts.contactTime(), a.per(), today)));
        Option<String> thirdParty = held(inForce, ContactStandard.ThirdPartyCorrespondenceOnly.class)
                .map(ContactStandard.ThirdPartyCorrespondenceOnly::thirdParty);
        // the strictest applies: excluded from all personal contact, "only when accompanied" says nothing more
        return new ContactGuidance(facts.resident(), true, Collections.unmodifiableSet(channels), single, time,
                noPhone, accompanied && !excluded, excluded, officeBan, thirdParty, limits.distinct(), complaints, tenancy,
                police, others.distinct(), otherStandards.distinct(), Option.of(nextReview), nextReview.isBefore(today),
                inForce, facts.adjustments());
    }

    /**
     * Every measure in force once, with the decisions it comes from. Where two decisions set what can only be set
     * once, one applies: the smallest contact time allowance, or else the latest decision's (its single point of
     * contact or third party replaces the earlier one's); so no line contradicts another. Methods of contact excluded
     * by different decisions stay apart, so each closed method names the decisions that closed it.
     */
    private static Seq<InForce> consolidated(Seq<GuidanceFacts.InForce> decisions) {
        java.util.Map<Object, InForce> byKey = new java.util.LinkedHashMap<>();
        for (GuidanceFacts.InForce decision : decisions) {
            for (Measure m : decision.measures()) {
                boolean once = m instanceof ContactStandard.SinglePointOfContact
                        || m instanceof ContactStandard.ContactTimeAllowance
                        || m instanceof ContactStandard.ThirdPartyCorrespondenceOnly;
                Object key = once ? m.kind() : m;
                InForce earlier = byKey.get(key);
                if (earlier == null) {
                    byKey.put(key, new InForce(m, List.of(decision.decision())));
                } else if (earlier.measure().equals(m)) {
                    byKey.put(key, new InForce(m, earlier.from().append(decision.decision())));
                } else if (!(m instanceof ContactStandard.ContactTimeAllowance a)
                        || perWeek(a) < perWeek((ContactStandard.ContactTimeAllowance) earlier.measure())) {
                    byKey.put(key, new InForce(m, List.of(decision.decision())));
                }
            }
        }
        return List.ofAll(byKey.values()).sortBy(m -> m.measure().kind().ordinal());
    }

    /** The decisions that close this method of contact, in order (none if it is open). */
    public Seq<DecisionId> closing(Channel channel) {
        return closingMeasures(channel).flatMap(InForce::from).distinct().sortBy(DecisionId::number);
    }

    /** The measures in force that close this method of contact (none if it is open). */
    public Seq<InForce> closingMeasures(Channel channel) {
        return inForce.filter(m -> m.measure() instanceof ContactStandard.ExcludedContactMethods e
                        && e.excluded().contains(channel)
                        || channel == Channel.PHONE && m.measure() instanceof ContactStandard.NoTelephoneCalls
                        || channel == Channel.IN_PERSON
                                && m.measure() instanceof ContactStandard.ExclusionFromPersonalContact);
    }

    /** The measures in force of these kinds. */
    public Seq<InForce> ofKinds(MeasureKind... kinds) {
        Set<MeasureKind> wanted = EnumSet.noneOf(MeasureKind.class);
        wanted.addAll(java.util.Arrays.asList(kinds));
        return inForce.filter(m -> wanted.contains(m.measure().kind()));
    }

    /** The measure of this kind in force, of the kinds held once (see {@link #consolidated}). */
    private static <M extends Measure> Option<M> held(Seq<InForce> inForce, Class<M> kind) {
        return inForce.map(InForce::measure).find(kind::isInstance).map(kind::cast);
    }

    /** Allowances over different periods compared as minutes a week (a month is 52/12 weeks). */
    private static double perWeek(ContactStandard.ContactTimeAllowance a) {
        return a.per() == AllowancePeriod.WEEK ? a.minutes() : a.minutes() * 12.0 / 52.0;
    }

    private static int minutesUsed(Seq<GuidanceFacts.ContactDay> contactTime, AllowancePeriod per, LocalDate today) {
        LocalDate from = per == AllowancePeriod.WEEK ? today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : today.withDayOfMonth(1);
        int used = 0;
        for (GuidanceFacts.ContactDay day : contactTime) {
            if (!day.day().isBefore(from) && !day.day().isAfter(today)) {
                used += day.minutes();
            }
        }
        return used;
    }
}
