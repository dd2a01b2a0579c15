package org.uca.adapter.web.view;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.uca.application.port.out.Letter;

/** A letter as both the print page and the PDF show it: the landlord's details around the letter's content. */
public record LetterView(String title, String landlordName, List<String> landlordAddress, String landlordPhone,
        String landlordEmail, String landlordWebsite, String logoDataUri, String residentName,
        List<String> residentAddress, String date, String reference, String subject, List<Section> sections,
        String signOff, String signatoryName, String signatoryJobTitle) {

    public record Section(String heading, List<String> paragraphs) {
    }

    public static LetterView of(Letter l, Landlord landlord) {
        return new LetterView(l.kind().label() + " " + l.reference(), landlord.name(), landlord.addressLines(),
                landlord.phone(), landlord.email(), landlord.website(),
                "data:image/png;base64," + Base64.getEncoder().encodeToString(landlord.logo()), l.residentName(),
                Arrays.stream(l.address().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                UkDates.date(l.date()), l.reference(), l.subject(),
                l.sections().map(s -> new Section(s.heading(), s.paragraphs().toJavaList())).toJavaList(),
                l.signOff(), l.signatory().name(), l.signatory().jobTitle());
    }
}
