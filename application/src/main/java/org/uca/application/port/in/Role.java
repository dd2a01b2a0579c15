package org.uca.application.port.in;

/**
 * What a member of staff does in UCA, as the staff directory records it (never as a request claims it). Which
 * role may run which use case is {@link AccessPolicy}; whether a manager's authority level is high enough for a
 * particular decision stays the policy's own rule, in the domain.
 */
public enum Role {
    OFFICER("Officer"),
    SERVICE_MANAGER("Service Manager"),
    ASSISTANT_DIRECTOR("Assistant Director"),
    DIRECTOR("Director"),
    SERVICE_DEVELOPMENT_TEAM("Service Development Team"),
    ADMINISTRATOR("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The role as staff call it, for pages and letters. */
    public String label() {
        return label;
    }
}
