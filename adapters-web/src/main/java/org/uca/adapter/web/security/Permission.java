package org.uca.adapter.web.security;

/** Each thing a signed-in user can ask UCA to do or show. */
public enum Permission {
    VIEW_RESIDENTS_AND_CASES("find residents, read contact guidance, cases and letters"),
    RECORD_ACTIONS("record unacceptable actions"),
    RECORD_CONTACT("record contact time"),
    RECORD_ADJUSTMENTS("record reasonable adjustments"),
    ISSUE_WARNING("issue a warning"),
    AUTHORISE_MEASURES("authorise measures"),
    RECORD_RESIDENT_INFORMED("record that the resident was informed"),
    LODGE_APPEAL("lodge an appeal"),
    DECIDE_APPEAL("decide an appeal"),
    REVIEW_RESTRICTION("review a restriction"),
    LIFT_RESTRICTION("lift a restriction"),
    VIEW_MONITORING("see the monitoring report");

    private final String description;

    Permission(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
