package org.uca.adapter.web.api.json;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import org.uca.adapter.web.input.MeasureInput;
import org.uca.domain.cases.AdjustmentKind;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.measures.ContactStandard.AllowancePeriod;
import org.uca.domain.shared.Channel;

/**
 * What contact staff may have with a resident now, from the restrictions in force.
 *
 * @param service the service the guidance answers for ({@code ?service=}): only the restrictions that cover it;
 *                null when it answers for all services, each measure in {@code inForce} saying which it applies to
 */
public record GuidanceJson(String resident, LandlordService service, boolean restricted, List<Channel> allowedChannels,
        SinglePointOfContact singlePointOfContact, TimeAllowance timeAllowance, boolean noTelephoneCalls,
        boolean accompaniedOnly, boolean excludedFromPersonalContact, boolean officeBan, String thirdParty,
        List<String> limitedServices, boolean complaintsProcessOpen, boolean tenancyActionInProgress,
        boolean policeInformed, List<String> otherMeasures, String nextReview, boolean reviewOverdue,
        boolean housingOmbudsmanRouteOpen, boolean emergencyRepairsAndNecessaryPlannedWorksGoAhead,
        List<InForce> inForce, List<Adjustment> adjustments) {

    public record SinglePointOfContact(String officer, String name) {
    }

    /** @param minutesOver how many minutes more than allowed were used (0 unless the allowance was exceeded) */
    public record TimeAllowance(int minutesAllowed, AllowancePeriod per, int minutesUsed, int minutesLeft,
            boolean exceeded, int minutesOver) {
    }

    /** A measure in force once, consolidated over the decisions in force, and the decisions it comes from. */
    public record InForce(MeasureKind kind, String text, List<Integer> decisions, MeasureInput.ScopeType scope,
            List<LandlordService> services) {
    }

    /** A reasonable adjustment recorded for the resident. */
    public record Adjustment(AdjustmentKind kind, String notes) {
    }

    public static GuidanceJson from(ContactGuidance g) {
        return from(g, Option.none());
    }

    public static GuidanceJson from(ContactGuidance g, Option<LandlordService> service) {
        return new GuidanceJson(g.resident().value(), service.getOrNull(), g.restricted(),
                g.allowedChannels().stream().sorted().toList(),
                g.singlePointOfContact().map(s -> new SinglePointOfContact(s.officer().value(), s.name())).getOrNull(),
                g.timeAllowance().map(t -> new TimeAllowance(t.minutesAllowed(), t.per(), t.minutesUsed(),
                        t.minutesLeft(), t.exceeded(), Math.max(0, t.minutesUsed() - t.minutesAllowed()))).getOrNull(),
                g.noTelephoneCalls(), g.accompaniedOnly(), g.excludedFromPersonalContact(), g.officeBan(),
                g.thirdParty().getOrNull(), g.limitedServices().toJavaList(), g.complaintsProcessOpen(),
                g.tenancyActionInProgress(), g.policeInformed(), g.otherMeasures().toJavaList(),
                g.nextReview().map(LocalDate::toString).getOrNull(), g.reviewOverdue(),
                g.housingOmbudsmanRouteOpen(), g.emergencyRepairsAndNecessaryPlannedWorksGoAhead(),
                g.inForce().map(m -> new InForce(m.measure().kind(), m.measure().inPlainEnglish(),
                        m.from().map(DecisionId::number).toJavaList(), ScopeJson.scope(m.measure()),
                        ScopeJson.services(m.measure()))).toJavaList(),
                g.adjustments().map(a -> new Adjustment(a.kind(), a.notes())).toJavaList());
    }
}
