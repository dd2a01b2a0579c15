package org.uca.application.port.out;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.uca.domain.cases.ActionCategory;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.people.AuthorityLevel;

/**
 * Monitoring for the Service Development Team (policy 5): are decisions fair and consistent? Counts for a period,
 * as data any front end can chart.
 *
 * @param actionsByCategory             unacceptable actions that happened in the period, by category (not those
 *                                      entered in error)
 * @param measuresByKind                measures authorised in the period, by kind
 * @param decisionsByTeam               decisions authorised in the period, by the authorising manager's team
 * @param decisionsByAuthorityLevel     decisions authorised in the period, by the authoriser's level
 * @param warnings                      warnings issued in the period (not those entered in error)
 * @param warningsFollowedByRestriction of those warnings, how many a decision later rested on
 * @param immediateActions              decisions in the period taken immediately for safety, without a warning
 * @param appealsLodged                 appeals received in the period
 * @param appealOutcomes                appeals decided in the period, by outcome
 * @param appealsDecidedLate            appeals decided in the period after their due date
 * @param medianDaysFromFirstActionToDecision median calendar days from a case's first action to each decision
 * @param restrictionsPastReviewDate    restrictions in force today whose review date has passed
 * @param decisionsEnteredInError       decisions authorised in the period and since entered in error (they should
 *                                      never have been made): counted here, not in the figures above
 * @param actionsEnteredInError         actions that happened in the period and were since entered in error (they
 *                                      should never have been recorded): counted here, not by category
 * @param restrictionsLapsed            restrictions due for review in the period that lapsed because nobody reviewed
 *                                      them in time (issue 15 §4)
 * @param warningsEnteredInError        warnings issued in the period and since entered in error (they should never
 *                                      have been issued): counted here, not as issued nor as followed by a decision
 * @param fairness                      rates, times and appeals by decision-maker (policy 5.2)
 * @param filedCorrespondence           correspondence filed without a reply, received in the period (issue 15 §2)
 */
public record MonitoringReport(LocalDate from, LocalDate to, Map<ActionCategory, Long> actionsByCategory,
        Map<MeasureKind, Long> measuresByKind, Map<String, Long> decisionsByTeam,
        Map<AuthorityLevel, Long> decisionsByAuthorityLevel, long warnings, long warningsFollowedByRestriction,
        long immediateActions, long appealsLodged, Map<AppealOutcome, Long> appealOutcomes, long appealsDecidedLate,
        Option<Double> medianDaysFromFirstActionToDecision, long restrictionsPastReviewDate,
        long decisionsEnteredInError, long actionsEnteredInError, long warningsEnteredInError,
        long restrictionsLapsed, FairnessFigures fairness, FiledCorrespondenceFigures filedCorrespondence) {

    public MonitoringReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actionsByCategory, "actionsByCategory");
        Objects.requireNonNull(measuresByKind, "measuresByKind");
        Objects.requireNonNull(decisionsByTeam, "decisionsByTeam");
        Objects.requireNonNull(decisionsByAuthorityLevel, "decisionsByAuthorityLevel");
        Objects.requireNonNull(appealOutcomes, "appealOutcomes");
        Objects.requireNonNull(medianDaysFromFirstActionToDecision, "medianDaysFromFirstActionToDecision");
        Objects.requireNonNull(fairness, "fairness");
        Objects.requireNonNull(filedCorrespondence, "filedCorrespondence");
    }

    /** The report without figures for filed correspondence (as before issue 15 §2). */
    public MonitoringReport(LocalDate from, LocalDate to, Map<ActionCategory, Long> actionsByCategory,
            Map<MeasureKind, Long> measuresByKind, Map<String, Long> decisionsByTeam,
            Map<AuthorityLevel, Long> decisionsByAuthorityLevel, long warnings, long warningsFollowedByRestriction,
            long immediateActions, long appealsLodged, Map<AppealOutcome, Long> appealOutcomes,
            long appealsDecidedLate, Option<Double> medianDaysFromFirstActionToDecision,
            long restrictionsPastReviewDate, long decisionsEnteredInError, long actionsEnteredInError,
            long warningsEnteredInError, long restrictionsLapsed, FairnessFigures fairness) {
        this(from, to, actionsByCategory, measuresByKind, decisionsByTeam, decisionsByAuthorityLevel, warnings,
                warningsFollowedByRestriction, immediateActions, appealsLodged, appealOutcomes, appealsDecidedLate,
                medianDaysFromFirstActionToDecision, restrictionsPastReviewDate, decisionsEnteredInError,
                actionsEnteredInError, warningsEnteredInError, restrictionsLapsed, fairness,
                FiledCorrespondenceFigures.NONE);
    }

    /** The counts alone, without the fairness figures (as before policy 5.2's rates were added). */
    public MonitoringReport(LocalDate from, LocalDate to, Map<ActionCategory, Long> actionsByCategory,
            Map<MeasureKind, Long> measuresByKind, Map<String, Long> decisionsByTeam,
            Map<AuthorityLevel, Long> decisionsByAuthorityLevel, long warnings, long warningsFollowedByRestriction,
            long immediateActions, long appealsLodged, Map<AppealOutcome, Long> appealOutcomes,
            long appealsDecidedLate, Option<Double> medianDaysFromFirstActionToDecision,
            long restrictionsPastReviewDate, long decisionsEnteredInError, long actionsEnteredInError,
            long warningsEnteredInError, long restrictionsLapsed) {
        this(from, to, actionsByCategory, measuresByKind, decisionsByTeam, decisionsByAuthorityLevel, warnings,
                warningsFollowedByRestriction, immediateActions, appealsLodged, appealOutcomes, appealsDecidedLate,
                medianDaysFromFirstActionToDecision, restrictionsPastReviewDate, decisionsEnteredInError,
                actionsEnteredInError, warningsEnteredInError, restrictionsLapsed, FairnessFigures.NONE);
    }

    /** The same report with this tenancy profile (one published before, in place of one worked out now). */
    public MonitoringReport withTenancyProfile(TenancyProfile profile) {
        return new MonitoringReport(from, to, actionsByCategory, measuresByKind, decisionsByTeam,
                decisionsByAuthorityLevel, warnings, warningsFollowedByRestriction, immediateActions, appealsLodged,
                appealOutcomes, appealsDecidedLate, medianDaysFromFirstActionToDecision, restrictionsPastReviewDate,
                decisionsEnteredInError, actionsEnteredInError, warningsEnteredInError, restrictionsLapsed,
                fairness.withTenancyProfile(profile), filedCorrespondence);
    }

    /** The measures authorised in the period, whatever their kind (what a kind's share is out of). */
    public long measures() {
        return measuresByKind.values().sum().longValue();
    }

    public long decisions() {
        return decisionsByAuthorityLevel.values().sum().longValue();
    }
}
