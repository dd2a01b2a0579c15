package org.uca.domain.calendar;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/** A calendar quarter (January to March is Q1), the period a board pack reports on; written as {@code 2026-Q3}. */
@ValueObject
public record Quarter(int year, int number) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A year has quarters 1 to 4, not " + number);
        }
    }

    /** The quarter a day falls in. */
    public static Quarter containing(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter written as {@code 2026-Q3}; none for anything else. */
    public static Option<Quarter> parse(String written) {
        Matcher m = WRITTEN.matcher(written.strip());
        return m.matches() ? Option.some(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Option.none();
    }

    /** The quarter that runs exactly from {@code from} to {@code to}, its first day to its last; none otherwise. */
    public static Option<Quarter> exactly(LocalDate from, LocalDate to) {
        Quarter q = containing(from);
        return q.first().equals(from) && q.last().equals(to) ? Option.some(q) : Option.none();
    }

    public LocalDate first() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate last() {
        return first().plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** Whether its last day is over on {@code today} (the UK date). */
    public boolean endedBy(LocalDate today) {
        return last().isBefore(today);
    }

    /** As people say it: "2026 Q3". */
    public String label() {
        return year + " Q" + number;
    }

    /** As it is written in a query: "2026-Q3". */
    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
