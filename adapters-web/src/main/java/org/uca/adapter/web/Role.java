package org.uca.adapter.web;

/** The kinds of account that sign in to UCA. What each may do is in {@link org.uca.adapter.web.security.Permissions}. */
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

    public String label() {
        return label;
    }
}
