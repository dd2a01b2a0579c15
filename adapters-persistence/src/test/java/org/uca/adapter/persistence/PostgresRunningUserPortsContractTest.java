package org.uca.adapter.persistence;

import io.vavr.control.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.uca.application.contract.OutgoingPortsContract;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.application.testbed.MovableClock;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.people.StaffMember;

/** The rights UCA grants the running user are all the application needs: the whole contract holds with them. */
@DisplayName("The outgoing ports contract on PostgreSQL, as a running user that does not own the schema")
class PostgresRunningUserPortsContractTest extends OutgoingPortsContract {

    private TestDatabase db;

    @Override
    protected Ports freshPorts(MovableClock clock) {
        db = TestDatabase.on(TestDatabase.Kind.POSTGRESQL, SharedPostgres.freshDatabaseMigratedByItsOwner());
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
    protected io.vavr.collection.Seq<org.uca.application.port.out.AuditLog.Entry> auditEntriesWithoutACase() {
        return db.auditEntriesWithoutACase();
    }
}
