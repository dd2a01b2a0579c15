package org.uca.domain.cases;

import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;
import org.uca.domain.people.StaffId;

/**
 * The resident is told their actions are unacceptable, why, and what must change, and given the chance to change
 * (policy 3.1 and 4.1).
 */
@Entity
public record Warning(@Identity WarningId id, Seq<ActionId> actionsReferredTo, String reasons, String whatMustChange,
        StaffId issuedBy, Instant issuedAt) {

    public Warning {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actionsReferredTo, "actionsReferredTo");
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(whatMustChange, "whatMustChange");
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
