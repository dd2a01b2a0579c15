package org.uca.application.port.in;

/**
 * Each thing UCA lets a member of staff do or see: one per use case, named as staff would say it. The name is also
 * the command the audit log records.
 */
public enum Task {
    RECORD_ACTIONS("record unacceptable actions"),
    RECORD_NEEDS("record reasonable adjustments and vulnerability"),
    RECORD_CONTACT("record contact time"),
    LOG_FILED_CORRESPONDENCE("log correspondence filed without a reply"),
    SCREEN_FILED_CORRESPONDENCE("screen filed correspondence for new issues and safeguarding concerns"),
    ISSUE_WARNING("issue a warning"),
    AUTHORISE_MEASURES("authorise measures"),
    RECORD_RESIDENT_INFORMED("record that the resident was informed"),
    WITHHOLD_NOTICE("withhold notice of a decision from the resident, or re-check it"),
    LODGE_APPEAL("lodge an appeal"),
    DECIDE_APPEAL("decide an appeal"),
    REVIEW_RESTRICTION("review a restriction"),
    LIFT_RESTRICTION("lift a restriction"),
    MARK_ENTERED_IN_ERROR("mark an action, warning or decision as entered in error"),
    AMEND_RECORDS("amend an action, warning or the details of a decision"),
    READ_CONTACT_GUIDANCE("read contact guidance"),
    FIND_RESIDENTS("find residents"),
    VIEW_CASE("read a case"),
    SEE_AUDIT_TRAIL("see a case's audit trail and who has looked at it"),
    READ_LETTERS("read letters"),
    RECORD_LETTER_SENT("record that a letter was sent"),
    SEE_WORK_QUEUES("see work queues"),
    SEE_MONITORING("see the monitoring report"),
    EXPORT_SUBJECT_ACCESS("export everything held about a resident for a subject access request"),
    IMPORT_RESIDENTS("import residents from the housing system"),
    MANAGE_STAFF("manage the staff directory"),
    MANAGE_ACCOUNTS("manage sign-in accounts"),
    MANAGE_MACHINE_CREDENTIALS("manage machine client credentials"),
    RETRY_NOTIFICATIONS("see and retry notifications that are not being delivered"),
    SET_NOTIFICATION_ADDRESSES("set where notifications are e-mailed"),
    MANAGE_WEBHOOKS("manage the landlord's systems UCA sends events to"),
    READ_SDT_INBOX("read the Service Development Team's notifications"),
    CHANGE_OWN_PASSWORD("change your password"),
    SAFE_VISIT("look up what a visitor must do at a property or for a resident");

    private final String description;

    Task(String description) {
        this.description = description;
    }

    /** What the task is, to finish "you cannot …". */
    public String description() {
        return description;
    }
}
