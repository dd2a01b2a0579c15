package org.uca.application.port.in;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import java.util.Objects;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.people.StaffId;

/**
 * A case's page in one call (the task {@link Task#VIEW_CASE}): the case, its resident, the guidance now, the timeline
 * and audit trail, with the name of every member of staff the case or its audit trail mentions.
 *
 * <p>Each answer is personal data: who asked is logged as a look ({@code AccessLog}) before it is given, and the
 * answer is withheld ({@link Failure.Unavailable}) if the line cannot be written.
 */
public interface CasePageQuery {

    Either<Failure, CasePage> casePage(StaffId askedBy, CaseId caseId);

    /**
     * @param staffNames          the directory's name for every member of staff the case and its audit trail
     *                            mention: who recorded, reported, warned, informed, was named to inform, lodged,
     *                            recorded contact, and every event's and audit entry's actor (decisions, reviews
     *                            and appeal outcomes carry their manager's name themselves)
     * @param appealsYouMayDecide the undecided appeals the member of staff asking may decide: their authority level
     *                            is high enough, and they did not make the decision appealed against
     * @param audit               the case's audit entries, for a role that may see the audit trail (none for others)
     * @param safeguardsShown     whether the page shows the asker each decision's safeguards (see
     *                            {@link AccessPolicy#showsSafeguards})
     * @param youMayMarkEnteredInError the actions, warnings and decisions the member of staff asking may mark as
     *                            entered in error (the recorder or a manager; a decision's authority level)
     * @param supersededLetters   for each warning and decision whose letter was corrected, the letters the
     *                            resident had that corrected letters replaced, oldest first
     * @param toldOfByLetter      the decisions a letter telling the resident of them was recorded as sent for, so
     *                            that notice of them can no longer be withheld; asked of the letters only when the
     *                            asker may withhold notice and a decision's notice could still be withheld (empty
     *                            otherwise)
     */
    record CasePage(Case theCase, Resident resident, ContactGuidance guidanceNow, Seq<TimelineEntry> timeline,
            Seq<AuditTrailEntry> audit, Map<StaffId, String> staffNames, Set<AppealId> appealsYouMayDecide,
            boolean safeguardsShown, Set<Marking> youMayMarkEnteredInError,
            Map<Marking, Seq<SupersededLetter>> supersededLetters, Set<DecisionId> toldOfByLetter) {
        public CasePage {
            Objects.requireNonNull(theCase, "theCase");
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(guidanceNow, "guidanceNow");
            Objects.requireNonNull(timeline, "timeline");
            Objects.requireNonNull(audit, "audit");
            Objects.requireNonNull(staffNames, "staffNames");
            Objects.requireNonNull(appealsYouMayDecide, "appealsYouMayDecide");
            Objects.requireNonNull(youMayMarkEnteredInError, "youMayMarkEnteredInError");
            Objects.requireNonNull(supersededLetters, "supersededLetters");
            Objects.requireNonNull(toldOfByLetter, "toldOfByLetter");
        }

        /** The same people may amend a record as may mark it as entered in error: the case's one rule. */
        public boolean mayAmend(EnteredInError.Part part, int number) {
            return mayMark(part, number);
        }

        public Seq<SupersededLetter> supersededLetters(EnteredInError.Part part, int number) {
            return supersededLetters.get(new Marking(part, number)).getOrElse(io.vavr.collection.List::empty);
        }

        public boolean mayMark(EnteredInError.Part part, int number) {
            return youMayMarkEnteredInError.contains(new Marking(part, number));
        }

        /** The member of staff's name; their id if they have left the directory. */
        public String nameOf(StaffId staff) {
            return staffNames.get(staff).getOrElse(staff::value);
        }
    }

    /** One action, warning or decision of the case, by its number. */
    record Marking(EnteredInError.Part part, int number) {
        public Marking {
            Objects.requireNonNull(part, "part");
        }
    }

    /**
     * A letter the resident had, superseded by the corrected letter that replaced it.
     *
     * @param edition which letter of the record it was (1 is the first sent): {@code LetterQuery} shows it again
     */
    record SupersededLetter(int edition, String reference, java.time.LocalDate date, String correctedBy,
            java.time.LocalDate correctedOn) {
        public SupersededLetter {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(correctedBy, "correctedBy");
            Objects.requireNonNull(correctedOn, "correctedOn");
        }
    }

    /** An event of the case's history, with the name of who did it. */
    record TimelineEntry(CaseEvent event, String byName) {
        public TimelineEntry {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(byName, "byName");
        }
    }

    /** An audit entry for the case (accepted or refused), with the name of who asked. */
    record AuditTrailEntry(AuditLog.Entry entry, String whoName) {
        public AuditTrailEntry {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(whoName, "whoName");
        }
    }
}
