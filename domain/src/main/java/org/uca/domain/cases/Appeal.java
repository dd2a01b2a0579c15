package org.uca.domain.cases;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.UkTime;

/**
 * A resident's appeal against a decision. It is reviewed one level up from the level the decision needed, never by
 * the person who decided, within 10 working days of receiving the appeal request (policy 4.2).
 */
@Entity
public record Appeal(@Identity AppealId id, DecisionId decision, LocalDate received, String grounds,
        StaffId recordedBy, Instant recordedAt, LocalDate dueBy, AuthorityLevel reviewLevel,
        Option<AppealDecision> outcome) {

    /** The policy's review period. */
    public static final int WORKING_DAYS_TO_REVIEW = 10;

    public Appeal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(grounds, "grounds");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(dueBy, "dueBy");
        Objects.requireNonNull(reviewLevel, "reviewLevel");
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean decided() {
        return outcome.isDefined();
    }

    /** Undecided and past its due date on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return !decided() && today.isAfter(dueBy);
    }

    /** Decided after its due date. */
    public boolean decidedLate() {
        return outcome.exists(o -> UkTime.dateOf(o.decidedAt()).isAfter(dueBy));
    }

    Appeal decidedAs(AppealDecision decision) {
        return new Appeal(id, this.decision, received, grounds, recordedBy, recordedAt, dueBy, reviewLevel,
                Option.some(decision));
    }
}
