package org.uca.domain.people;

import org.jmolecules.ddd.annotation.ValueObject;

/** Who may authorise what: Service Manager &lt; Assistant Director &lt; Director (policy 4.2). */
@ValueObject
public enum AuthorityLevel {
    /** Officers and other staff: they record and propose, they do not authorise. */
    NONE("no authority to authorise"),
    SERVICE_MANAGER("Service Manager"),
    ASSISTANT_DIRECTOR("Assistant Director"),
    DIRECTOR("Director");

    private final String title;

    AuthorityLevel(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public boolean isAtLeast(AuthorityLevel required) {
        return compareTo(required) >= 0;
    }

    /** An appeal is reviewed one level up from the level a decision needed. */
    public AuthorityLevel oneLevelUp() {
        return switch (this) {
            case NONE -> SERVICE_MANAGER;
            case SERVICE_MANAGER -> ASSISTANT_DIRECTOR;
            case ASSISTANT_DIRECTOR, DIRECTOR -> DIRECTOR;
        };
    }
}
