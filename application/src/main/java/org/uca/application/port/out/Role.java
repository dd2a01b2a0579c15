package org.uca.application.port.out;

/**
 * What a member of staff does in UCA, as the staff directory records it (never as a request claims it). Which
 * role may run which use case is {@link org.uca.application.port.in.AccessPolicy}; whether a manager's authority
 * level is high enough for a particular decision stays the policy's own rule, in the domain. It lives beside the
 * staff directory that supplies it, so every store can hold it typed.
 */
public enum Role {
    OFFICER("Officer", "an officer"),
    SERVICE_MANAGER("Service Manager", "a Service Manager"),
    ASSISTANT_DIRECTOR("Assistant Director", "an Assistant Director"),
    DIRECTOR("Director", "a Director"),
    SERVICE_DEVELOPMENT_TEAM("Service Development Team", "a Service Development Team member"),
    DATA_PROTECTION_OFFICER("Data Protection Officer", "a Data Protection Officer"),
    ADMINISTRATOR("Administrator", "an administrator"),
    /** A contractor or operative who visits residents' homes: asks only what a visitor must do (issue 14 §1). */
    CONTRACTOR("Contractor", "a contractor");

    private final String label;
    private final String someone;

    Role(String label, String someone) {
        this.label = label;
        this.someone = someone;
    }

    /** The role as staff call it, for pages and letters. */
    public String label() {
        return label;
    }

    /** Someone in the role, to finish "As …": "an officer", "a Service Development Team member". */
    public String someone() {
        return someone;
    }
}
