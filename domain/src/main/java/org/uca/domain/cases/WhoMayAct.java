package org.uca.domain.cases;

import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/**
 * Who may act on an appeal or a review (policy 4.2), as one rule for the domain's checks, the case page and the
 * work queues alike: an appeal is decided by a manager at its review level or above who did not make the decision
 * appealed against; a restriction is reviewed by a manager at the level its measures need or above.
 */
public final class WhoMayAct {

    private WhoMayAct() {
    }

    /** Whether {@code who} may decide an appeal at {@code reviewLevel} against a decision {@code decidedBy} made. */
    public static boolean mayDecideAppeal(StaffMember who, AuthorityLevel reviewLevel, StaffId decidedBy) {
        return who.mayAuthorise(reviewLevel) && !who.id().equals(decidedBy);
    }

    /** Whether {@code who} may review a restriction whose measures need {@code required}. */
    public static boolean mayReview(StaffMember who, AuthorityLevel required) {
        return who.mayAuthorise(required);
    }

    /** Who an appeal waits on, as a sentence ends: "an Assistant Director or above who did not make the decision". */
    public static String appealReviewer(AuthorityLevel reviewLevel) {
        return anyoneAt(reviewLevel) + " who did not make the decision";
    }

    /** Who a review waits on: "a Service Manager or above". */
    public static String restrictionReviewer(AuthorityLevel required) {
        return anyoneAt(required);
    }

    private static String anyoneAt(AuthorityLevel level) {
        return level == AuthorityLevel.NONE ? "any member of staff"
                : ("AEIOU".indexOf(level.title().charAt(0)) >= 0 ? "an " : "a ") + level.title() + " or above";
    }
}
