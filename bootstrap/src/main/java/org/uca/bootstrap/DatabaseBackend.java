package org.uca.bootstrap;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.uca.adapter.persistence.DatabaseSettings;
import org.uca.adapter.persistence.SignInCounters;
import org.uca.adapter.persistence.LinkedSignIn;
import org.uca.adapter.persistence.SqlReminderDigests;
import org.uca.adapter.persistence.StoredAccount;
import org.uca.adapter.persistence.UcaDatabase;
import org.uca.adapter.web.port.Accounts;
import org.uca.adapter.web.port.Colleagues;
import org.uca.adapter.web.port.HealthCheck;
import org.uca.adapter.web.port.SessionStore;
import org.uca.adapter.web.port.SignInCounts;
import org.uca.adapter.web.port.LinkedAccounts;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StaffDirectory;
import org.uca.application.service.UcaApplication;
import org.uca.bootstrap.mail.NotificationRelay;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/** UCA on its database: embedded H2 files by default, PostgreSQL when UCA_JDBC_URL says so. */
final class DatabaseBackend implements Backend {

    private final UcaDatabase database;
    private final Ports ports;
    private final UcaApplication application;

    DatabaseBackend(Configuration configuration, DemoClock clock) {
        DatabaseSettings settings = settings(configuration);
        this.database = UcaDatabase.start(settings); // migrated; Hibernate may still be booting (awaitReady)
        this.ports = database.ports(clock::now, WorkingDays.ENGLAND_AND_WALES, new PasswordCredentials());
        database.webhooksFrom(configuration.signIn().publicUrl().map(java.net.URI::toString).orElse(""),
                configuration.webhooksToLoopbackHttp());
        this.application = new UcaApplication(ports);
        this.describe = settings.inWords(); // never the password, nor the URL's options
    }

    private final String describe;

    /** The database the configuration names: {@code UCA_JDBC_URL}, or the H2 file under {@code UCA_DATA_DIR}. */
    static DatabaseSettings settings(Configuration configuration) {
        DatabaseSettings settings;
        try {
            settings = configuration.jdbcUrl().isBlank()
                    ? DatabaseSettings.h2File(configuration.dataDir())
                    : new DatabaseSettings(configuration.jdbcUrl(), configuration.dbUser(),
                            configuration.dbPassword(), 10);
        } catch (IllegalArgumentException e) {
            throw new CannotStart("UCA_JDBC_URL is not a database UCA runs on: " + e.getMessage(), e);
        }
        return settings.withMigrationUser(configuration.migrationDbUser(), configuration.migrationDbPassword());
    }

    @Override
    public UcaApplication application() {
        return application;
    }

    @Override
    public Accounts accounts() {
        return new Accounts() {
            @Override
            public Option<Account> find(String username) {
                return database.account(username).flatMap(DatabaseBackend::account);
            }

            @Override
            public void signInAttempted(String username, Option<StaffId> staff, boolean succeeded, String why) {
                audit(staff.getOrElse(() -> new StaffId("unknown user")), "SignIn",
                        succeeded ? AuditLog.Outcome.ACCEPTED : AuditLog.Outcome.REFUSED, username + ": " + why);
            }

            @Override
            public void accessRefused(StaffId staff, String what) {
                audit(staff, "WebRequest", AuditLog.Outcome.NOT_PERMITTED, what);
            }
        };
    }

    @Override
    public LinkedAccounts linkedAccounts() {
        return new LinkedAccounts() {
            @Override
            public Either<String, Accounts.Account> signIn(Identity identity, Role role, AuthorityLevel level,
                    String because) {
                // One transaction: the staff record, its account and link, and their audit entries, or none of them.
                return ports.unitOfWork().inTransaction(() -> {
                    Instant now = Instant.now();
                    LinkedSignIn signedIn = database.signInLinked(identity.issuer(), identity.subject(),
                            identity.name(), identity.username(), role, level, now);
                    StaffId who = signedIn.member().id();
                    String username = signedIn.account().username();
                    if (signedIn.disabled()) {
                        append(now, who, "SignIn", AuditLog.Outcome.REFUSED, username
                                + ": single sign-on refused: the account is disabled");
                        return Either.left("the account is disabled");
                    }
                    if (signedIn.created()) {
                        append(now, who, "LinkSingleSignOn", AuditLog.Outcome.ACCEPTED, "created " + username
                                + " (" + signedIn.member().name() + ") as " + role + " with authority level " + level
                                + ", linked to subject " + identity.subject() + " at " + identity.issuer() + " ("
                                + because + ")");
                    } else if (signedIn.changed()) {
                        append(now, who, "UpdateFromSingleSignOn", AuditLog.Outcome.ACCEPTED, username + ": "
                                + changes(signedIn) + " (" + because + ")");
                    }
                    append(now, who, "SignIn", AuditLog.Outcome.ACCEPTED, username
                            + ": signed in with single sign-on as " + role);
                    StoredAccount account = signedIn.account();
                    return Either.right(new Accounts.Account(account.username(), account.passwordHash(),
                            account.staff(), account.role()));
                });
            }

            @Override
            public void refused(Identity identity, String why) {
                audit(new StaffId("unknown user"), "SignIn", AuditLog.Outcome.REFUSED, identity.username()
                        + ": single sign-on refused (subject " + identity.subject() + " at " + identity.issuer()
                        + "): " + why);
            }
        };
    }

