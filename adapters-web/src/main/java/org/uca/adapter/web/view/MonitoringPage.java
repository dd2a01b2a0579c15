package org.uca.adapter.web.view;

import java.util.List;

/** The monitoring report for the Service Development Team: figures and charts. */
public record MonitoringPage(PageFrame frame, String from, String to, String error, String csvHref,
        List<Figure> figures, List<Chart> charts) {

    public record Figure(String label, String value) {
    }

    /** A horizontal bar chart drawn as SVG on the server, with the same figures as a table. */
    public record Chart(String id, String title, int width, int height, List<Bar> bars) {
    }

    public record Bar(String label, long value, int y, int barWidth, int textY) {
    }
}
