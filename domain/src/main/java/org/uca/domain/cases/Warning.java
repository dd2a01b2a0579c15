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
 * The resident is told their actions are unacceptable, why, and what must change, and given the chance to change
 * (policy 3.1 and 4.1).
 *
 * @param enteredInError set when the warning should never have been issued: it is then the grounds of no decision
 * @param amendments     its wording as it was before each correction, oldest first (each letter sent is kept)
 */
@Entity
public record Warning(@Identity WarningId id, Seq<ActionId> actionsReferredTo, String reasons, String whatMustChange,
        StaffId issuedBy, Instant issuedAt, Option<EnteredInError> enteredInError,
        Seq<Amendment<Wording>> amendments) {

    public Warning {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actionsReferredTo, "actionsReferredTo");
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(whatMustChange, "whatMustChange");
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(enteredInError, "enteredInError");
        Objects.requireNonNull(amendments, "amendments");
    }

    /** A warning as issued, never corrected. */
    public Warning(WarningId id, Seq<ActionId> actionsReferredTo, String reasons, String whatMustChange,
            StaffId issuedBy, Instant issuedAt, Option<EnteredInError> enteredInError) {
        this(id, actionsReferredTo, reasons, whatMustChange, issuedBy, issuedAt, enteredInError, List.empty());
    }

    /** What a warning tells the resident, as one value: what a correction replaces. */
    public record Wording(String reasons, String whatMustChange) {
        public Wording {
            Objects.requireNonNull(reasons, "reasons");
            Objects.requireNonNull(whatMustChange, "whatMustChange");
        }
    }

    public Wording wording() {
        return new Wording(reasons, whatMustChange);
    }

    /** A warning as issued, not entered in error. */
    public Warning(WarningId id, Seq<ActionId> actionsReferredTo, String reasons, String whatMustChange,
            StaffId issuedBy, Instant issuedAt) {
        this(id, actionsReferredTo, reasons, whatMustChange, issuedBy, issuedAt, Option.none());
    }

    public boolean isEnteredInError() {
        return enteredInError.isDefined();
    }

    Warning markedEnteredInError(EnteredInError marked) {
        return new Warning(id, actionsReferredTo, reasons, whatMustChange, issuedBy, issuedAt, Option.some(marked),
                amendments);
    }

    Warning amended(Wording corrected, StaffId by, Instant at, String reason) {
        return new Warning(id, actionsReferredTo, corrected.reasons(), corrected.whatMustChange(), issuedBy, issuedAt,
                enteredInError, amendments.append(new Amendment<>(wording(), by, at, reason)));
    }

    /**
     * The warning as it was before its correction {@code amendment} (0 is the first): the wording that correction
     * superseded, and only the corrections made before it. Each letter the resident had can be read again as sent.
     */
    public Warning asBefore(int amendment) {
        Amendment<Wording> m = amendments.get(amendment);
        return new Warning(id, actionsReferredTo, m.superseded().reasons(), m.superseded().whatMustChange(), issuedBy,
                issuedAt, enteredInError, amendments.take(amendment));
    }
}
