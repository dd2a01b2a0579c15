package org.uca.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/**
 * Who a member of staff is, their team, authority level and role in UCA. The acting user's level and role always
 * come from here, never from the request.
 */
public interface StaffDirectory {

    /** The member of staff with their role, in one look-up (it is on every use case's path). */
    Option<Entry> find(StaffId id);

    Seq<StaffMember> all();

    /**
     * A member of staff as the directory lists them.
     *
     * @param role what they do in UCA; none for staff who may be named (for example as who informs the resident)
     *             but have not been given a role, and so may not use UCA
     */
    record Entry(StaffMember member, Option<Role> role) {
        public Entry {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(role, "role");
        }
    }
}
