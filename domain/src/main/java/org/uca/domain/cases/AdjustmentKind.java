package org.uca.domain.cases;

import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.Measure;
import org.uca.domain.shared.Channel;

/**
 * Reasonable adjustments a resident may need (Equality Act 2010). Some measures would take an adjustment away;
 * such a measure is refused unless the conflict is explicitly justified.
 */
@ValueObject
public enum AdjustmentKind {
    PHONE_CONTACT("Contact by telephone"),
    EMAIL_CONTACT("Contact by email"),
    WRITTEN_CONTACT("Contact in writing by letter"),
    FACE_TO_FACE_CONTACT("Face-to-face contact"),
    SUPPORT_PERSON_PRESENT("A support worker or advocate present"),
    ACCESSIBLE_FORMATS("Large print, easy read or another accessible format"),
    INTERPRETER("An interpreter"),
    OTHER("Another adjustment");

    private final String label;

    AdjustmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the measure would take away what this adjustment gives the resident. */
    public boolean conflictsWith(Measure measure) {
        return switch (this) {
            case PHONE_CONTACT -> measure instanceof ContactStandard.NoTelephoneCalls || excludes(measure, Channel.PHONE);
            case EMAIL_CONTACT -> excludes(measure, Channel.EMAIL);
            case WRITTEN_CONTACT -> excludes(measure, Channel.LETTER);
            case FACE_TO_FACE_CONTACT -> measure instanceof ContactStandard.ExclusionFromPersonalContact
                    || measure instanceof ContactStandard.OfficeBan || excludes(measure, Channel.IN_PERSON);
            case SUPPORT_PERSON_PRESENT, ACCESSIBLE_FORMATS, INTERPRETER, OTHER -> false;
        };
    }

    private static boolean excludes(Measure measure, Channel channel) {
        return measure instanceof ContactStandard.ExcludedContactMethods excluded
                && excluded.excluded().contains(channel);
    }
}
