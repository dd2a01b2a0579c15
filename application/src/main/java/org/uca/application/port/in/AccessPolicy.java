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
 * authorise, decide appeals and review; the Service Development Team reads cases and monitors; an administrator
 * sees only the anonymous monitoring figures, and brings the residents over from the housing system (counts and
 * references only, no case data). The application checks this before any use case reads data, for
 * every front end alike; front ends may ask it only to decide what to offer.
 *
 * <p>A subject access export (everything held about one resident, UK GDPR Article 15) is the Service Development
 * Team's: they already read every case to monitor the policy and are told of every authorised action, and answering
 * a data-protection request is a records task, not casework. Officers and managers work their own cases and need
 * no bulk export; an administrator, who sees no personal data at all, must not get the most personal output there
 * is. The retention rule is no member of staff's task: the system runs it (see {@code ApplyRetentionUseCase}).
 *
 * <p>An administrator keeps the staff directory, the sign-in accounts and the machine credentials other systems
 * sync residents with (and still sees no case); everyone who signs in may change their own password.
 */
public final class AccessPolicy {

    private static final Set<Task> OFFICER_WORK = Collections.unmodifiableSet(EnumSet.of(RECORD_ACTIONS,
            RECORD_NEEDS, RECORD_CONTACT, ISSUE_WARNING, RECORD_RESIDENT_INFORMED, LODGE_APPEAL,
            READ_CONTACT_GUIDANCE, FIND_RESIDENTS, VIEW_CASE, READ_LETTERS, RECORD_LETTER_SENT, SEE_WORK_QUEUES,
            CHANGE_OWN_PASSWORD));

    private static final Set<Task> MANAGER_WORK = union(OFFICER_WORK,
            EnumSet.of(AUTHORISE_MEASURES, DECIDE_APPEAL, REVIEW_RESTRICTION, LIFT_RESTRICTION, SEE_MONITORING));

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
        granted.put(Role.ASSISTANT_DIRECTOR, MANAGER_WORK);
        granted.put(Role.DIRECTOR, MANAGER_WORK);
        granted.put(Role.SERVICE_DEVELOPMENT_TEAM, Collections.unmodifiableSet(EnumSet.of(READ_CONTACT_GUIDANCE,
                FIND_RESIDENTS, VIEW_CASE, READ_LETTERS, SEE_WORK_QUEUES, SEE_MONITORING, EXPORT_SUBJECT_ACCESS,
                CHANGE_OWN_PASSWORD, READ_SDT_INBOX)));
        granted.put(Role.ADMINISTRATOR, Collections.unmodifiableSet(EnumSet.of(SEE_MONITORING, MANAGE_STAFF,
                MANAGE_ACCOUNTS, CHANGE_OWN_PASSWORD, IMPORT_RESIDENTS, MANAGE_MACHINE_CREDENTIALS, RETRY_NOTIFICATIONS,
                SET_NOTIFICATION_ADDRESSES)));
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
