package org.uca.adapter.persistence;

import io.vavr.control.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.uca.application.contract.OutgoingPortsContract;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.application.testbed.MovableClock;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.people.StaffMember;

@DisplayName("The outgoing ports contract on H2 (the embedded default)")
class H2PortsContractTest extends OutgoingPortsContract {

    private TestDatabase db;

    @Override
    protected Ports freshPorts(MovableClock clock) {
        db = TestDatabase.fresh(TestDatabase.Kind.H2);
        return db.database.ports(clock, WorkingDays.ENGLAND_AND_WALES,
                new org.uca.application.inmemory.InMemoryCredentials());
    }

    @Override
    protected void addResident(Resident resident) {
        db.database.saveResident(resident);
    }

    @Override
    protected void addStaff(StaffMember member, Option<Role> role) {
        db.saveStaff(member, role);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Override
    protected io.vavr.collection.Seq<AuditLog.Entry> auditEntriesWithoutACase() {
        return db.auditEntriesWithoutACase();
    }
}
