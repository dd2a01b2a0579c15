package org.uca.adapter.web.pages;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.uca.adapter.web.view.MonitoringPage;
import org.uca.application.port.out.FairnessFigures;
import org.uca.application.port.out.MonitoringReport;
import org.uca.application.port.out.TenancyProfile;
import org.uca.domain.calendar.EndedQuarter;
import org.uca.domain.cases.ActionCategory;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ProtectedCharacteristic;
import org.uca.domain.people.SmallNumbers;

/**
 * The monitoring report as the page shows it and the CSV holds it: the same figures and charts for both, so the CSV
 * has every figure the page shows. Rates are shown with what they are out of, so a reader can judge a rate on a
 * small number (policy 5.2: fair and as consistent as possible).
 */
final class MonitoringFigures {

    /** A counted line: its count and what it is out of (none for a plain count). */
    record Line(String label, long count, Option<Long> outOf) {
        static Line of(String label, long count) {
            return new Line(label, count, Option.none());
        }

        static Line of(String label, long count, long outOf) {
            return new Line(label, count, Option.some(outOf));
        }
    }

    /** The tenancy profile's heading, and its columns' names (the CSV's too). */
    static final String PROFILE_TITLE = "Residents restricted compared with the whole tenancy";
    static final String RESTRICTED = "residents restricted";
    static final String ALL = "all residents";
    /** What the page, the CSV and the API say for any other period than a whole quarter that has ended. */
    static final String NOT_GIVEN = "Not given for this period. " + EndedQuarter.WHY;

    /** The quarters that ended last, whose reports give the tenancy profile: the latest first. */
    static List<MonitoringPage.EndedQuarter> endedQuarters(LocalDate today) {
        return EndedQuarter.last(4, today).map(q -> new MonitoringPage.EndedQuarter(q.quarter().label(),
                "/monitoring?from=" + q.first() + "&to=" + q.last(),
                "/monitoring/board-pack.pdf?quarter=" + q.quarter())).toJavaList();
    }

    private MonitoringFigures() {
    }

    /**
     * For each protected characteristic, the residents with a decision in the period against all residents, as
     * {@link org.uca.domain.people.SmallNumbers} lets them be shown: a count under 5 as "&lt;5", its share blank.
     */
    static List<MonitoringPage.Profile> profiles(MonitoringReport r) {
        List<MonitoringPage.Profile> profiles = new ArrayList<>();
        if (r.fairness().tenancyProfile().isEmpty()) {
            return profiles; // given for a whole quarter that has ended only: see NOT_GIVEN
        }
        for (ProtectedCharacteristic c : ProtectedCharacteristic.values()) {
            String id = "profile-" + c.column().replace('_', '-');
            Option<TenancyProfile.Comparison> comparison = r.fairness().tenancyProfile().get().comparison(c);
            if (comparison.isEmpty()) {
                profiles.add(new MonitoringPage.Profile(id, c.title(), false, List.of(),
                        new MonitoringPage.ProfileRow("Total", "", "", "", "")));
                continue;
            }
            TenancyProfile.Comparison k = comparison.get();
            List<MonitoringPage.ProfileRow> rows = new ArrayList<>();
            for (int i = 0; i < k.values().size(); i++) {
                rows.add(new MonitoringPage.ProfileRow(k.values().get(i), shown(k.restricted().cells().get(i)),
                        share(k.restricted(), i), shown(k.all().cells().get(i)), share(k.all(), i)));
            }
            profiles.add(new MonitoringPage.Profile(id, c.title(), true, rows, new MonitoringPage.ProfileRow("Total",
                    shown(k.restricted().total()), "", shown(k.all().total()), "")));
        }
        return profiles;
    }

    private static String shown(Option<Long> count) {
        return count.map(String::valueOf).getOrElse("<" + SmallNumbers.THRESHOLD);
    }

    private static String share(SmallNumbers column, int cell) {
        return column.shareOf(cell).map(s -> String.format(Locale.UK, "%.1f%%", 100 * s)).getOrElse("");
    }

