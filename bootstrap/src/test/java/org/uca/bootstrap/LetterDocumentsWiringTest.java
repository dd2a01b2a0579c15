package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.out.Letter;
import org.uca.application.service.UcaApplication;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.people.ResidentId;

/** The letters as documents, as the composition root wires them: what a resident is posted or e-mailed. */
class LetterDocumentsWiringTest {

    @Test
    @DisplayName("a letter's PDF from the running UCA carries the landlord set in UCA_LANDLORD_… and the letter's"
            + " reference, resident and signatory")
    void theConfiguredLandlordIsOnTheLetter() throws Exception {
        Main.Running running = Main.start(Configuration.from(Map.of("UCA_PORT", "0", "UCA_STORE", "memory",
                "UCA_LANDLORD_NAME", "Riverside Homes", "UCA_LANDLORD_ADDRESS",
                "Civic Centre, 1 Upper Street, London, N1 2UD", "UCA_LANDLORD_PHONE", "020 7946 0123",
                "UCA_LANDLORD_WEBSITE", "www.riverside.example"), new Properties()), true);
        try {
            UcaApplication app = running.backend().application();
            CaseId sandra = app.viewCase().caseOf(DemoData.OFFICER, new ResidentId("R-1003")).get().get();
            Letter letter = app.letters().letter(DemoData.OFFICER, sandra,
                    new LetterQuery.Which.ForDecision(new DecisionId(1))).get();
            String text;
            try (PDDocument pdf = Loader.loadPDF(running.letters().pdf(letter))) {
                text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            }
            assertThat(text).contains("Riverside Homes", "1 Upper Street", "N1 2UD", "020 7946 0123",
                    "www.riverside.example", "Sandra Clarke", "Our reference: " + letter.reference(),
                    letter.signatory().name() + " " + letter.signatory().jobTitle(), "Page 1 of");
        } finally {
            running.stop();
        }
    }
}
