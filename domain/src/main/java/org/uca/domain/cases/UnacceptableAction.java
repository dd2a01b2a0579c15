package org.uca.domain.cases;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;
import org.uca.domain.people.StaffId;

/** An unacceptable action as recorded on a case: the report, and who recorded it when. */
@Entity
public record UnacceptableAction(@Identity ActionId id, ActionReport report, StaffId recordedBy,
        Instant recordedAt) {

    public UnacceptableAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
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