    /** What a sign-in changed, before and after: "role OFFICER -> SERVICE_MANAGER, authority level …". */
    private static String changes(LinkedSignIn signedIn) {
        LinkedSignIn.Before before = signedIn.before().get();
        java.util.List<String> changes = new java.util.ArrayList<>();
        if (before.role() != signedIn.account().role()) {
            changes.add("role " + before.role() + " -> " + signedIn.account().role());
        }
        if (before.level() != signedIn.member().authority()) {
            changes.add("authority level " + before.level() + " -> " + signedIn.member().authority());
        }
        if (!before.name().equals(signedIn.member().name())) {
            changes.add("name \"" + before.name() + "\" -> \"" + signedIn.member().name() + "\"");
        }
        return String.join(", ", changes);
    }

    private void append(Instant at, StaffId who, String command, AuditLog.Outcome outcome, String why) {
        ports.audit().append(new AuditLog.Entry(at, who, command, Option.none(), outcome, why));
    }

    private static Option<Accounts.Account> account(StoredAccount stored) {
        Accounts.Standing standing = stored.disabled() ? Accounts.Standing.DISABLED
                : stored.passwordSet() ? Accounts.Standing.ACTIVE : Accounts.Standing.PASSWORD_NOT_SET;
        return Option.some(new Accounts.Account(stored.username(), stored.passwordHash(), stored.staff(),
                stored.role(), standing));
    }

    private void audit(StaffId who, String command, AuditLog.Outcome outcome, String why) {
        try {
            ports.unitOfWork().inTransaction(() -> {
                ports.audit().append(new AuditLog.Entry(Instant.now(), who, command, Option.none(), outcome, why));
                return null;
            });
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(DatabaseBackend.class).warn("Could not audit {} by {}", command, who, e);
        }
    }

    /** The database's counts, in the web adapter's terms. */
    @Override
    public SignInCounts signInCounts() {
        SignInCounters counters = database.signInCounters();
        return new SignInCounts() {
            @Override
            public Attempt attempt(String username, String address, Instant now, Instant forgetBefore,
                    Predicate<Seen> mayEvaluate) {
                SignInCounters.Attempt attempt = counters.attempt(username, address, now, forgetBefore,
                        seen -> mayEvaluate.test(seen(seen)));
                return new Attempt(attempt.evaluate(), attempt.seen() == null ? null : seen(attempt.seen()));
            }

            @Override
            public void succeeded(String username, String address, Instant now, Instant forgetBefore) {
                counters.succeeded(username, address, now, forgetBefore);
            }

            @Override
            public Count machineFailures(String address) {
                return count(counters.machineFailures(address));
            }

            @Override
            public void machineFailed(String address, Instant now, Instant forgetBefore) {
                counters.machineFailed(address, now, forgetBefore);
            }

            @Override
            public void machineSucceeded(String address) {
                counters.machineSucceeded(address);
            }
        };
    }

    private static SignInCounts.Seen seen(SignInCounters.Seen seen) {
        return new SignInCounts.Seen(count(seen.pair()), seen.account().map(DatabaseBackend::count),
                count(seen.address()), seen.knownAddress());
    }

    private static SignInCounts.Count count(SignInCounters.Count count) {
        return new SignInCounts.Count(count.failures(), count.lastFailure());
    }

    @Override
    public Colleagues colleagues() {
        return new Colleagues() {
            @Override
            public Option<StaffMember> find(StaffId id) {
                return ports.unitOfWork().inTransaction(() -> ports.staff().find(id)
                        .map(StaffDirectory.Entry::member));
            }

            @Override
            public Seq<StaffMember> all() {
                return ports.unitOfWork().inTransaction(() -> ports.staff().all());
            }
        };
    }

    @Override
    public void awaitReady() {
        database.ready();
    }

    @Override
    public SessionStore sessions() {
        return new DatabaseSessionStore(database.sessions());
    }

    @Override
    public String sessionSecret() {
        return database.sessionSecret();
    }

    @Override
    public HealthCheck health() {
        return database::healthy;
    }

    @Override
    public DataSource scheduledJobsStore() {
        return database.scheduledJobsStore();
    }

    @Override
    public Optional<NotificationRelay.Outbox> outbox() {
        return Optional.of(NotificationRelay.outboxOf(database));
    }

    @Override
    public Optional<org.uca.bootstrap.webhooks.WebhookRelay.Queue> webhooks() {
        return Optional.of(org.uca.bootstrap.webhooks.WebhookRelay.queueOf(database));
    }

    @Override
    public Optional<org.uca.bootstrap.mail.LetterEmailRelay.Waiting> lettersToEmail() {
        return Optional.of(org.uca.bootstrap.mail.LetterEmailRelay.waitingIn(database));
    }

    @Override
    public Optional<SqlReminderDigests> reminderDigests() {
        return Optional.of(database.reminderDigests());
    }

    @Override
    public void saveResident(Resident resident) {
        database.saveResident(resident);
    }

    @Override
    public void saveStaff(StaffMember member) {
        database.saveStaff(member);
    }

    @Override
    public void saveAccount(String username, String passwordHash, StaffId staff, Role role) {
        database.saveAccount(username, passwordHash, staff, role);
    }

    @Override
    public boolean hasActiveAdministrator() {
        return database.hasActiveAdministrator();
    }

    @Override
    public boolean isDemoStore() {
        return database.isDemoStore();
    }

    @Override
    public void markAsDemoStore() {
        database.markAsDemoStore(Instant.now());
    }

    @Override
    public boolean holdsRecords() {
        return database.holdsRecords();
    }

    @Override
    public String describe() {
        return describe;
    }

    @Override
    public void close() {
        database.close();
    }
}
