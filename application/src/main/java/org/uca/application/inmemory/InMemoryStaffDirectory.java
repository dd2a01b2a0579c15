package org.uca.application.inmemory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.concurrent.ConcurrentSkipListMap;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StaffDirectory;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/** A staff directory in memory. */
public final class InMemoryStaffDirectory implements StaffDirectory {

    private final ConcurrentSkipListMap<String, Entry> staff = new ConcurrentSkipListMap<>();

    /** Adds (or replaces) a member of staff who works in UCA in the given role. */
    public InMemoryStaffDirectory add(StaffMember member, Role role) {
        staff.put(member.id().value(), new Entry(member, Option.some(role)));
        return this;
    }

    /**
     * Adds (or replaces) a member of staff with no role in UCA: they can be named on a case (for example as who
     * informs the resident) but every use case they try is refused.
     */
    public InMemoryStaffDirectory addWithoutRole(StaffMember member) {
        staff.put(member.id().value(), new Entry(member, Option.none()));
        return this;
    }

    @Override
    public Option<Entry> find(StaffId id) {
        return Option.of(staff.get(id.value()));
    }

    @Override
    public Seq<StaffMember> all() {
        return List.ofAll(staff.values()).map(Entry::member);
    }
}
