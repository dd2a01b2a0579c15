package org.uca.adapter.web.view;

/** A page with one form (the generic form template). */
public record FormPage(PageFrame frame, FormView form) {
}
