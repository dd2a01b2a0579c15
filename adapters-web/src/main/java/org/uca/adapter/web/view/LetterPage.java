package org.uca.adapter.web.view;

/**
 * A letter, ready to print or download as PDF.
 *
 * @param sendingHref where to record how it was sent ({@code ""} when the reader may not)
 */
public record LetterPage(PageFrame frame, String kind, LetterView letter, String pdfHref, String backHref,
        String sendingHref) {
}