    static List<MonitoringPage.Figure> figures(MonitoringReport r) {
        FairnessFigures f = r.fairness();
        long decisions = r.decisions();
        long madeOrInError = decisions + r.decisionsEnteredInError();
        return List.of(
                new MonitoringPage.Figure("Decisions", String.valueOf(decisions)),
                new MonitoringPage.Figure("Warnings issued", String.valueOf(r.warnings())),
                rated("Warnings later followed by a restriction", r.warningsFollowedByRestriction(), r.warnings()),
                rated("Immediate actions for safety", r.immediateActions(), decisions),
                new MonitoringPage.Figure("Appeals lodged", String.valueOf(r.appealsLodged())),
                rated("Appeals decided late", r.appealsDecidedLate(), r.appealOutcomes().values().sum().longValue()),
                days("Median days from first action to decision", r.medianDaysFromFirstActionToDecision(),
                        f.daysFromFirstActionToDecision().count()),
                days("90th percentile days from first action to decision",
                        f.daysFromFirstActionToDecision().ninetiethPercentile(),
                        f.daysFromFirstActionToDecision().count()),
                days("Median days from first action to warning", f.daysFromFirstActionToWarning().median(),
                        f.daysFromFirstActionToWarning().count()),
                days("90th percentile days from first action to warning",
                        f.daysFromFirstActionToWarning().ninetiethPercentile(),
                        f.daysFromFirstActionToWarning().count()),
                new MonitoringPage.Figure("Restrictions past their review date",
                        String.valueOf(r.restrictionsPastReviewDate())),
                new MonitoringPage.Figure("Restrictions lapsed: due for review in the period, not reviewed in time",
                        String.valueOf(r.restrictionsLapsed())),
                rated("Decisions since replaced by a later decision (varied or corrected)", f.decisionsReplaced(),
                        decisions),
                rated("Decisions since corrected (their reasons or review date amended)", f.decisionsCorrected(),
                        decisions),
                new MonitoringPage.Figure("Notices withheld: the resident not told, because telling them would"
                        + " create a risk", String.valueOf(f.noticesWithheld())),
                new MonitoringPage.Figure("Notices still withheld at the end of the period",
                        String.valueOf(f.noticesStillWithheld())),
                rated("Decisions entered in error (not counted above)", r.decisionsEnteredInError(), madeOrInError),
                new MonitoringPage.Figure("Warnings entered in error (not counted above)",
                        String.valueOf(r.warningsEnteredInError())),
                new MonitoringPage.Figure("Actions entered in error (not counted by category)",
                        String.valueOf(r.actionsEnteredInError())),
                // issue 15 §2: filing does not stop complaints being heard
                new MonitoringPage.Figure("Correspondence filed without a reply (received in the period)",
                        String.valueOf(r.filedCorrespondence().filed())),
                rated("Filed correspondence screened after its deadline of five working days",
                        r.filedCorrespondence().screenedLate(), r.filedCorrespondence().filed()),
                rated("Filed correspondence not screened by its deadline (as it stood at the end of the period, or"
                        + " today)", r.filedCorrespondence().notScreenedByDeadline(), r.filedCorrespondence().filed()),
                rated("Filed correspondence raising a new issue or complaint",
                        r.filedCorrespondence().raisingNewIssues(), r.filedCorrespondence().filed()),
                rated("Filed correspondence raising a safeguarding concern",
                        r.filedCorrespondence().raisingSafeguardingConcerns(), r.filedCorrespondence().filed()));
    }

