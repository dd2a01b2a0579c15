package org.uca.adapter.web.api.json;

import java.util.List;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.LodgeAppealUseCase;
import org.uca.application.port.in.AmendRecordUseCase;
import org.uca.application.port.in.MarkEnteredInErrorUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.out.Letter;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.people.AuthorityLevel;

/** What a command answers with: the ids it created, and the letter it issued. */
public final class Results {

    private Results() {
    }

    /** Actions recorded, on the resident's case (opened if there was none). */
    public record ActionsRecorded(String caseId, List<Integer> actions) {
        public static ActionsRecorded from(RecordUnacceptableActionsUseCase.Recorded r) {
            return new ActionsRecorded(r.caseId().toString(), r.actions().map(ActionId::number).toJavaList());
        }
    }

    /** Reasonable adjustments recorded, on the resident's case. */
    public record NeedsRecorded(String caseId) {
        public static NeedsRecorded from(CaseId id) {
            return new NeedsRecorded(id.toString());
        }
    }

    /** A warning issued, with its letter. */
    public record WarningIssued(int warning, LetterJson letter) {
        public static WarningIssued from(IssueWarningUseCase.Issued issued) {
            return new WarningIssued(issued.warning().number(), LetterJson.from(issued.letter()));
        }
    }

    /** Measures authorised as a decision; its letter follows when the resident is informed. */
    public record DecisionAuthorised(int decision) {
        public static DecisionAuthorised from(DecisionId id) {
            return new DecisionAuthorised(id.number());
        }
    }

    /** An appeal lodged: who decides it, and by when. */
    public record AppealLodged(int appeal, String dueBy, AuthorityLevel reviewLevel) {
        public static AppealLodged from(LodgeAppealUseCase.Lodged l) {
            return new AppealLodged(l.appeal().number(), l.dueBy().toString(), l.reviewLevel());
        }
    }

    /** A step that issued a letter (resident informed, appeal decided, review, lift). */
    public record LetterIssued(LetterJson letter) {
        public static LetterIssued from(Letter l) {
            return new LetterIssued(LetterJson.from(l));
        }
    }

    /**
     * Notice of a decision withheld from the resident, kept withheld at its re-check, or no longer withheld (issue
     * 15 §3), with the case's ETag after it for the next change.
     */
    public record NoticeWithheld(int decision, boolean withheld, String etag) {
        public static NoticeWithheld from(int decision, boolean withheld,
                org.uca.application.port.in.CaseVersion version) {
            return new NoticeWithheld(decision, withheld, org.uca.adapter.web.http.CasePreconditions.etag(
                    version.number()));
        }
    }

    /** An action, warning or decision amended, with the corrected letter if the resident had the letter. */
    public record RecordAmended(EnteredInError.Part part, int number, LetterJson correctedLetter) {
        public static RecordAmended from(EnteredInError.Part part, int number, AmendRecordUseCase.Amended amended) {
            return new RecordAmended(part, number, amended.correctedLetter().map(LetterJson::from).getOrNull());
        }
    }

    /** An action, warning or decision marked as entered in error, with the correction letter if one was issued. */
    public record MarkedEnteredInError(EnteredInError.Part part, int number, LetterJson correction) {
        public static MarkedEnteredInError from(EnteredInError.Part part, int number,
                MarkEnteredInErrorUseCase.Marked marked) {
            return new MarkedEnteredInError(part, number, marked.correction().map(LetterJson::from).getOrNull());
        }
    }
}
