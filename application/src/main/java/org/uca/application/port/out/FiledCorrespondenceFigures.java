package org.uca.application.port.out;

/**
 * Correspondence filed without a reply, received in the period (issue 15 §2): how much was filed, how much was
 * screened after its deadline of five working days, how much was not screened by its deadline, and how much raised
 * a new issue or complaint or a safeguarding concern, so the Service Development Team can see that filing does not
 * stop complaints being heard.
 *
 * @param notScreenedByDeadline overdue as it stood at the end of the period, or today if that comes first
 *                              ({@link org.uca.domain.cases.FiledCorrespondence#overdueOn}): its deadline passed
 *                              before then and it was not screened by then (unscreened still, or screened only
 *                              after the period, and then also counted as screened late); a report for a period
 *                              that has ended gives the same figure whenever it is asked for
 */
public record FiledCorrespondenceFigures(long filed, long screenedLate, long notScreenedByDeadline,
        long raisingNewIssues, long raisingSafeguardingConcerns) {

    public static final FiledCorrespondenceFigures NONE = new FiledCorrespondenceFigures(0, 0, 0, 0, 0);

    /** The day the figure for correspondence not screened by its deadline stands at: the period's end, or today. */
    public static java.time.LocalDate overdueAsOn(java.time.LocalDate to, java.time.LocalDate today) {
        return to.isBefore(today) ? to : today;
    }
}
