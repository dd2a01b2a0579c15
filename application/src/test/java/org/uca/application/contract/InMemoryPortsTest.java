package org.uca.application.contract;

import io.vavr.control.Option;
import org.uca.application.inmemory.InMemoryUca;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.application.testbed.MovableClock;
import org.uca.domain.people.StaffMember;

/** The in-memory adapters keep the same contract as the databases. */
class InMemoryPortsTest extends OutgoingPortsContract {

    private InMemoryUca uca;

    @Override
    protected Ports freshPorts(MovableClock clock) {
        uca = new InMemoryUca(clock::now);
        return uca.ports();
    }

    @Override
    protected void addResident(Resident resident) {
        uca.residents.add(resident);
    }

    @Override
    protected void addStaff(StaffMember member, Option<Role> role) {
        role.fold(() -> uca.staff.addWithoutRole(member), r -> uca.staff.add(member, r));
    }

    @Override
    protected io.vavr.collection.Seq<org.uca.application.port.out.AuditLog.Entry> auditEntriesWithoutACase() {
        return uca.audit.all().filter(e -> e.caseId().isEmpty());
    }
}
