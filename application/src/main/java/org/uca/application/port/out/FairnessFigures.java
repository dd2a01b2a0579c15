package org.uca.application.port.out;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.uca.domain.cases.ActionCategory;
import org.uca.domain.cases.NoticeWithheld;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.shared.UkTime;

/**
 * What lets the Service Development Team see whether decisions are "fair and as consistent as possible" (policy
 * 5.2), where counts alone cannot: each count with what it is out of, the time taken, and appeals by who made the
 * decision appealed. For the same period as the report it belongs to.
 *
 * @param decisionsByAuthoriser          decisions authorised in the period (not those entered in error), by who
 *                                       authorised them and at which level
 * @param casesByCategory                for each category, the cases with actions of it in the period (not those
 *                                       entered in error) and how many of those cases had a decision in the period
 * @param appealsByDecisionMaker         appeals by the authoriser of the decision appealed: lodged in the period,
 *                                       and decided in the period by outcome
 * @param decisionsReplaced              decisions authorised in the period and since replaced (varied or corrected) by
 *                                       a later decision
 * @param daysFromFirstActionToWarning   days from a case's first recorded action to each warning issued in the period
 * @param daysFromFirstActionToDecision  days from a case's first recorded action to each decision authorised in the
 *                                       period (as {@link MonitoringReport#medianDaysFromFirstActionToDecision()})
 * @param tenancyProfile                 the residents restricted in the period compared with the whole tenancy, for
 *                                       each protected characteristic the housing system supplies; only where the
 *                                       period is a whole quarter that has ended ({@link org.uca.domain.calendar.EndedQuarter}), none (and
 *                                       not computed) for any other period
 * @param decisionsCorrected             decisions authorised in the period (not those entered in error) whose details
 *                                       (reasons, review date) were since corrected
 * @param measuresByService              the contact standards and service limits authorised in the period, by the
 *                                       services they apply to (LGSCO: no blanket approach)
 * @param noticesWithheld                decisions (not entered in error) whose notice was first withheld from the
 *                                       resident in the period, because telling them would create a risk (issue 15 §3)
 * @param noticesStillWithheld           decisions (not entered in error) whose notice was withheld at the end of the
 *                                       period's last day (by a {@link Withholding} begun on or before it and not
 *                                       ended by then)
 */
