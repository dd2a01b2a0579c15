package org.uca.adapter.web.view;

import java.util.List;

/** A letter, ready to print. */
public record LetterPage(PageFrame frame, String landlord, String kind, String residentName,
        List<String> addressLines, String date, String subject, List<Section> sections, String signOff,
        String backHref) {

    public record Section(String heading, List<String> paragraphs) {
    }
}
