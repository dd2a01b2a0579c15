package org.uca.domain.shared;

import org.jmolecules.ddd.annotation.ValueObject;

/** A way the landlord and a resident are in contact. */
@ValueObject
public enum Channel {
    PHONE("telephone"),
    EMAIL("email"),
    LETTER("letter"),
    IN_PERSON("in person"),
    SOCIAL_MEDIA("social media"),
    TEXT_MESSAGE("text message"),
    WEB_FORM("online form"),
    OTHER("another way");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