public record FairnessFigures(Seq<AuthoriserDecisions> decisionsByAuthoriser,
        Map<ActionCategory, CategoryCases> casesByCategory, Seq<AppealsByDecisionMaker> appealsByDecisionMaker,
        long decisionsReplaced, Times daysFromFirstActionToWarning, Times daysFromFirstActionToDecision,
        Option<TenancyProfile> tenancyProfile, long decisionsCorrected, MeasuresByService measuresByService,
        long noticesWithheld, long noticesStillWithheld) {

    /** No fairness figures: what a report built from counts alone carries. */
    public static final FairnessFigures NONE = new FairnessFigures(List.empty(), HashMap.empty(), List.empty(), 0,
            Times.NONE, Times.NONE, Option.none(), 0, MeasuresByService.NONE, 0, 0);

    /** The same figures with this tenancy profile. */
    public FairnessFigures withTenancyProfile(TenancyProfile profile) {
        return new FairnessFigures(decisionsByAuthoriser, casesByCategory, appealsByDecisionMaker, decisionsReplaced,
                daysFromFirstActionToWarning, daysFromFirstActionToDecision, Option.some(profile), decisionsCorrected,
                measuresByService, noticesWithheld, noticesStillWithheld);
    }

    public FairnessFigures {
        Objects.requireNonNull(tenancyProfile, "tenancyProfile");
        Objects.requireNonNull(measuresByService, "measuresByService");
        Objects.requireNonNull(decisionsByAuthoriser, "decisionsByAuthoriser");
        Objects.requireNonNull(casesByCategory, "casesByCategory");
        Objects.requireNonNull(appealsByDecisionMaker, "appealsByDecisionMaker");
        Objects.requireNonNull(daysFromFirstActionToWarning, "daysFromFirstActionToWarning");
        Objects.requireNonNull(daysFromFirstActionToDecision, "daysFromFirstActionToDecision");
        decisionsByAuthoriser = decisionsByAuthoriser.sortBy(a -> a.name() + "\u0000" + a.staffId() + a.level());
        appealsByDecisionMaker = appealsByDecisionMaker.sortBy(a -> a.name() + "\u0000" + a.staffId());
    }

    /** A manager's decisions at one level (a manager acting up authorises at more than one). */
    public record AuthoriserDecisions(String staffId, String name, AuthorityLevel level, long decisions) {
        public AuthoriserDecisions {
            Objects.requireNonNull(staffId, "staffId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(level, "level");
        }
    }

    /**
     * Contact standards and service limits by the services they apply to: how many apply to all our services, how
     * many only to named ones, and for each service how many of those name it (a measure naming two services
     * counts for each).
     */
    public record MeasuresByService(long forAllServices, long forNamedServices, Map<LandlordService, Long> naming) {
        public static final MeasuresByService NONE = new MeasuresByService(0, 0, HashMap.empty());

        public MeasuresByService {
            Objects.requireNonNull(naming, "naming");
        }

        /** The measures a scope applies to: what each service's share is out of. */
        public long scoped() {
            return forAllServices + forNamedServices;
        }

        /** From each measure's services: {@code none} for all our services, else those it names. */
        public static MeasuresByService of(Seq<Option<Seq<LandlordService>>> measures) {
            return new MeasuresByService(measures.count(Option::isEmpty), measures.count(Option::isDefined),
                    measures.flatMap(m -> m.getOrElse(List.empty())).groupBy(s -> s).mapValues(s -> (long) s.size()));
        }
    }

    /**
     * A time notice of a decision was withheld without a break: from the withholding that began it (the first, or
     * the first after an ending) to its ending, kept at re-checks in between. Notice withheld in January, ended in
     * February and withheld again in April was withheld twice, and not at the end of March.
     *
     * @param endedOn the UK date it ended; none while it stands
     */
    public record Withholding(LocalDate withheldOn, Option<LocalDate> endedOn) {
        public Withholding {
            Objects.requireNonNull(withheldOn, "withheldOn");
            Objects.requireNonNull(endedOn, "endedOn");
        }

        /**
         * The times a decision's notice was withheld, oldest first: each ending before the latest was followed by a
         * withholding anew (the first withholding signed off at or after it), and the latest time ends as the latest
         * withholding did, or stands.
         */
        public static Seq<Withholding> of(NoticeWithheld notice) {
            Seq<Option<LocalDate>> endings = notice.endedBefore().map(e -> Option.some(UkTime.dateOf(e.at())))
                    .append(notice.endedOn());
            return notice.beginnings().zipWith(endings, (begun, ended) -> new Withholding(UkTime.dateOf(begun.at()),
                    ended));
        }

        /** Whether notice was withheld at the end of {@code day}: withheld on or before it, not ended by then. */
        public boolean standsAtEndOf(LocalDate day) {
            return !withheldOn.isAfter(day) && endedOn.forAll(e -> e.isAfter(day));
        }
    }

    /** Cases with actions of a category in the period, and of them those with a decision in the period. */
    public record CategoryCases(long cases, long casesWithDecision) {
    }

    /** Appeals against one manager's decisions. */
    public record AppealsByDecisionMaker(String staffId, String name, long lodged, long upheld, long varied,
            long overturned) {
        public AppealsByDecisionMaker {
            Objects.requireNonNull(staffId, "staffId");
            Objects.requireNonNull(name, "name");
        }

        public long decided() {
            return upheld + varied + overturned;
        }
    }

    /** The median and 90th percentile (continuous, as SQL's PERCENTILE_CONT) of a number of days, over so many. */
    public record Times(long count, Option<Double> median, Option<Double> ninetiethPercentile) {
        public static final Times NONE = new Times(0, Option.none(), Option.none());

        public Times {
            Objects.requireNonNull(median, "median");
            Objects.requireNonNull(ninetiethPercentile, "ninetiethPercentile");
            // to a hundredth of a day: the database and Java interpolate in floating point, and may differ after that
            median = median.map(Times::hundredths);
            ninetiethPercentile = ninetiethPercentile.map(Times::hundredths);
        }

        private static double hundredths(double days) {
            return Math.round(days * 100) / 100.0;
        }

        /** The times of these days, in any order. */
        public static Times of(Seq<Long> days) {
            Seq<Long> sorted = days.sorted();
            return new Times(sorted.size(), percentile(sorted, 0.5), percentile(sorted, 0.9));
        }

        /** Linear interpolation between the closest ranks, as PERCENTILE_CONT does. */
        static Option<Double> percentile(Seq<Long> sorted, double p) {
            if (sorted.isEmpty()) {
                return Option.none();
            }
            double rank = p * (sorted.size() - 1);
            int below = (int) Math.floor(rank);
            int above = (int) Math.ceil(rank);
            return Option.some(sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below)));
        }
    }
}
