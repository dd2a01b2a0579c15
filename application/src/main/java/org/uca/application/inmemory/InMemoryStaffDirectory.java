package org.uca.application.inmemory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.concurrent.ConcurrentSkipListMap;
import org.uca.application.port.out.StaffDirectory;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/** A staff directory in memory. */
public final class InMemoryStaffDirectory implements StaffDirectory {

    private final ConcurrentSkipListMap<String, StaffMember> staff = new ConcurrentSkipListMap<>();

    public InMemoryStaffDirectory add(StaffMember member) {
        staff.put(member.id().value(), member);
        return this;
    }

    @Override
    public Option<StaffMember> find(StaffId id) {
        return Option.of(staff.get(id.value()));
    }

    @Override
    public Seq<StaffMember> all() {
        return List.ofAll(staff.values());
    }
}
