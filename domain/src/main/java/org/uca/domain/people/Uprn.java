package org.uca.domain.people;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** A property, by its Unique Property Reference Number (up to 12 digits), as the housing system records it. */
@ValueObject
public record Uprn(String value) {
    public Uprn {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9]{1,12}")) {
            throw new IllegalArgumentException("a UPRN is up to 12 digits");
        }
    }

    /** Whether the text is a UPRN, to refuse one that is not before asking anything. */
    public static boolean isUprn(String text) {
        return text != null && text.matches("[0-9]{1,12}");
    }

    @Override
    public String toString() {
        return value;
    }
}
