package org.uca.application.port.in;

import static org.uca.application.port.in.Task.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.uca.application.port.out.Role;

/**
 * Who may do what. Officers record, warn, inform and lodge appeals; managers (Service Manager and up) also
 * authorise, decide appeals and review; the Service Development Team reads cases and monitors; the Data Protection
 * Officer answers subject access requests; an administrator sees the anonymous monitoring figures, and brings the
 * residents over from the housing system (counts and references only, no case data). The application checks this before any use case reads data, for
 * every front end alike; front ends may ask it only to decide what to offer.
 *
 * <p>Marking a record as entered in error is officers' work too, but the case decides who may mark which: the
 * person who recorded an action or issued a warning, or a manager; a decision only someone at its authority level
 * or above. Amending a record is the same work for the same people (issue 13: corrections).
 *
 * <p>A case's audit trail and who has looked at it are for managers, who answer for the decisions, and for the
 * Service Development Team, who monitor fairness and consistency; officers, whose own attempts and looks are in it,
 * do not oversee them.
 *
 * <p>A subject access export (everything held about one resident, UK GDPR Article 15) is the Data Protection
 * Officer's: answering a data-protection request is their statutory task (UK GDPR Articles 38 and 39), not casework
 * and not monitoring, so the Service Development Team no longer has it (they monitor from the cases and the
 * figures and need no bulk export of one person). An administrator may run it too, for a landlord whose data
 * protection lead has no account in UCA; it is the only personal data an administrator sees, and every export is
 * audited and shown on the resident's case as a look at it. The Data Protection Officer finds the resident
 * (name, reference, address) and exports, and sees no case otherwise. The retention rule is no member of staff's
 * task: the system runs it (see {@code ApplyRetentionUseCase}).
 *
 * <p>An administrator keeps the staff directory, the sign-in accounts and the machine credentials other systems
 * sync residents with (and still sees no case); everyone who signs in may change their own password.
 *
 * <p>A contractor (an operative visiting residents' homes) may only ask what a visitor must do at a property or for
 * a resident: the instruction worded for a visitor, never the case (issue 14 §1). Their account is for that alone,
 * so even a password of their own is set through the link an administrator sends.
 */
public final class AccessPolicy {

    private static final Set<Task> OFFICER_WORK = Collections.unmodifiableSet(EnumSet.of(RECORD_ACTIONS,
            RECORD_NEEDS, RECORD_CONTACT, LOG_FILED_CORRESPONDENCE, SCREEN_FILED_CORRESPONDENCE, ISSUE_WARNING,
            RECORD_RESIDENT_INFORMED, LODGE_APPEAL, MARK_ENTERED_IN_ERROR, AMEND_RECORDS, READ_CONTACT_GUIDANCE,
            FIND_RESIDENTS, VIEW_CASE, READ_LETTERS, RECORD_LETTER_SENT, SEE_WORK_QUEUES, CHANGE_OWN_PASSWORD));

    private static final Set<Task> MANAGER_WORK = union(OFFICER_WORK,
            EnumSet.of(AUTHORISE_MEASURES, DECIDE_APPEAL, REVIEW_RESTRICTION, LIFT_RESTRICTION, SEE_MONITORING,
                    SEE_AUDIT_TRAIL));

    /**
     * Withholding notice of a decision from the resident, because telling them would create a risk, is signed off
     * by an Assistant Director or above (issue 15 §3); the domain refuses a sign-off below that level too.
     */
    private static final Set<Task> DIRECTOR_WORK = union(MANAGER_WORK, EnumSet.of(WITHHOLD_NOTICE));

    private static final Map<Role, Set<Task>> GRANTED = granted();

    private AccessPolicy() {
    }

    public static boolean allows(Role role, Task task) {
        return GRANTED.get(role).contains(task);
    }

    /**
     * Whether the case page shows the role the safeguards recorded with each decision: the equality and
     * vulnerability notes, the teams consulted and informed, and the legal advice considered. Managers weigh them
     * when they decide, review or decide an appeal, and the Service Development Team checks them for fairness
     * (policy 5.2); an officer applies the guidance and the reasonable adjustments, which every case page shows.
     */
    public static boolean showsSafeguards(Role role) {
        return role == Role.SERVICE_MANAGER || role == Role.ASSISTANT_DIRECTOR || role == Role.DIRECTOR
                || role == Role.SERVICE_DEVELOPMENT_TEAM;
    }

    /** Everything the role may do, for a front end deciding what to offer. */
    public static Set<Task> tasksOf(Role role) {
        return GRANTED.get(role);
    }

    private static Map<Role, Set<Task>> granted() {
        Map<Role, Set<Task>> granted = new EnumMap<>(Role.class);
        granted.put(Role.OFFICER, OFFICER_WORK);
        granted.put(Role.SERVICE_MANAGER, MANAGER_WORK);
        granted.put(Role.ASSISTANT_DIRECTOR, DIRECTOR_WORK);
        granted.put(Role.DIRECTOR, DIRECTOR_WORK);
        granted.put(Role.SERVICE_DEVELOPMENT_TEAM, Collections.unmodifiableSet(EnumSet.of(READ_CONTACT_GUIDANCE,
                FIND_RESIDENTS, VIEW_CASE, SEE_AUDIT_TRAIL, READ_LETTERS, SEE_WORK_QUEUES, SEE_MONITORING,
                CHANGE_OWN_PASSWORD, READ_SDT_INBOX)));
        granted.put(Role.DATA_PROTECTION_OFFICER, Collections.unmodifiableSet(EnumSet.of(FIND_RESIDENTS,
                EXPORT_SUBJECT_ACCESS, CHANGE_OWN_PASSWORD)));
        granted.put(Role.ADMINISTRATOR, Collections.unmodifiableSet(EnumSet.of(SEE_MONITORING, MANAGE_STAFF,
                MANAGE_ACCOUNTS, CHANGE_OWN_PASSWORD, IMPORT_RESIDENTS, MANAGE_MACHINE_CREDENTIALS, RETRY_NOTIFICATIONS,
                SET_NOTIFICATION_ADDRESSES, EXPORT_SUBJECT_ACCESS, MANAGE_WEBHOOKS)));
        // a contractor asks the one question a visitor needs, and sees nothing else (issue 14 §1); like anyone
        // with a password, they may change it
        granted.put(Role.CONTRACTOR, Collections.unmodifiableSet(EnumSet.of(SAFE_VISIT, CHANGE_OWN_PASSWORD)));
        for (Role role : Role.values()) {
            if (!granted.containsKey(role)) {
                throw new IllegalStateException("No access rule for " + role);
            }
        }
        return Collections.unmodifiableMap(granted);
    }

    private static Set<Task> union(Set<Task> a, Set<Task> b) {
        Set<Task> all = EnumSet.copyOf(a);
        all.addAll(b);
        return Collections.unmodifiableSet(all);
    }
}
