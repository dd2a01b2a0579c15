package org.uca.adapter.web.api.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.uca.application.port.out.MonitoringReport;

/**
 * The monitoring report for a period: counts by category, kind, level, team and outcome, and the totals. Decisions,
 * warnings and actions entered in error are counted apart ({@code decisionsEnteredInError},
 * {@code warningsEnteredInError}, {@code actionsEnteredInError}), in none of the other figures; {@code fairness}
 * holds policy 5.2's figures (each count with what it is out of); {@code filedCorrespondence} the correspondence
 * filed without a reply that was received in the period (issue 15 §2).
 */
public record MonitoringJson(String from, String to, Map<String, Long> actionsByCategory,
        Map<String, Long> measuresByKind, Map<String, Long> decisionsByTeam, Map<String, Long> decisionsByAuthorityLevel,
        long decisions, long warnings, long warningsFollowedByRestriction, long immediateActions, long appealsLodged,
        Map<String, Long> appealOutcomes, long appealsDecidedLate, Double medianDaysFromFirstActionToDecision,
        long restrictionsPastReviewDate, long decisionsEnteredInError, long warningsEnteredInError,
        long actionsEnteredInError, long restrictionsLapsed, FairnessJson fairness,
        FiledCorrespondence filedCorrespondence) {

    /**
     * Correspondence filed without a reply, received in the period: screened late, not screened by its deadline (as
     * it stood at the end of the period, or today), raising new issues or concerns.
     */
    public record FiledCorrespondence(long filed, long screenedLate, long notScreenedByDeadline, long raisingNewIssues,
            long raisingSafeguardingConcerns) {
    }

    public static MonitoringJson from(MonitoringReport r) {
        return new MonitoringJson(r.from().toString(), r.to().toString(), names(r.actionsByCategory()),
                names(r.measuresByKind()), r.decisionsByTeam().toJavaMap(LinkedHashMap::new, t -> t),
                names(r.decisionsByAuthorityLevel()), r.decisions(), r.warnings(), r.warningsFollowedByRestriction(),
                r.immediateActions(), r.appealsLodged(), names(r.appealOutcomes()), r.appealsDecidedLate(),
                r.medianDaysFromFirstActionToDecision().getOrNull(), r.restrictionsPastReviewDate(),
                r.decisionsEnteredInError(), r.warningsEnteredInError(), r.actionsEnteredInError(),
                r.restrictionsLapsed(), FairnessJson.from(r.fairness(), r.from(), r.to()), new FiledCorrespondence(
                        r.filedCorrespondence().filed(), r.filedCorrespondence().screenedLate(),
                        r.filedCorrespondence().notScreenedByDeadline(),
                        r.filedCorrespondence().raisingNewIssues(),
                        r.filedCorrespondence().raisingSafeguardingConcerns()));
    }

    private static <K extends Enum<K>> Map<String, Long> names(io.vavr.collection.Map<K, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k.name(), v));
        return out;
    }
}
