package org.uca.adapter.web.view;

/** A letter, ready to print or download as PDF. */
public record LetterPage(PageFrame frame, String kind, LetterView letter, String pdfHref, String backHref) {
}
