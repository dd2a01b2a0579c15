package org.uca.domain.measures;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The services we offer that a contact standard or service limit can be confined to, as the Local Government and
 * Social Care Ombudsman names them: there is to be "no blanket approach", so a restriction applies to all our
 * services or only to those it needs to.
 */
@ValueObject
public enum LandlordService {
    REPAIRS("repairs"),
    RENT_AND_INCOME("rent and income"),
    TENANCY_MANAGEMENT("tenancy management"),
    ANTI_SOCIAL_BEHAVIOUR("anti-social behaviour"),
    COMPLAINTS("complaints");

    private final String label;

    LandlordService(String label) {
        this.label = label;
    }

    /** The service in plain English, lower case as it reads inside a sentence ("for repairs only"). */
    public String label() {
        return label;
    }

    /** The label as a heading or option reads it ("Repairs"). */
    public String title() {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
