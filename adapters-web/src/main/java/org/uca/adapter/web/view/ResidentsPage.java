package org.uca.adapter.web.view;

import java.util.List;

/** Find a resident: the search and its results. */
public record ResidentsPage(PageFrame frame, String query, String error, boolean searched,
        List<ResidentRow> results) {

    public record ResidentRow(String name, String reference, String address, String href, boolean hasCase,
            boolean restricted) {
    }
}
