package org.uca.adapter.web.view;

import java.util.List;

/**
 * The monitoring report for the Service Development Team: figures and charts. Each figure and each bar may carry what
 * it is out of and the rate that makes (policy 5.2: counts alone cannot show whether decisions are fair and
 * consistent); the CSV holds exactly these.
 */
public record MonitoringPage(PageFrame frame, String from, String to, String error, String csvHref,
        List<Figure> figures, List<Chart> charts, List<Profile> profiles, boolean profileGiven,
        List<EndedQuarter> endedQuarters) {

    /** The page without a tenancy profile (a refused period). */
    public MonitoringPage(PageFrame frame, String from, String to, String error, String csvHref,
            List<Figure> figures, List<Chart> charts) {
        this(frame, from, to, error, csvHref, figures, charts, List.of(), false, List.of());
    }

    /** A quarter that has ended, whose report and board pack give the tenancy profile. */
    public record EndedQuarter(String label, String reportHref, String boardPackHref) {
    }

    /** A figure; {@code outOf} and {@code rate} are empty where it is no share of something. */
    public record Figure(String label, String value, String outOf, String rate) {
        public Figure(String label, String value) {
            this(label, value, "", "");
        }
    }

    /**
     * A horizontal bar chart drawn as SVG on the server, with the same figures as a table.
     *
     * @param note   what each rate is out of, said on the page (empty for a chart of counts)
     * @param rated  whether the table has the "out of" and rate columns
     */
    public record Chart(String id, String title, String note, boolean rated, int width, int height, List<Bar> bars) {
        public Chart(String id, String title, int width, int height, List<Bar> bars) {
            this(id, title, "", false, width, height, bars);
        }
    }

    /** A bar: its count, and (in a rated chart) what it is out of and the rate. */
    public record Bar(String label, long value, String outOf, String rate, int y, int barWidth, int textY) {
        public Bar(String label, long value, int y, int barWidth, int textY) {
            this(label, value, "", "", y, barWidth, textY);
        }

        /** The label as the chart draws it (the table gives it whole). */
        public String shortLabel() {
            return label.length() > 48 ? label.substring(0, 46) + "…" : label;
        }
    }

    /**
     * One protected characteristic: the residents restricted in the period against the whole tenancy, as counts
     * and shares of each column, every count under 5 shown as "&lt;5" with its share left blank. No cell links
     * anywhere and no row is a resident.
     *
     * @param supplied whether the housing system supplies it (if not, the page says so instead of a table)
     * @param total    the columns' totals, as the rows' cells
     */
    public record Profile(String id, String title, boolean supplied, List<ProfileRow> rows, ProfileRow total) {
    }

    /** A value of the characteristic: each column's count (or "&lt;5") and its share of the column (or blank). */
    public record ProfileRow(String value, String restricted, String restrictedShare, String all, String allShare) {
    }
}
