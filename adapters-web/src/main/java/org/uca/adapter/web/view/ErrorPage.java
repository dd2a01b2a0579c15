package org.uca.adapter.web.view;

/** A page saying why a request could not be done. */
public record ErrorPage(PageFrame frame, String heading, String message) {
}
