package org.uca.domain.cases;

import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.Checks;
import org.uca.domain.shared.Refusal;

/**
 * What a member of staff reports about one unacceptable action: what kind, whom it affected, when, through which
 * channel, who reported it, what happened, and whether it raises safety concerns.
 *
 * @param otherKind short description of the kind when {@code kind} is an "other" kind; empty otherwise
 */
@ValueObject
public record ActionReport(ActionKind kind, String otherKind, Set<AffectedParty> affected, Instant occurredAt,
        Channel channel, StaffId reportedBy, String whatHappened, boolean safetyConcern) {

    public ActionReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(affected, "affected");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(reportedBy, "reportedBy");
        otherKind = otherKind == null ? "" : otherKind.strip();
        whatHappened = whatHappened == null ? "" : whatHappened.strip();
        affected = affected.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(affected));
    }

    /** The same report as told by someone else: a correction keeps who first reported the action. */
    ActionReport reportedBy(StaffId reporter) {
        return new ActionReport(kind, otherKind, affected, occurredAt, channel, reporter, whatHappened, safetyConcern);
    }

    /** Every problem with the report, judged at {@code now}: an action cannot be reported before it happened. */
    Seq<Refusal.Problem> problems(Instant now) {
        return Checks.start()
                .require(!affected.isEmpty(), "affected",
                        "Say who was affected: staff, contractors or governance / resident group members.")
                .require(!occurredAt.isAfter(now), "occurredAt", "An action cannot be recorded before it happened.")
                .text(whatHappened, "whatHappened", "an account of what happened")
                .merge(kind.isOther()
                        ? Checks.start().label(otherKind, "otherKind", "a short description of the kind of action")
                                .problems()
                        : Checks.start().require(otherKind.isEmpty(), "otherKind",
                                "Only an \"other\" kind of action takes its own description.").problems())
                .problems();
    }
}
