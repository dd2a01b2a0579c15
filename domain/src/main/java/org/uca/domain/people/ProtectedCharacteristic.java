package org.uca.domain.people;

import io.vavr.control.Option;
import java.util.Locale;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The nine protected characteristics of the Equality Act 2010, as the housing system may hold them for its
 * residents: special category data, kept only to compare the residents restricted under the policy with the whole
 * tenancy (policy 5.2: fair and consistent decisions). Each is one optional column of the housing system's file,
 * its value the housing system's own words ("25-34", "Female", "Yes"), compared as they are written.
 */
@ValueObject
public enum ProtectedCharacteristic {
    AGE("age_band", "Age"),
    DISABILITY("disability", "Disability"),
    GENDER_REASSIGNMENT("gender_reassignment", "Gender reassignment"),
    MARRIAGE_AND_CIVIL_PARTNERSHIP("marriage_civil_partnership", "Marriage and civil partnership"),
    PREGNANCY_AND_MATERNITY("pregnancy_maternity", "Pregnancy and maternity"),
    RACE("ethnicity", "Race (ethnicity)"),
    RELIGION_OR_BELIEF("religion_or_belief", "Religion or belief"),
    SEX("sex", "Sex"),
    SEXUAL_ORIENTATION("sexual_orientation", "Sexual orientation");

    /** What is held for a resident who preferred not to say, or of whom the housing system does not know. */
    public static final String NOT_KNOWN = "Not known";

    /** The longest value held: a category's name, never a description. */
    public static final int MAX_VALUE = 60;

    private final String column;
    private final String title;

    ProtectedCharacteristic(String column, String title) {
        this.column = column;
        this.title = title;
    }

    /** The column of the housing system's file (and the field of the sync API) that holds it. */
    public String column() {
        return column;
    }

    /** As a heading reads it. */
    public String title() {
        return title;
    }

    /**
     * The value as held: the housing system's words with their spaces tidied; {@link #NOT_KNOWN} for a blank and
     * for each way of saying nothing ("Prefer not to say", "Not known", "Unknown", "Not stated", "Declined").
     */
    public static String heldAs(Option<String> given) {
        String tidy = given.getOrElse("").strip().replaceAll("\\s+", " ");
        String words = tidy.toLowerCase(Locale.UK).replaceAll("[^a-z ]", "");
        return tidy.isEmpty() || NOTHING_SAID.contains(words) ? NOT_KNOWN : tidy;
    }

    private static final java.util.Set<String> NOTHING_SAID = java.util.Set.of("prefer not to say",
            "preferred not to say", "not known", "unknown", "not stated", "declined", "refused", "withheld");
}
