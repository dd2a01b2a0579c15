package org.uca.domain.cases;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;
import org.uca.domain.people.StaffId;

/**
 * An unacceptable action as recorded on a case: the report, and who recorded it when.
 *
 * @param enteredInError set when the action should never have been recorded: it then grounds no warning or decision
 * @param amendments     the report as it was before each correction, oldest first ({@code report} is the current one)
 */
@Entity
public record UnacceptableAction(@Identity ActionId id, ActionReport report, StaffId recordedBy,
        Instant recordedAt, Option<EnteredInError> enteredInError, Seq<Amendment<ActionReport>> amendments) {

    public UnacceptableAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(enteredInError, "enteredInError");
        Objects.requireNonNull(amendments, "amendments");
    }

    /** An action as recorded, never corrected. */
    public UnacceptableAction(ActionId id, ActionReport report, StaffId recordedBy, Instant recordedAt,
            Option<EnteredInError> enteredInError) {
        this(id, report, recordedBy, recordedAt, enteredInError, List.empty());
    }

    /** An action as recorded, not entered in error. */
    public UnacceptableAction(ActionId id, ActionReport report, StaffId recordedBy, Instant recordedAt) {
        this(id, report, recordedBy, recordedAt, Option.none());
    }

    public boolean isEnteredInError() {
        return enteredInError.isDefined();
    }

    UnacceptableAction markedEnteredInError(EnteredInError marked) {
        return new UnacceptableAction(id, report, recordedBy, recordedAt, Option.some(marked), amendments);
    }

    UnacceptableAction amended(ActionReport corrected, StaffId by, Instant at, String reason) {
        return new UnacceptableAction(id, corrected, recordedBy, recordedAt, enteredInError,
                amendments.append(new Amendment<>(report, by, at, reason)));
    }

    /** The report as it read at {@code at}: a later correction leaves what was sent or shown then as it was. */
    public ActionReport reportAsAt(Instant at) {
        return amendments.find(m -> m.at().isAfter(at)).map(Amendment::superseded).getOrElse(report);
    }

    public ActionKind kind() {
        return report.kind();
    }

    public Instant occurredAt() {
        return report.occurredAt();
    }

    public boolean raisesSafetyConcerns() {
        return report.safetyConcern();
    }
}
