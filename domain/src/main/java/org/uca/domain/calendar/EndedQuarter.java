package org.uca.domain.calendar;

import io.vavr.collection.Seq;
import io.vavr.collection.Stream;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A whole calendar quarter that has ended: the only period figures about few people (the tenancy profile of
 * residents restricted, issue 15 §5) are given for. Were they given for any period, the figures for 1 to 10 March
 * and for 1 to 11 March could be subtracted to find the one resident restricted on 11 March; two ended quarters are
 * either the same or do not overlap, and an ended quarter's figures no longer change as days are added to it.
 */
@ValueObject
public record EndedQuarter(Quarter quarter) {

    /** Why figures about few people are given for ended quarters only, as a page or an API says it. */
    public static final String WHY = "It is given only for a whole calendar quarter that has ended (from its first"
            + " day to its last): figures for overlapping periods could be subtracted to find a resident.";

    public EndedQuarter {
        java.util.Objects.requireNonNull(quarter, "quarter");
    }

    /** The ended quarter the period from {@code from} to {@code to} is, on {@code today}; none for any other period. */
    public static Option<EndedQuarter> of(LocalDate from, LocalDate to, LocalDate today) {
        return Quarter.exactly(from, to).flatMap(q -> of(q, today));
    }

    /** The quarter, if it has ended on {@code today}. */
    public static Option<EndedQuarter> of(Quarter quarter, LocalDate today) {
        return quarter.endedBy(today) ? Option.some(new EndedQuarter(quarter)) : Option.none();
    }

    /** The {@code n} quarters that ended last before {@code today}, the latest first. */
    public static Seq<EndedQuarter> last(int n, LocalDate today) {
        return Stream.iterate(Quarter.containing(today).previous(), Quarter::previous).take(n).map(EndedQuarter::new)
                .toList();
    }

    public LocalDate first() {
        return quarter.first();
    }

    public LocalDate last() {
        return quarter.last();
    }
}
