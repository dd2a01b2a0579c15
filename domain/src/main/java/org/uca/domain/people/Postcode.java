package org.uca.domain.people;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A UK postcode, written as the housing system writes it: capitals, one space before the inward code ("E8 3AB").
 * Its shape is checked (outward code, inward code, GIR 0AA too), not whether Royal Mail delivers to it.
 */
@ValueObject
public record Postcode(String value) {

    private static final Pattern SHAPE = Pattern.compile("(?:[A-Z]{1,2}[0-9][A-Z0-9]?|GIR) [0-9][A-Z]{2}");

    public Postcode {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a postcode is written like E8 3AB");
        }
    }

    /** The postcode however it was typed (any case, with or without spaces), if it has a UK postcode's shape. */
    public static Option<Postcode> parse(String text) {
        String compact = text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        if (compact.length() < 5 || compact.length() > 7) {
            return Option.none();
        }
        String spaced = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return SHAPE.matcher(spaced).matches() ? Option.some(new Postcode(spaced)) : Option.none();
    }

    /** Without its space ("E83AB"): how two writings of one postcode are compared. */
    public String compact() {
        return value.replace(" ", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
