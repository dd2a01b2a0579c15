package org.uca.adapter.web.security;

import static org.uca.adapter.web.security.Permission.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.uca.adapter.web.Role;

/**
 * Which role may ask for what. Officers record, warn, inform and lodge appeals; managers (Service Manager and up)
 * also authorise, decide appeals and review; the Service Development Team reads cases and monitors; an
 * administrator sees only the anonymous monitoring figures. Whether a manager's level is high enough for a
 * particular decision is the policy's question, answered by the application from the staff directory.
 */
public final class Permissions {

    private static final Set<Permission> OFFICER_WORK = EnumSet.of(VIEW_RESIDENTS_AND_CASES, RECORD_ACTIONS,
            RECORD_CONTACT, RECORD_ADJUSTMENTS, ISSUE_WARNING, RECORD_RESIDENT_INFORMED, LODGE_APPEAL);

    private static final Map<Role, Set<Permission>> GRANTED = new EnumMap<>(Role.class);

    static {
        Set<Permission> manager = EnumSet.copyOf(OFFICER_WORK);
        manager.addAll(EnumSet.of(AUTHORISE_MEASURES, DECIDE_APPEAL, REVIEW_RESTRICTION, LIFT_RESTRICTION,
                VIEW_MONITORING));
        GRANTED.put(Role.OFFICER, OFFICER_WORK);
        GRANTED.put(Role.SERVICE_MANAGER, manager);
        GRANTED.put(Role.ASSISTANT_DIRECTOR, manager);
        GRANTED.put(Role.DIRECTOR, manager);
        GRANTED.put(Role.SERVICE_DEVELOPMENT_TEAM, EnumSet.of(VIEW_RESIDENTS_AND_CASES, VIEW_MONITORING));
        GRANTED.put(Role.ADMINISTRATOR, EnumSet.of(VIEW_MONITORING));
    }

    private Permissions() {
    }

    public static boolean allows(Role role, Permission permission) {
        return GRANTED.get(role).contains(permission);
    }

    public static Set<Permission> of(Role role) {
        return EnumSet.copyOf(GRANTED.get(role));
    }
}
