package org.uca.domain.cases;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.UkTime;

/**
 * Notice of a decision deliberately not given to the resident for now, because telling them would itself create a
 * risk: to staff, to a victim, to a child or to an investigation (LGSCO guidance on managing unreasonable actions;
 * the one exception to policy 3.2 and 4.2, that the resident is told of a decision with its reasons). An Assistant
 * Director or above signs it off with a date to re-check it; at each re-check they keep it (a new reason and date)
 * or end it, and recording that the resident was told ends it too.
 *
 * @param latest  the withholding that stands (or stood last): why, until when, who signed it off
 * @param earlier the withholdings before it, each kept at a re-check or ended, oldest first
 * @param ended       who ended the latest withholding, when and how; none while notice is withheld
 * @param endedBefore how each earlier withholding that was ended (before notice was withheld again) ended, oldest
 *                    first
 */
@ValueObject
public record NoticeWithheld(Withholding latest, Seq<Withholding> earlier, Option<Ending> ended,
        Seq<Ending> endedBefore) {

    /** Notice withheld, never ended and withheld again. */
    public NoticeWithheld(Withholding latest, Seq<Withholding> earlier, Option<Ending> ended) {
        this(latest, earlier, ended, io.vavr.collection.List.empty());
    }

    /** Who may sign off withholding notice, and re-check it: telling the resident is the policy's rule (4.2). */
    public static final AuthorityLevel SIGNED_OFF_BY = AuthorityLevel.ASSISTANT_DIRECTOR;

    /**
     * How far ahead a re-check may be set. A resident not told of a decision cannot appeal it (an appeal is lodged
     * once they have been told), so withholding notice suspends their right of appeal and their chance to change;
     * a quarter (a quarter of the longest review period, {@value Case#MAX_MONTHS_TO_REVIEW} months) is the longest
     * that may go without an Assistant Director looking at the risk again.
     */
    public static final int MAX_MONTHS_TO_RECHECK = 3;

    public NoticeWithheld {
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(ended, "ended");
        Objects.requireNonNull(endedBefore, "endedBefore");
    }

    /** Whether notice is withheld now: the latest withholding has not been ended. */
    public boolean stands() {
        return ended.isEmpty();
    }

    /** Whether it stands and its re-check falls on or before {@code date}. */
    public boolean recheckDueBy(LocalDate date) {
        return stands() && !latest.recheckOn().isAfter(date);
    }

    /** The UK date notice was first withheld (monitoring counts it from then). */
    public LocalDate withheldOn() {
        return UkTime.dateOf(all().head().at());
    }

    /**
     * When the withholding that stands (or stood last) was first signed off: the first sign-off after the last
     * ending before it, kept at re-checks since.
     */
    public Instant since() {
        return beginnings().last().at();
    }

    /**
     * The withholding that began each time notice was withheld without a break, oldest first: the first, and after
     * each earlier ending the first signed off at or after it (kept at re-checks in between). One for each ending
     * before the latest, and one more for the latest time, which ends as {@link #ended} says.
     */
    public Seq<Withholding> beginnings() {
        Seq<Withholding> all = all();
        Seq<Withholding> begun = io.vavr.collection.List.of(all.head());
        int start = 0;
        for (Ending ending : endedBefore) {
            int anew = all.indexWhere(w -> !w.at().isBefore(ending.at()), start + 1);
            start = anew < 0 ? all.size() - 1 : anew;
            begun = begun.append(all.get(start));
        }
        return begun;
    }

    /** The UK date the latest withholding ended, if it has. */
    public Option<LocalDate> endedOn() {
        return ended.map(e -> UkTime.dateOf(e.at()));
    }

    /** Every withholding, oldest first, the latest last. */
    public Seq<Withholding> all() {
        return earlier.append(latest);
    }

    /** Withheld again: kept at a re-check, or withheld anew after it was ended (the ending kept as history). */
    NoticeWithheld renewed(Withholding next) {
        return new NoticeWithheld(next, all(), Option.none(), endedBefore.appendAll(ended));
    }

    /** How the withholding signed off at {@code signedOffAt} ended, if it did (none: kept at its re-check, or stands). */
    public Option<Ending> endingOf(Instant signedOffAt) {
        Seq<Withholding> all = all();
        int i = all.indexWhere(w -> w.at().equals(signedOffAt));
        if (i < 0) {
            return Option.none();
        }
        if (i == all.size() - 1) {
            return ended;
        }
        Instant next = all.get(i + 1).at();
        return endedBefore.find(e -> !e.at().isBefore(signedOffAt) && !e.at().isAfter(next));
    }

    /** Every withholding's reason replaced by {@code instead}; dates and who signed off stay. */
    NoticeWithheld reasonsWithheld(String instead) {
        return withFreeText(risk -> instead, reasons -> reasons);
    }

    /**
     * Each withholding's risk and each ending's reasons rewritten (what a subject access export withholds, what the
     * retention rule removes); dates and who signed off stay.
     */
    NoticeWithheld withFreeText(UnaryOperator<String> risk,
            UnaryOperator<String> endingReasons) {
        UnaryOperator<Withholding> withholding = w -> new Withholding(risk.apply(w.risk()),
                w.recheckOn(), w.signedOffBy(), w.at());
        UnaryOperator<Ending> ending = e -> new Ending(e.by(), e.at(), e.because(),
                endingReasons.apply(e.reasons()));
        return new NoticeWithheld(withholding.apply(latest), earlier.map(withholding), ended.map(ending),
                endedBefore.map(ending));
    }

    NoticeWithheld endedBy(Ending ending) {
        return new NoticeWithheld(latest, earlier, Option.some(ending), endedBefore);
    }

    /** One sign-off: why telling the resident would create a risk, and when to look at it again. */
    @ValueObject
    public record Withholding(String risk, LocalDate recheckOn, StaffMember signedOffBy, Instant at) {
        public Withholding {
            Objects.requireNonNull(risk, "risk");
            Objects.requireNonNull(recheckOn, "recheckOn");
            Objects.requireNonNull(signedOffBy, "signedOffBy");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The end of withholding: at a re-check, with why the risk no longer stops the resident being told, or because
     * the resident was told (its reasons are then empty: the record of how they were told says it).
     */
    @ValueObject
    public record Ending(StaffId by, Instant at, Because because, String reasons) {
        public Ending {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(because, "because");
            Objects.requireNonNull(reasons, "reasons");
        }
    }

    /** Why withholding ended. */
    @ValueObject
    public enum Because {
        RECHECKED("Ended at a re-check: the resident is now to be told"),
        RESIDENT_TOLD("Ended when the resident was told");

        private final String label;

        Because(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
