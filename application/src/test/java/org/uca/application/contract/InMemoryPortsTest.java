package org.uca.application.contract;

import org.uca.application.inmemory.InMemoryUca;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Ports;
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
    protected void addStaff(StaffMember member) {
        uca.staff.add(member);
    }
}
