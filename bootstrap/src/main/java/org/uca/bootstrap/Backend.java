package org.uca.bootstrap;

import java.util.Optional;
import javax.sql.DataSource;
import org.uca.adapter.persistence.SqlReminderDigests;
import org.uca.adapter.web.port.Accounts;
import org.uca.adapter.web.port.Colleagues;
import org.uca.adapter.web.port.HealthCheck;
import org.uca.adapter.web.port.SessionStore;
import org.uca.adapter.web.port.SignInCounts;
import org.uca.adapter.web.port.LinkedAccounts;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.application.service.UcaApplication;
import org.uca.bootstrap.mail.NotificationRelay;
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

    /** Where the sign-in limiter counts failed sign-ins (shared with every process on the same store). */
    SignInCounts signInCounts();
    /** The accounts single sign-on signs in, linked by issuer and subject (audited). */
    LinkedAccounts linkedAccounts();

    HealthCheck health();

    /** Where the scheduled jobs keep their next runs ({@code scheduled_tasks}): shared by every UCA process on it. */
    DataSource scheduledJobsStore();

    /** The notification outbox, for the relay that e-mails it (none in memory: nothing is kept to relay). */
    default Optional<NotificationRelay.Outbox> outbox() {
        return Optional.empty();
    }

    /** The events queued for the landlord's other systems, for the webhook relay (none in memory). */
    default Optional<org.uca.bootstrap.webhooks.WebhookRelay.Queue> webhooks() {
        return Optional.empty();
    }

    /** The letters waiting to be e-mailed to residents, for the same relay (none in memory). */
    default Optional<org.uca.bootstrap.mail.LetterEmailRelay.Waiting> lettersToEmail() {
        return Optional.empty();
    }

    /** The daily reminder digests waiting to be e-mailed (none in memory: nothing is kept to send). */
    default Optional<SqlReminderDigests> reminderDigests() {
        return Optional.empty();
    }

    /** Where signed-in sessions and API tokens are kept (the database, shared by every UCA process on it). */
    SessionStore sessions();

    /**
     * The secret that signs sessions when {@code UCA_SESSION_SECRET} is not set: a database's own (the same after a
     * restart and for every process on it); in memory, one made for this run (whose sessions end with it anyway).
     */
    String sessionSecret();

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

    /** Whether any administrator can sign in (else the start-up banner says how to create one). */
    boolean hasActiveAdministrator();

    /** Whether {@code --demo} made this store: its accounts then have the passwords the README prints. */
    boolean isDemoStore();

    /** Marks this store as made by {@code --demo}, for good. */
    void markAsDemoStore();

    /** Whether this store holds any member of staff, sign-in account, resident or case. */
    boolean holdsRecords();

    /** A short description for the start-up message. */
    String describe();

    @Override
    void close();
}
