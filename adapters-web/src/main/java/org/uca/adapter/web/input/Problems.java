package org.uca.adapter.web.input;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Locale;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.UkTime;

/** Collects what is wrong with the input, field by field, in the domain's field names. */
final class Problems {

    private final java.util.List<Refusal.Problem> found;
    private final String prefix;

    Problems() {
        this(new ArrayList<>(), "");
    }

    private Problems(java.util.List<Refusal.Problem> found, String prefix) {
        this.found = found;
        this.prefix = prefix;
    }

    /** Problems with the fields of a part of the input, named {@code prefix.field}. */
    Problems at(String part) {
        return new Problems(found, prefix.isEmpty() ? part : prefix + "." + part);
    }

    void add(String field, String reason) {
        found.add(new Refusal.Problem(prefix.isEmpty() ? field : field.isEmpty() ? prefix : prefix + "." + field,
                reason));
    }

    <T> Either<Refusal, T> orElse(java.util.function.Supplier<T> value) {
        return found.isEmpty() ? Either.right(value.get()) : Either.left(new Refusal(List.ofAll(found)));
    }

    <E extends Enum<E>> E choice(Params p, String name, Class<E> type, String what) {
        String given = p.one(name);
        if (given.isEmpty()) {
            add(name, "Choose " + what + ".");
            return null;
        }
        return parseEnum(given, type, name, what);
    }

    <E extends Enum<E>> E parseEnum(String given, Class<E> type, String name, String what) {
        try {
            return Enum.valueOf(type, given.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            add(name, "Choose " + what + " from the list.");
            return null;
        }
    }

    <E extends Enum<E>> java.util.Set<E> choices(Params p, String name, Class<E> type, String what) {
        java.util.Set<E> chosen = java.util.EnumSet.noneOf(type);
        for (String given : p.all(name)) {
            E value = parseEnum(given, type, name, what);
            if (value != null) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    Integer number(Params p, String name, String what) {
        String given = p.one(name);
        if (given.isEmpty()) {
            add(name, "Enter " + what + ".");
            return null;
        }
        try {
            return Integer.parseInt(given);
        } catch (NumberFormatException e) {
            add(name, "Enter " + what + " as a whole number, like 30.");
            return null;
        }
    }

    /** Numbers chosen from a list (actions, warnings): whole numbers from 1; anything else is named, never dropped. */
    java.util.List<Integer> numbers(Params p, String name) {
        java.util.List<Integer> numbers = new ArrayList<>();
        for (String given : p.all(name)) {
            try {
                int n = Integer.parseInt(given);
                if (n < 1) {
                    add(name, "Choose from the list: " + given + " is not one of its numbers.");
                } else {
                    numbers.add(n);
                }
            } catch (NumberFormatException e) {
                add(name, "Choose from the list.");
            }
        }
        return numbers;
    }

    LocalDate date(Params p, String name, String what, boolean required) {
        String given = p.one(name);
        if (given.isEmpty()) {
            if (required) {
                add(name, "Enter " + what + ".");
            }
            return null;
        }
        try {
            return LocalDate.parse(given);
        } catch (DateTimeParseException e) {
            add(name, "Enter " + what + " as a real date, for example 2026-03-27.");
            return null;
        }
    }

    /** A moment: ISO-8601 in JSON ({@code name}), or a UK date and time in a form ({@code name.date}, {@code name.time}). */
    Instant moment(Params p, String name, String what, Instant orElse) {
        String given = p.one(name);
        try {
            if (!given.isEmpty()) {
                return plausible(given.endsWith("Z") || given.matches(".*[+-]\\d\\d:\\d\\d$") ? Instant.parse(given)
                        : LocalDateTime.parse(given).atZone(UkTime.ZONE).toInstant());
            }
            String day = p.one(name + ".date");
            String time = p.one(name + ".time");
            if (day.isEmpty()) {
                if (orElse == null) {
                    add(name, "Enter " + what + ".");
                }
                return orElse;
            }
            if (time.isEmpty()) {
                // Never guess a time: an action at "noon" could land on the wrong side of a same-day warning.
                add(name, "Enter the time as well as the date for " + what + ".");
                return null;
            }
            LocalTime at = LocalTime.parse(time);
            return plausible(LocalDate.parse(day).atTime(at).atZone(UkTime.ZONE).toInstant());
        } catch (DateTimeException e) {
            // not a date and time, or one beyond the instants Java can hold (year -1000000000)
            add(name, "Enter " + what + " as a real date and time, for example 2026-03-27 14:30.");
            return null;
        }
    }

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    /** A moment a person could mean: parsing accepts years like -1000000000, which nothing downstream can hold. */
    private static Instant plausible(Instant moment) {
        if (moment.isBefore(EARLIEST) || moment.isAfter(LATEST)) {
            throw new DateTimeException("out of range: " + moment);
        }
        return moment;
    }

    static boolean yes(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            default -> false;
        };
    }
}
