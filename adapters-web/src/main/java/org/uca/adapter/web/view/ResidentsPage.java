package org.uca.adapter.web.view;

import java.util.List;

/**
 * Find a resident: the search and one page of its results.
 *
 * @param previous the previous page's address, or null on the first
 * @param next     the next page's address, or null on the last
 */
public record ResidentsPage(PageFrame frame, String query, String error, boolean searched,
        List<ResidentRow> results, int page, String previous, String next) {

    public record ResidentRow(String name, String reference, String address, String href, boolean hasCase,
            boolean restricted) {
    }
}
