package org.uca.domain.cases;

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
 */
@Entity
public record UnacceptableAction(@Identity ActionId id, ActionReport report, StaffId recordedBy,
        Instant recordedAt, Option<EnteredInError> enteredInError) {

    public UnacceptableAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(enteredInError, "enteredInError");
    }

    /** An action as recorded, not entered in error. */
    public UnacceptableAction(ActionId id, ActionReport report, StaffId recordedBy, Instant recordedAt) {
        this(id, report, recordedBy, recordedAt, Option.none());
    }

    public boolean isEnteredInError() {
        return enteredInError.isDefined();
    }

    UnacceptableAction markedEnteredInError(EnteredInError marked) {
        return new UnacceptableAction(id, report, recordedBy, recordedAt, Option.some(marked));
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
