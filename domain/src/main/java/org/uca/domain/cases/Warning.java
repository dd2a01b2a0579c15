package org.uca.domain.cases;

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
 */
@Entity
public record Warning(@Identity WarningId id, Seq<ActionId> actionsReferredTo, String reasons, String whatMustChange,
        StaffId issuedBy, Instant issuedAt, Option<EnteredInError> enteredInError) {

    public Warning {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actionsReferredTo, "actionsReferredTo");
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(whatMustChange, "whatMustChange");
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(enteredInError, "enteredInError");
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
        return new Warning(id, actionsReferredTo, reasons, whatMustChange, issuedBy, issuedAt, Option.some(marked));
    }
}
