package org.uca.application.inmemory;

import java.time.Instant;
import java.util.function.Supplier;
import org.uca.application.port.out.Credentials;
import org.uca.application.port.out.Ports;
import org.uca.application.service.UcaApplication;
import org.uca.domain.calendar.WorkingDays;

/**
 * UCA wired on in-memory adapters: the quickest way to run the application in a test, a demo or a new front end.
 * The stores stay reachable for inspection.
 */
public final class InMemoryUca {

    public final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    public final InMemoryResidentDirectory residents = new InMemoryResidentDirectory(unitOfWork);
    public final InMemoryCases cases = new InMemoryCases(unitOfWork, residents);
    public final InMemoryStaffDirectory staff = new InMemoryStaffDirectory(unitOfWork);
    public final InMemoryAuditLog audit = new InMemoryAuditLog(unitOfWork);
    public final InMemoryAccessLog access = new InMemoryAccessLog(unitOfWork);
    public final InMemoryNotifications notifications = new InMemoryNotifications(unitOfWork);
    public final InMemoryLetterOutput letters = new InMemoryLetterOutput(unitOfWork);
    public final InMemoryMachineCredentials machineCredentials = new InMemoryMachineCredentials(unitOfWork);
    public final InMemoryWebhooks webhooks = new InMemoryWebhooks(unitOfWork);
    public final InMemoryWorkProperties workProperties = new InMemoryWorkProperties(unitOfWork);
    public final InMemoryReadModelSource readModels = new InMemoryReadModelSource(cases, residents, staff);
    public final InMemoryGuidanceLookup guidance = new InMemoryGuidanceLookup(cases, residents, staff);
    public final InMemoryDataProtection dataProtection = new InMemoryDataProtection(cases, letters, notifications,
            audit, residents);
    private final Ports ports;
    public final UcaApplication application;

    /** @param clock where "now" comes from: {@code Instant::now} in a real front end, a fixed time in tests */
    public InMemoryUca(Supplier<Instant> clock) {
        this(clock, new InMemoryCredentials());
    }

    /** @param credentials password hashing, tokens and the common-passwords list (an adapter's, for a real front end) */
    public InMemoryUca(Supplier<Instant> clock, Credentials credentials) {
        this.ports = new Ports(cases, cases, residents, staff, notifications, audit, access, letters, cases, readModels,
                guidance, dataProtection, dataProtection, unitOfWork, clock::get, WorkingDays.ENGLAND_AND_WALES,
                staff, staff, credentials, machineCredentials, webhooks, workProperties);
        this.application = new UcaApplication(ports);
    }

    /** The outgoing ports, for wiring another front end or inspecting the stores. */
    public Ports ports() {
        return ports;
    }
}
