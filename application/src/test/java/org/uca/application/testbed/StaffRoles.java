package org.uca.application.testbed;

import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.List;
import org.uca.application.port.out.Role;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/**
 * The fixture staff with the roles the staff directory gives them, plus the two roles that hold no authority level
 * of their own: a Service Development Team member and an administrator.
 */
public final class StaffRoles {

    /** Monitors decisions (policy 5.1): reads cases and the monitoring report, records nothing. */
    public static final StaffMember SDT_MEMBER = new StaffMember(new StaffId("sdt-sid"), "Sid Okoro",
            "Service Development Team", AuthorityLevel.NONE);

    /** Answers subject access requests: finds residents and exports what is held about them, and sees no case. */
    public static final StaffMember DATA_PROTECTION_OFFICER = new StaffMember(new StaffId("dpo-dee"), "Dee Walker",
            "Information Governance", AuthorityLevel.NONE);

    /** Runs UCA for the landlord: sees only the anonymous monitoring figures. */
    public static final StaffMember ADMINISTRATOR = new StaffMember(new StaffId("admin-ann"), "Ann Hughes",
            "IT Services", AuthorityLevel.NONE);

    /** A repairs contractor's operative: asks only what a visitor must do. */
    public static final StaffMember CONTRACTOR = new StaffMember(new StaffId("contractor-cody"), "Cody Banks",
            "Repairs contractor", AuthorityLevel.NONE);

    private StaffRoles() {
    }

    /** The role a fixture member of staff works in: officers and managers by their authority level. */
    public static Role roleOf(StaffMember member) {
        if (member.equals(SDT_MEMBER)) {
            return Role.SERVICE_DEVELOPMENT_TEAM;
        }
        if (member.equals(DATA_PROTECTION_OFFICER)) {
            return Role.DATA_PROTECTION_OFFICER;
        }
        if (member.equals(ADMINISTRATOR)) {
            return Role.ADMINISTRATOR;
        }
        if (member.equals(CONTRACTOR)) {
            return Role.CONTRACTOR;
        }
        return switch (member.authority()) {
            case NONE -> Role.OFFICER;
            case SERVICE_MANAGER -> Role.SERVICE_MANAGER;
            case ASSISTANT_DIRECTOR -> Role.ASSISTANT_DIRECTOR;
            case DIRECTOR -> Role.DIRECTOR;
        };
    }

    /** Every fixture member of staff with their role: {@link Staff#everyone()}, the team member, the administrator. */
    public static List<Tuple2<StaffMember, Role>> everyone() {
        return Staff.everyone().append(SDT_MEMBER).append(DATA_PROTECTION_OFFICER).append(ADMINISTRATOR).append(CONTRACTOR).map(m -> Tuple.of(m, roleOf(m)));
    }

    /** A fixture member of staff in each role. */
    public static StaffMember someoneIn(Role role) {
        return everyone().find(e -> e._2 == role).map(e -> e._1).get();
    }
}
