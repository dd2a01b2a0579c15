package org.uca.adapter.web.api.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uca.application.port.out.FairnessFigures;

/**
 * Policy 5.2's figures for the period: each count with what it is out of, so a receiving system can work out and
 * judge each rate (as the monitoring page shows them).
 *
 * @param noticesWithheld      decisions whose notice was first withheld from the resident in the period, because
 *                             telling them would create a risk (issue 15 §3)
 * @param noticesStillWithheld decisions whose notice was withheld on or before the period's end and not ended by
 *                             then
 */
public record FairnessJson(List<Authoriser> decisionsByAuthoriser, Map<String, CategoryCases> casesByCategory,
        List<DecisionMaker> appealsByDecisionMaker, long decisionsReplaced, Times daysFromFirstActionToWarning,
        Times daysFromFirstActionToDecision, long noticesWithheld, long noticesStillWithheld) {

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

    public static FairnessJson from(FairnessFigures f) {
        Map<String, CategoryCases> byCategory = new LinkedHashMap<>();
        f.casesByCategory().toSortedMap(k -> k).forEach((category, cases) -> byCategory.put(category.name(),
                new CategoryCases(cases.cases(), cases.casesWithDecision())));
        return new FairnessJson(
                f.decisionsByAuthoriser().map(a -> new Authoriser(a.staffId(), a.name(), a.level().name(),
                        a.decisions())).toJavaList(),
                byCategory,
                f.appealsByDecisionMaker().map(a -> new DecisionMaker(a.staffId(), a.name(), a.lodged(), a.upheld(),
                        a.varied(), a.overturned())).toJavaList(),
                f.decisionsReplaced(), Times.from(f.daysFromFirstActionToWarning()),
                Times.from(f.daysFromFirstActionToDecision()), f.noticesWithheld(), f.noticesStillWithheld());
    }
}
