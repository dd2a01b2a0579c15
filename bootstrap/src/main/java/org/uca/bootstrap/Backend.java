package org.uca.bootstrap;

import org.uca.adapter.web.port.Accounts;
import org.uca.adapter.web.port.Colleagues;
import org.uca.adapter.web.port.HealthCheck;
import org.uca.adapter.web.port.LinkedAccounts;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.application.service.UcaApplication;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/**
 * Where UCA keeps its data: the seam between the composition root and the storage technology. {@link Backends}
 * is the one place that chooses the implementation.
 */
interface Backend extends AutoCloseable {

    UcaApplication application();

    Accounts accounts();

    Colleagues colleagues();

    /** The accounts single sign-on signs in, linked by issuer and subject (audited). */
    LinkedAccounts linkedAccounts();

    HealthCheck health();

    /**
     * Waits until the store can serve (a database's ORM may still be booting when it is opened); until then
     * requests wait and the health check says no.
     *
     * @throws RuntimeException when the store failed to get ready; it is then closed
     */
    default void awaitReady() {
    }

    void saveResident(Resident resident);

    void saveStaff(StaffMember member);

    /** Adds or replaces a sign-in account; it gives the member of staff their role in UCA. */
    void saveAccount(String username, String passwordHash, StaffId staff, Role role);

    /** A short description for the start-up message. */
    String describe();

    @Override
    void close();
}
