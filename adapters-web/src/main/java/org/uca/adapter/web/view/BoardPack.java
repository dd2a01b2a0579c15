package org.uca.adapter.web.view;

import java.util.List;

/**
 * The quarterly board pack (issue 15 §5): the monitoring report's figures and charts for one quarter, as a PDF/UA
 * document drawn like the letters. Each chart is drawn as bars with its figures beside them, so it reads in print.
 */
public record BoardPack(String landlord, String quarter, String from, String to, String produced,
        List<MonitoringPage.Figure> figures, List<MonitoringPage.Chart> charts, List<MonitoringPage.Profile> profiles) {

    /** A bar's length in the PDF, in millimetres of the 60 mm the longest bar takes. */
    public static String barLength(MonitoringPage.Chart chart, MonitoringPage.Bar bar) {
        long max = chart.bars().stream().mapToLong(MonitoringPage.Bar::value).max().orElse(0);
        double mm = max == 0 ? 0 : 60.0 * bar.value() / max;
        return String.format(java.util.Locale.ROOT, "%.1fmm", bar.value() > 0 ? Math.max(mm, 0.5) : 0);
    }
}
