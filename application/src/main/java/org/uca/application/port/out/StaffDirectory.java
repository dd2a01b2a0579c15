package org.uca.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/** Who a member of staff is, their team and authority level. The acting user's level always comes from here. */
public interface StaffDirectory {

    Option<StaffMember> find(StaffId id);

    Seq<StaffMember> all();
}
