package org.uca.adapter.web.api.json;

import org.uca.domain.cases.FiledCorrespondence;
import org.uca.domain.shared.Channel;

/**
 * Correspondence filed without a reply while a decision limits how complaints reach us, and its screening.
 *
 * @param decision  the decision in force it was filed under
 * @param screenBy  the last day to screen it: five working days after it was received
 * @param screening what screening found; null until it is screened
 */
public record FiledCorrespondenceJson(int number, int decision, String receivedOn, Channel channel, String summary,
        String loggedBy, String loggedAt, String screenBy, Screening screening) {

    /**
     * @param newIssue     what was done with the new issue or complaint it raises; null if it raises none
     * @param safeguarding what was done about the safeguarding concern it raises; null if it raises none
     * @param late         screened after its deadline
     */
    public record Screening(boolean raisesNewIssue, String newIssue, boolean raisesSafeguardingConcern,
            String safeguarding, String by, String at, boolean late) {
    }

    public static FiledCorrespondenceJson from(FiledCorrespondence f) {
        return new FiledCorrespondenceJson(f.number(), f.decision().number(), f.receivedOn().toString(), f.channel(),
                f.summary(), f.loggedBy().value(), CaseJson.text(f.loggedAt()), f.screenBy().toString(),
                f.screening().map(s -> new Screening(s.raisesNewIssue(), s.newIssue().getOrNull(),
                        s.raisesSafeguardingConcern(), s.safeguarding().getOrNull(), s.by().value(),
                        CaseJson.text(s.at()), f.screenedLate())).getOrNull());
    }
}
