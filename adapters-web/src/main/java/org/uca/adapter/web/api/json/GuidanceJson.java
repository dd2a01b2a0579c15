package org.uca.adapter.web.api.json;

import java.time.LocalDate;
import java.util.List;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.measures.ContactStandard.AllowancePeriod;
import org.uca.domain.shared.Channel;

/** What contact staff may have with a resident now, from the restrictions in force. */
public record GuidanceJson(String resident, boolean restricted, List<Channel> allowedChannels,
        SinglePointOfContact singlePointOfContact, TimeAllowance timeAllowance, boolean noTelephoneCalls,
        boolean accompaniedOnly, boolean excludedFromPersonalContact, boolean officeBan, String thirdParty,
        List<String> limitedServices, boolean complaintsProcessOpen, boolean tenancyActionInProgress,
        boolean policeInformed, List<String> otherMeasures, String nextReview, boolean reviewOverdue,
        boolean housingOmbudsmanRouteOpen, boolean emergencyRepairsAndNecessaryPlannedWorksGoAhead) {

    public record SinglePointOfContact(String officer, String name) {
    }

    public record TimeAllowance(int minutesAllowed, AllowancePeriod per, int minutesUsed, int minutesLeft) {
    }

    public static GuidanceJson from(ContactGuidance g) {
        return new GuidanceJson(g.resident().value(), g.restricted(),
                g.allowedChannels().stream().sorted().toList(),
                g.singlePointOfContact().map(s -> new SinglePointOfContact(s.officer().value(), s.name())).getOrNull(),
                g.timeAllowance().map(t -> new TimeAllowance(t.minutesAllowed(), t.per(), t.minutesUsed(),
                        t.minutesLeft())).getOrNull(),
                g.noTelephoneCalls(), g.accompaniedOnly(), g.excludedFromPersonalContact(), g.officeBan(),
                g.thirdParty().getOrNull(), g.limitedServices().toJavaList(), g.complaintsProcessOpen(),
                g.tenancyActionInProgress(), g.policeInformed(), g.otherMeasures().toJavaList(),
                g.nextReview().map(LocalDate::toString).getOrNull(), g.reviewOverdue(),
                g.housingOmbudsmanRouteOpen(), g.emergencyRepairsAndNecessaryPlannedWorksGoAhead());
    }
}