    static List<MonitoringPage.Chart> charts(MonitoringReport r) {
        FairnessFigures f = r.fairness();
        long decisions = r.decisions();
        long decided = r.appealOutcomes().values().sum().longValue();
        return List.of(
                chart("actions", "Unacceptable actions by category", "", lines(r.actionsByCategory(),
                        ActionCategory::label, Option.none())),
                chart("categories", "Cases decided, by category of action",
                        "Of the cases with actions of each category in the period, how many had a decision in the"
                                + " period (a case with actions of two categories counts in both).",
                        f.casesByCategory().toJavaMap(LinkedHashMap::new, t -> t).entrySet().stream()
                                .sorted(Map.Entry.comparingByKey())
                                .map(e -> Line.of(e.getKey().label(), e.getValue().casesWithDecision(),
                                        e.getValue().cases())).toList()),
                chart("measures", "Measures authorised by kind",
                        "Measures of each kind per 100 decisions in the period (a decision can have several).",
                        lines(r.measuresByKind(), MeasureKind::label, Option.some(decisions))),
                chart("services", "Contact standards and service limits by service",
                        "Of the contact standards and service limits authorised in the period, how many apply to all"
                                + " our services, and how many name each service (one naming two services counts"
                                + " for both): the LGSCO asks for no blanket approach.",
                        services(f.measuresByService())),
                chart("levels", "Decisions by authority level", "Each level's share of the decisions in the period.",
                        lines(r.decisionsByAuthorityLevel(), AuthorityLevel::title, Option.some(decisions))),
                chart("teams", "Decisions by team", "Each team's share of the decisions in the period; compare it"
                        + " with the team's share of the cases it manages.",
                        lines(r.decisionsByTeam(), s -> s, Option.some(decisions))),
                chart("authorisers", "Decisions by authoriser", "Each manager's share of the decisions in the"
                        + " period, at the level they authorised at.",
                        f.decisionsByAuthoriser().map(a -> Line.of(a.name() + " (" + a.level().title() + ")",
                                a.decisions(), decisions)).toJavaList()),
                chart("appeals", "Appeal outcomes", "Each outcome's share of the appeals decided in the period.",
                        lines(r.appealOutcomes(), AppealOutcome::label, Option.some(decided))),
                chart("appeals-by-decision-maker", "Appeals by decision-maker",
                        "By the manager who authorised the decision appealed: appeals lodged in the period, and each"
                                + " outcome's share of their appeals decided in the period (the overturn rate is the"
                                + " share overturned).",
                        f.appealsByDecisionMaker().toJavaList().stream().flatMap(a -> List.of(
                                Line.of(a.name() + ": lodged", a.lodged()),
                                Line.of(a.name() + ": upheld", a.upheld(), a.decided()),
                                Line.of(a.name() + ": varied", a.varied(), a.decided()),
                                Line.of(a.name() + ": overturned", a.overturned(), a.decided())).stream())
                                .toList()));
    }

    private static List<Line> services(FairnessFigures.MeasuresByService m) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of("All our services", m.forAllServices(), m.scoped()));
        for (LandlordService service : LandlordService.values()) {
            lines.add(Line.of("Named: " + service.label(), m.naming().get(service).getOrElse(0L), m.scoped()));
        }
        return lines;
    }

    /** "12.5%" of a whole, or a dash where there is nothing to be a share of. */
    static String rate(long count, long outOf) {
        return outOf == 0 ? "–" : String.format(Locale.UK, "%.1f%%", 100.0 * count / outOf);
    }

    private static MonitoringPage.Figure rated(String label, long count, long outOf) {
        return new MonitoringPage.Figure(label, String.valueOf(count), String.valueOf(outOf), rate(count, outOf));
    }

    private static MonitoringPage.Figure days(String label, Option<Double> days, long over) {
        return new MonitoringPage.Figure(label, days.map(d -> String.format(Locale.UK, "%.1f", d)).getOrElse("–"),
                String.valueOf(over), "");
    }

    private static <K extends Comparable<K>> List<Line> lines(io.vavr.collection.Map<K, Long> counts,
            Function<K, String> label, Option<Long> outOf) {
        return counts.toJavaMap(LinkedHashMap::new, t -> t).entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(e -> new Line(label.apply(e.getKey()), e.getValue(), outOf)).toList();
    }

    static MonitoringPage.Chart chart(String id, String title, String note, List<Line> lines) {
        long max = lines.stream().mapToLong(Line::count).max().orElse(0);
        boolean rated = lines.stream().anyMatch(l -> l.outOf().isDefined());
        List<MonitoringPage.Bar> bars = new ArrayList<>();
        int y = 4;
        for (Line line : lines) {
            int width = max == 0 ? 0 : (int) Math.max(line.count() > 0 ? 2 : 0, 300 * line.count() / max);
            bars.add(new MonitoringPage.Bar(line.label(), line.count(), line.outOf().map(String::valueOf).getOrElse(""),
                    line.outOf().map(o -> rate(line.count(), o)).getOrElse(""), y, width, y + 15));
            y += 28;
        }
        return new MonitoringPage.Chart(id, title, note, rated, 700, Math.max(y + 4, 30), bars);
    }
}
