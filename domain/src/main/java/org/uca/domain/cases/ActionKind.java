package org.uca.domain.cases;

import static org.uca.domain.cases.ActionCategory.UNREASONABLE_DEMANDS_AND_PERSISTENCE;
import static org.uca.domain.cases.ActionCategory.VIOLENCE_AGGRESSION_AND_ABUSE;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The examples the policy gives of each category (policy 2.1). The list "includes, but is not limited to", so
 * each category has an "other" kind that must be described.
 */
@ValueObject
public enum ActionKind {
    THREATS(VIOLENCE_AGGRESSION_AND_ABUSE, "Threats"),
    PHYSICAL_VIOLENCE(VIOLENCE_AGGRESSION_AND_ABUSE, "Physical violence"),
    VERBAL_ABUSE(VIOLENCE_AGGRESSION_AND_ABUSE, "Verbal abuse"),
    OFFENSIVE_LANGUAGE(VIOLENCE_AGGRESSION_AND_ABUSE, "Offensive language"),
    DEROGATORY_OR_INAPPROPRIATE_REMARKS(VIOLENCE_AGGRESSION_AND_ABUSE, "Derogatory or inappropriate remarks"),
    DEFAMATORY_COMMENTS(VIOLENCE_AGGRESSION_AND_ABUSE, "Defamatory comments"),
    OTHER_VIOLENCE_AGGRESSION_OR_ABUSE(VIOLENCE_AGGRESSION_AND_ABUSE, "Other violence, aggression or abuse"),

    DISPROPORTIONATE_VOLUME_OF_CONTACT(UNREASONABLE_DEMANDS_AND_PERSISTENCE,
            "A volume of contact disproportionate to the service request"),
    CONTINUED_DEMANDS_ABOUT_A_SETTLED_MATTER(UNREASONABLE_DEMANDS_AND_PERSISTENCE,
            "Continued demands or complaints about a matter already dealt with"),
    DELIBERATELY_NOT_FOLLOWING_PROCEDURES(UNREASONABLE_DEMANDS_AND_PERSISTENCE,
            "Deliberately not following our procedures to disrupt our service"),
    IMPRACTICAL_TIMESCALES(UNREASONABLE_DEMANDS_AND_PERSISTENCE,
            "Expecting a response or service in an impractical timescale"),
    OTHER_UNREASONABLE_DEMANDS_OR_PERSISTENCE(UNREASONABLE_DEMANDS_AND_PERSISTENCE,
            "Other unreasonable demands or persistence");

    private final ActionCategory category;
    private final String label;

    ActionKind(ActionCategory category, String label) {
        this.category = category;
        this.label = label;
    }

    public ActionCategory category() {
        return category;
    }

    public String label() {
        return label;
    }

    /** An "other" kind needs its own short description. */
    public boolean isOther() {
        return this == OTHER_VIOLENCE_AGGRESSION_OR_ABUSE || this == OTHER_UNREASONABLE_DEMANDS_OR_PERSISTENCE;
    }
}
