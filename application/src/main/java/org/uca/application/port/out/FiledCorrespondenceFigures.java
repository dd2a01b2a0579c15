package org.uca.application.port.out;

/**
 * Correspondence filed without a reply, received in the period (issue 15 §2): how much was filed, how much was
 * screened after its deadline of five working days, and how much raised a new issue or complaint or a safeguarding
 * concern, so the Service Development Team can see that filing does not stop complaints being heard.
 */
public record FiledCorrespondenceFigures(long filed, long screenedLate, long raisingNewIssues,
        long raisingSafeguardingConcerns) {

    public static final FiledCorrespondenceFigures NONE = new FiledCorrespondenceFigures(0, 0, 0, 0);
}
