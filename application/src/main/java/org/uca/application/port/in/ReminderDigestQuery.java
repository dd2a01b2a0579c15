package org.uca.application.port.in;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Objects;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.StaffId;

/**
 * The daily reminder digest (issue 12): for each responsible manager, the appeals, reviews and decisions that need
 * them soon or are overdue. The system asks it (no member of staff), once a working day; nothing is sent on a
 * weekend or bank holiday, since nothing falls due on one (due dates are working days).
 */
public interface ReminderDigestQuery {

    /**
     * How far ahead the digest looks, in working days (England and Wales).
     *
     * @param appealsWithin  an appeal is listed when due within this many working days, or overdue
     * @param reviewsWithin  a review is listed when due within this many working days, or overdue
     * @param informedAfter  a decision whose resident is not recorded as informed is listed this many working days
     *                       after it was made
     */
    record Thresholds(int appealsWithin, int reviewsWithin, int informedAfter) {
        public static final Thresholds STANDARD = new Thresholds(2, 10, 5);

        public Thresholds {
            if (appealsWithin < 0 || reviewsWithin < 0 || informedAfter < 0) {
                throw new IllegalArgumentException("Reminder thresholds are whole numbers of working days from 0.");
            }
        }
    }

    enum Kind { APPEAL_DUE, REVIEW_DUE, RESIDENT_NOT_INFORMED }

    /**
     * One thing due.
     *
     * @param what    in words, e.g. "Appeal 1 against decision 2 to be decided"
     * @param due     when it is due (for a resident not informed: the day the decision was made)
     * @param overdue whether the date has passed (for a resident not informed: always)
     */
    record Item(Kind kind, CaseId caseId, String residentName, String what, LocalDate due, boolean overdue) {
        public Item {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(residentName, "residentName");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(due, "due");
        }
    }

    /** The digest for one manager on one day: never empty. */
    record Digest(StaffId to, String name, String email, LocalDate day, Seq<Item> items) {
        public Digest {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(items, "items");
            if (items.isEmpty()) {
                throw new IllegalArgumentException("A digest lists at least one thing due.");
            }
        }
    }

    /** A member of staff who has things due but gets no digest, and why (no e-mail address, has left). */
    record NotSent(StaffId who, String why) {
        public NotSent {
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(why, "why");
        }
    }

    /** The day's digests, and those who would have had one but cannot be e-mailed. */
    record Digests(LocalDate day, boolean workingDay, Seq<Digest> digests, Seq<NotSent> notSent) {
        public Digests {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(digests, "digests");
            Objects.requireNonNull(notSent, "notSent");
        }
    }

    /** Today's digests (none on a day that is not a working day). */
    Digests today(Thresholds thresholds);
}
