package org.uca.adapter.web.api.json;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uca.application.port.out.FairnessFigures;
import org.uca.application.port.out.TenancyProfile;
import org.uca.domain.calendar.EndedQuarter;
import org.uca.domain.calendar.Quarter;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.people.ProtectedCharacteristic;

/**
 * Policy 5.2's figures for the period: each count with what it is out of, so a receiving system can work out and
 * judge each rate (as the monitoring page shows them).
 *
 * @param tenancyProfile       restricted residents compared with the whole tenancy: only for a whole calendar
 *                             quarter that has ended, null for any other period
 * @param tenancyProfileGivenFor the quarter the profile is for ({@code 2026-Q3}); null where it is not given
 * @param tenancyProfileNotGivenBecause why the profile is not given for the period; null where it is
 * @param noticesWithheld      decisions whose notice was first withheld from the resident in the period, because
 *                             telling them would create a risk (issue 15 §3)
 * @param noticesStillWithheld decisions whose notice was withheld at the end of the period's last day
 */
public record FairnessJson(List<Authoriser> decisionsByAuthoriser, Map<String, CategoryCases> casesByCategory,
        List<DecisionMaker> appealsByDecisionMaker, long decisionsReplaced, long decisionsCorrected,
        MeasuresByService measuresByService, Times daysFromFirstActionToWarning, Times daysFromFirstActionToDecision,
        List<Profile> tenancyProfile, String tenancyProfileGivenFor, String tenancyProfileNotGivenBecause,
        long noticesWithheld, long noticesStillWithheld) {

    public record MeasuresByService(long forAllServices, long forNamedServices, Map<String, Long> naming) {
    }

    /**
     * One protected characteristic: each value's residents restricted and all residents, null where the small-numbers
     * rule withholds the count (under 5, or the one that would give a withheld count away by subtraction).
     */
    public record Profile(String characteristic, boolean supplied, List<ProfileValue> values, Long restrictedTotal,
            Long allTotal) {
    }

    public record ProfileValue(String value, Long restricted, Long all) {
    }

    public record Authoriser(String staffId, String name, String level, long decisions) {
    }

    public record CategoryCases(long cases, long casesWithDecision) {
    }

    public record DecisionMaker(String staffId, String name, long lodged, long upheld, long varied, long overturned) {
    }

    public record Times(long count, Double median, Double ninetiethPercentile) {
        static Times from(FairnessFigures.Times t) {
            return new Times(t.count(), t.median().getOrNull(), t.ninetiethPercentile().getOrNull());
        }
    }

    /** The figures of the report for {@code from} to {@code to}. */
    public static FairnessJson from(FairnessFigures f, LocalDate from, LocalDate to) {
        Option<Quarter> profiled = f.tenancyProfile().isDefined() ? Quarter.exactly(from, to) : Option.none();
        Map<String, CategoryCases> byCategory = new LinkedHashMap<>();
        f.casesByCategory().toSortedMap(k -> k).forEach((category, cases) -> byCategory.put(category.name(),
                new CategoryCases(cases.cases(), cases.casesWithDecision())));
        return new FairnessJson(
                f.decisionsByAuthoriser().map(a -> new Authoriser(a.staffId(), a.name(), a.level().name(),
                        a.decisions())).toJavaList(),
                byCategory,
                f.appealsByDecisionMaker().map(a -> new DecisionMaker(a.staffId(), a.name(), a.lodged(), a.upheld(),
                        a.varied(), a.overturned())).toJavaList(),
                f.decisionsReplaced(), f.decisionsCorrected(), servicesOf(f.measuresByService()),
                Times.from(f.daysFromFirstActionToWarning()), Times.from(f.daysFromFirstActionToDecision()),
                f.tenancyProfile().map(FairnessJson::profileOf).getOrNull(),
                profiled.map(Quarter::toString).getOrNull(),
                f.tenancyProfile().isDefined() ? null : EndedQuarter.WHY,
                f.noticesWithheld(), f.noticesStillWithheld());
    }

    private static MeasuresByService servicesOf(FairnessFigures.MeasuresByService m) {
        Map<String, Long> naming = new LinkedHashMap<>();
        for (LandlordService service : LandlordService.values()) {
            naming.put(service.name(), m.naming().get(service).getOrElse(0L));
        }
        return new MeasuresByService(m.forAllServices(), m.forNamedServices(), naming);
    }

    /** Only as the small-numbers rule lets each count be shown: never a count it withholds. */
    private static List<Profile> profileOf(TenancyProfile profile) {
        List<Profile> profiles = new ArrayList<>();
        for (ProtectedCharacteristic c : ProtectedCharacteristic.values()) {
            profiles.add(profile.comparison(c).map(k -> new Profile(c.column(), true,
                    k.values().zipWithIndex().map(v -> new ProfileValue(v._1,
                            k.restricted().cells().get(v._2).getOrNull(), k.all().cells().get(v._2).getOrNull()))
                            .toJavaList(), k.restricted().total().getOrNull(), k.all().total().getOrNull()))
                    .getOrElse(() -> new Profile(c.column(), false, List.of(), null, null)));
        }
        return profiles;
    }
}
