package org.uca.domain.cases;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Checks;
import org.uca.domain.shared.Refusal;

/**
 * What the landlord knows of the resident's reasonable adjustments and vulnerability.
 *
 * @param amendments what was recorded before each change, oldest first, with who changed it, when and why: a
 *                   restriction weighed against adjustments must show which were known when it was made
 */
@ValueObject
public record ResidentNeeds(Seq<ReasonableAdjustment> adjustments, String vulnerabilityNotes,
        Seq<Amendment<ResidentNeeds>> amendments) {

    public static final ResidentNeeds NONE_RECORDED = new ResidentNeeds(List.empty(), "");

    public ResidentNeeds {
        Objects.requireNonNull(adjustments, "adjustments");
        vulnerabilityNotes = vulnerabilityNotes == null ? "" : vulnerabilityNotes.strip();
        Objects.requireNonNull(amendments, "amendments");
    }

    /** Needs as recorded now, never changed. */
    public ResidentNeeds(Seq<ReasonableAdjustment> adjustments, String vulnerabilityNotes) {
        this(adjustments, vulnerabilityNotes, List.empty());
    }

    /** Whether anything is recorded: an adjustment or a vulnerability note. */
    public boolean anyRecorded() {
        return !adjustments.isEmpty() || !vulnerabilityNotes.isEmpty();
    }

    /** Whether the two say the same (their histories aside). */
    boolean saysTheSameAs(ResidentNeeds other) {
        return adjustments.toJavaList().equals(other.adjustments.toJavaList())
                && vulnerabilityNotes.equals(other.vulnerabilityNotes);
    }

    /** These needs, replacing {@code earlier}: what it said is kept, superseded, after its own history. */
    ResidentNeeds replacing(ResidentNeeds earlier, StaffId by, Instant at, String reason) {
        return new ResidentNeeds(adjustments, vulnerabilityNotes, earlier.amendments.append(new Amendment<>(
                new ResidentNeeds(earlier.adjustments, earlier.vulnerabilityNotes), by, at, reason)));
    }

    Seq<Refusal.Problem> problems() {
        Checks checks = Checks.start().optionalText(vulnerabilityNotes, "vulnerabilityNotes", "vulnerability notes");
        for (int i = 0; i < adjustments.size(); i++) {
            ReasonableAdjustment a = adjustments.get(i);
            checks = a.kind() == AdjustmentKind.OTHER
                    ? checks.label(a.notes(), "adjustments[" + i + "].notes", "a description of the adjustment")
                    : checks.optionalText(a.notes(), "adjustments[" + i + "].notes", "notes on the adjustment");
        }
        return checks.problems();
    }
}
