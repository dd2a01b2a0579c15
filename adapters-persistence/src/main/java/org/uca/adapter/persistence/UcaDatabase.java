package org.uca.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.persistence.h2.UcaH2Dialect;
import org.uca.application.port.out.Clock;
import org.uca.application.port.out.Credentials;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/**
 * UCA's database: H2 in a file by default, PostgreSQL when a landlord deploys it. {@link #connect} migrates the
 * schema with Flyway, then starts Hibernate (which only validates the schema) on a HikariCP pool; {@link #ports}
 * gives the application its outgoing ports on it (the retention rule and subject access exports among them, as use
 * cases of the application). The directories and sign-in accounts are here for the bootstrap and the web adapter.
 */
public final class UcaDatabase implements AutoCloseable {

    /** How long a request made while UCA starts waits for Hibernate before the database counts as unavailable. */
    static final long STARTING_WAIT_SECONDS = 30;

    /** How long a request waits for a connection before the database counts as unreachable. */
    static final long CONNECTION_TIMEOUT_MS = 2_500;

    private static final Logger LOG = LoggerFactory.getLogger(UcaDatabase.class);

    /**
     * The mapped rows. Every one is a final class with no association to another, so Hibernate needs no proxy or
     * enhanced class for any of them ({@link NoRuntimeProxies}); nothing here asks for a proxy ({@code getReference},
     * lazy to-one).
     */
    private static final java.util.List<Class<?>> ENTITIES = java.util.List.of(CaseJpaEntity.class,
            CaseEventJpaEntity.class, ActionJpaEntity.class, WarningJpaEntity.class, DecisionJpaEntity.class,
            MeasureJpaEntity.class, AppealJpaEntity.class, CorrespondenceJpaEntity.class,
            NoticeWithheldJpaEntity.class, AuditJpaEntity.class,
            LetterJpaEntity.class, OutboxJpaEntity.class, ResidentJpaEntity.class, StaffJpaEntity.class,
            AccountJpaEntity.class,
            MachineCredentialJpaEntity.class, StaffIdentityJpaEntity.class, NotificationAddressJpaEntity.class,
            NotificationSeenJpaEntity.class, LetterSendingJpaEntity.class, AccessJpaEntity.class,
            ResidentReferenceJpaEntity.class, WebhookSubscriptionJpaEntity.class, WebhookDeliveryJpaEntity.class,
            WebhookAttemptJpaEntity.class);

    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final DataSource dataSource;
    /** Hibernate, booting or booted ({@link #start}). */
    private final CompletableFuture<EntityManagerFactory> factory;
    private final JpaUnitOfWork unitOfWork;
    private final JpaCases cases;
    private final SqlCaseQueries caseQueries;
    private final SqlMonitoring monitoring;
    private final SqlReadModelSource readModels;
    private final JpaResidentDirectory residents;
    private final JpaStaffDirectory staff;
    private final JpaSignInAccounts accounts;
    private final JpaMachineCredentials machineCredentials;
    private final JpaAuditLog audit;
    private final JpaAccessLog access;
    private final JpaLetterOutput letters;
    private final OutboxNotifications notifications;
    private final OutboxWebhooks webhooks;
    private final JpaWorkProperties workProperties;
    private final JpaDataProtection dataProtection;
    private final SqlGuidanceLookup guidance;
    private final SqlSessions sessions;
    private final SqlReminderDigests reminderDigests;
    private final SignInCounters signIns;

    /**
     * On H2 with a migration user: that user's one connection, opened first and held while UCA runs. It makes the
     * migration user the database's creator (its administrator) and keeps the database open with the settings only an
     * administrator may set (WRITE_DELAY=0 above all); nothing is ever run on it.
     */
    private final Connection h2Administrator;

    private UcaDatabase(DatabaseSettings settings, HikariDataSource pool, DataSource dataSource,
            CompletableFuture<EntityManagerFactory> factory, Connection h2Administrator) {
        this.settings = settings;
        this.h2Administrator = h2Administrator;
        this.pool = pool;
        this.dataSource = dataSource;
        this.factory = factory;
        this.unitOfWork = new JpaUnitOfWork(this::factoryForWork);
        this.cases = new JpaCases(unitOfWork, !settings.isH2());
        this.caseQueries = new SqlCaseQueries(unitOfWork);
        this.monitoring = new SqlMonitoring(unitOfWork);
        this.readModels = new SqlReadModelSource(unitOfWork);
        this.residents = new JpaResidentDirectory(unitOfWork, cases, !settings.isH2());
        this.staff = new JpaStaffDirectory(unitOfWork);
        this.accounts = new JpaSignInAccounts(unitOfWork);
        this.machineCredentials = new JpaMachineCredentials(unitOfWork);
        ResidentReferences references = new ResidentReferences(!settings.isH2());
        this.audit = new JpaAuditLog(unitOfWork, references);
        this.access = new JpaAccessLog(unitOfWork, references);
        this.letters = new JpaLetterOutput(unitOfWork);
        this.notifications = new OutboxNotifications(unitOfWork);
        this.webhooks = new OutboxWebhooks(unitOfWork);
        this.workProperties = new JpaWorkProperties(unitOfWork);
        this.dataProtection = new JpaDataProtection(unitOfWork, cases, references);
        this.guidance = new SqlGuidanceLookup(dataSource, unitOfWork, cases);
        this.sessions = new SqlSessions(dataSource);
        this.reminderDigests = new SqlReminderDigests(dataSource);
        this.signIns = new SignInCounters(dataSource);
    }

    /**
     * Connects, brings the schema up to date and checks that it is the schema this code expects.
     *
     * @throws StorageUnavailable when the database cannot be reached
     */
    public static UcaDatabase connect(DatabaseSettings settings) {
        return start(settings, UnaryOperator.identity()).ready();
    }

    /** As {@link #connect(DatabaseSettings)}, with the pool wrapped (tests count statements this way). */
    static UcaDatabase connect(DatabaseSettings settings, UnaryOperator<DataSource> wrap) {
        return start(settings, wrap).ready();
    }

    /**
     * As {@link #connect(DatabaseSettings)}, but returns as soon as the schema is up to date, while Hibernate may
     * still be booting (about half a second): a server builds its pages and binds its port meanwhile. Until Hibernate
     * is ready every unit of work waits for it and {@link #healthy()} says no; {@link #ready()} waits, and reports a
     * failed boot (then closes this).
     *
     * @throws StorageUnavailable when the database cannot be reached
     * @throws RuntimeException   Flyway's failure to migrate the schema
     */
    public static UcaDatabase start(DatabaseSettings settings) {
        return start(settings, UnaryOperator.identity());
    }

    private static UcaDatabase start(DatabaseSettings settings, UnaryOperator<DataSource> wrap) {
        Objects.requireNonNull(settings, "settings");
        // Hibernate reads its mappings, which needs neither a connection nor the schema, on another thread while
        // this one opens the pool and has Flyway check (or migrate) the schema; Hibernate then validates the schema
        // Flyway left, while the caller goes on.
        CompletableFuture<DataSource> opened = new CompletableFuture<>();
        CompletableFuture<Void> migrated = new CompletableFuture<>();
        CompletableFuture<EntityManagerFactory> booting = new CompletableFuture<>();
        Thread boot = new Thread(() -> {
            try {
                booting.complete(bootHibernate(settings, new PoolWhenOpen(opened), migrated));
            } catch (RuntimeException | Error e) {
                booting.completeExceptionally(e);
            }
        }, "uca-hibernate-boot");
        boot.setDaemon(true);
        boot.start();
        HikariDataSource pool;
        Connection h2Administrator = null;
        try {
            settings.h2Folder().ifPresent(OwnerOnlyFolder::prepare);
            if (settings.migratesAsAnotherUser() && settings.isH2()) {
                h2Administrator = openAsTheH2Administrator(settings);
            }
            if (settings.migratesAsAnotherUser()) {
                // Before the running user's first connection: the first user to open an H2 database creates it and
                // is its administrator, and on PostgreSQL the running user has no rights until they are granted.
                migrateAsTheMigrationUser(settings);
            }
        } catch (RuntimeException e) {
            closeQuietly(h2Administrator);
            RuntimeException failure = asStartFailure(settings, e);
            opened.completeExceptionally(failure);
            migrated.completeExceptionally(failure);
            booting.handle((factory, failed) -> null).join();
            throw failure;
        }
        try {
            pool = new HikariDataSource(poolConfig(settings, settings.user(), settings.password(),
                    settings.maxPoolSize()));
        } catch (RuntimeException | Error e) {
            closeQuietly(h2Administrator);
            StorageUnavailable failure = new StorageUnavailable(sentence(settings.inWords())
                    + " cannot be reached.", e);
            opened.completeExceptionally(failure);
            migrated.completeExceptionally(failure); // Hibernate may boot without a connection, then waits for this
            booting.handle((factory, failed) -> null).join();
            throw failure;
        }
        DataSource dataSource = wrap.apply(pool);
        opened.complete(dataSource);
        try {
            if (!settings.migratesAsAnotherUser()) {
                migrate(settings, dataSource);
            }
            settings.h2Folder().ifPresent(OwnerOnlyFolder::protectFiles);
            migrated.complete(null);
        } catch (RuntimeException | Error e) {
            migrated.completeExceptionally(e);
            booting.handle((factory, failed) -> null).join(); // nothing left using the pool
            pool.close();
            closeQuietly(h2Administrator);
            if (e instanceof RuntimeException failure) {
                throw asStartFailure(settings, failure);
            }
            throw (Error) e;
        }
        return new UcaDatabase(settings, pool, dataSource, booting, h2Administrator);
    }

    private static Connection openAsTheH2Administrator(DatabaseSettings settings) {
        try {
            return java.sql.DriverManager.getConnection(settings.jdbcUrl(), settings.migrationUser(),
                    settings.migrationPassword());
        } catch (SQLException e) {
            throw new StorageUnavailable(sentence(settings.inWords()) + " cannot be opened as the"
                    + " migration user " + settings.migrationUser() + ": " + e.getMessage().lines().findFirst()
                    .orElse(""), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the H2 administrator's connection failed", e);
            }
        }
    }

    private static EntityManagerFactory bootHibernate(DatabaseSettings settings, DataSource dataSource,
            CompletableFuture<Void> migrated) {
        EntityManagerFactory factory = startHibernate(settings, dataSource);
        try {
            migrated.join(); // Flyway's failure, if it failed, is this boot's
            // Flyway owns the schema; Hibernate checks every table and column it maps is there as mapped.
            factory.getSchemaManager().validate();
            LOG.info("Connected to {} ({})", settings.inWords(), settings.describe()); // never its password
            return factory;
        } catch (jakarta.persistence.SchemaValidationException e) {
            factory.close();
            throw new IllegalStateException("The schema of " + settings.inWords()
                    + " is not the one this UCA maps: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            factory.close();
            throw e;
        }
    }

    /**
     * Waits until Hibernate is ready.
     *
     * @throws StorageUnavailable when the database could not be reached meanwhile
     * @throws RuntimeException   Hibernate's failure to boot (e.g. a schema that is not the one mapped); this is
     *                            then closed
     */
    public UcaDatabase ready() {
        try {
            factory();
            return this;
        } catch (RuntimeException e) {
            pool.close();
            closeQuietly(h2Administrator);
            throw asStartFailure(settings, e);
        }
    }

    /**
     * Hibernate for a unit of work: waits while it boots (about half a second after {@link #start}), but not for
     * ever — a boot that hangs answers requests as the database being unavailable.
     */
    private EntityManagerFactory factoryForWork() {
        if (!factory.isDone()) {
            try {
                factory.get(STARTING_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new StorageUnavailable("UCA is still starting: its database is not ready yet.", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StorageUnavailable("UCA is still starting: its database is not ready yet.", e);
            } catch (java.util.concurrent.ExecutionException failedToBoot) {
                // reported below, as join() reports it
            }
        }
        return factory();
    }

    private EntityManagerFactory factory() {
        try {
            return factory.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static RuntimeException asStartFailure(DatabaseSettings settings, RuntimeException e) {
        return Faults.isConnectionFailure(e)
                ? new StorageUnavailable(sentence(settings.inWords()) + " cannot be reached.", e)
                : e;
    }

    private static HikariConfig poolConfig(DatabaseSettings settings, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("uca");
        config.setJdbcUrl(user.equals(settings.user()) ? settings.runningUserUrl() : settings.jdbcUrl());
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(2, size));
        // An outage surfaces within seconds as StorageUnavailable; the pool replaces broken connections and
        // recovers by itself when the database is back.
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        config.setValidationTimeout(1_000);
        if (!settings.isH2()) {
            config.addDataSourceProperty("connectTimeout", "3");
            // A server that accepts the connection but never answers: without a login time-out the driver waited
            // for the socket time-out, and the pool's first connection for a minute.
            config.addDataSourceProperty("loginTimeout", String.valueOf(LOGIN_TIMEOUT_SECONDS));
            config.addDataSourceProperty("socketTimeout", "60");
            config.addDataSourceProperty("tcpKeepAlive", "true");
            config.addDataSourceProperty("ApplicationName", "uca");
            // The server's detail ("Key (resident_id)=(R-1001) already exists", "Failing row contains (…)") quotes
            // stored values, personal data among them; it stays out of exception messages and so out of any log.
            config.addDataSourceProperty("logServerErrorDetail", "false");
        }
        return config;
    }

    /** How long opening one connection (TCP, TLS, authentication) may take before it counts as failed. */
    static final int LOGIN_TIMEOUT_SECONDS = 5;

    /**
     * Migrates on a connection of the migration user, then grants the running user its rights; the connection is
     * closed before UCA serves, so nothing it serves runs as the schema's owner.
     */
    private static void migrateAsTheMigrationUser(DatabaseSettings settings) {
        HikariConfig config = poolConfig(settings, settings.migrationUser(), settings.migrationPassword(), 2);
        config.setPoolName("uca-migration");
        try (HikariDataSource migration = new HikariDataSource(config)) {
            migrate(settings, migration);
            try (Connection c = migration.getConnection()) {
                RunningUserRights.grant(c, settings);
            } catch (SQLException e) {
                throw new IllegalStateException("The migration user " + settings.migrationUser()
                        + " could not grant the running user " + settings.user() + " its rights: " + e.getMessage(),
                        e);
            }
        } catch (com.zaxxer.hikari.pool.HikariPool.PoolInitializationException e) {
            throw new StorageUnavailable(sentence(settings.inWords()) + " cannot be reached as the"
                    + " migration user " + settings.migrationUser() + ".", e);
        }
    }

    private static void migrate(DatabaseSettings settings, DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(MigrationScripts.locations(settings.isH2()))
                .resourceProvider(MigrationScripts.forEngine(settings.isH2()))
                .javaMigrationClassProvider(java.util.List::of) // the Java migrations are given, not searched for
                .javaMigrations(ExistingCases.all())
                // Flyway ignores applied migrations it does not know ("future") unless told not to: a schema that
                // a newer UCA migrated is refused, never served by code that does not know it.
                .ignoreMigrationPatterns(new org.flywaydb.core.api.pattern.ValidatePattern[0])
                .load();
        try {
            flyway.migrate();
        } catch (org.flywaydb.core.api.exception.FlywayValidateException e) {
            java.util.Optional<String> newer = java.util.Arrays.stream(flyway.info().applied())
                    .filter(m -> m.getState() == org.flywaydb.core.api.MigrationState.FUTURE_SUCCESS
                            || m.getState() == org.flywaydb.core.api.MigrationState.FUTURE_FAILED)
                    .map(m -> m.getVersion().getVersion()).reduce((first, last) -> last);
            if (newer.isPresent()) {
                throw new SchemaTooNew("The schema of " + settings.inWords() + " is at version " + newer.get()
                        + ", newer than this UCA knows (" + MigrationScripts.latestVersion(settings.isH2())
                        + "): a newer UCA migrated it. Start that UCA (or a newer one), or restore a backup made"
                        + " before the upgrade.", e);
            }
            throw e;
        }
    }

    private static EntityManagerFactory startHibernate(DatabaseSettings settings, DataSource dataSource) {
        PersistenceConfiguration config = new PersistenceConfiguration("uca")
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property("hibernate.connection.datasource", dataSource)
                // Flyway owns the schema; bootHibernate validates it once Flyway is done.
                .property("hibernate.hbm2ddl.auto", "none")
                .property("hibernate.jdbc.batch_size", 20)
                .property("hibernate.jdbc.batch_versioned_data", true)
                .property("hibernate.query.fail_on_pagination_over_collection_fetch", true)
                .property("hibernate.show_sql", false)
                .property(NoRuntimeProxies.SETTING, true);
        if (settings.isH2()) {
            config.property("hibernate.dialect", UcaH2Dialect.class.getName()); // JSON documents as text
        }
        ENTITIES.forEach(config::managedClass);
        return config.createEntityManagerFactory();
    }

    /**
     * The application's outgoing ports on this database, for work that sets no password (the staff and account
     * administration that does refuses with an {@link IllegalStateException}): see {@link #ports(Clock,
     * WorkingDays, Credentials)}.
     */
    public Ports ports(Clock clock, WorkingDays workingDays) {
        return ports(clock, workingDays, NO_CREDENTIALS);
    }

    /** The application's outgoing ports on this database, hashing passwords and tokens with the credentials. */
    public Ports ports(Clock clock, WorkingDays workingDays, Credentials credentials) {
        return new Ports(cases, caseQueries, residents, staff, notifications, audit, access, letters, monitoring,
                readModels, guidance, dataProtection, dataProtection, unitOfWork, clock, workingDays, staff, accounts,
                credentials, machineCredentials, webhooks, workProperties);
    }

    /** Credentials for ports that set no password: any use is a wiring mistake, said so at once. */
    private static final Credentials NO_CREDENTIALS = new Credentials() {
        private IllegalStateException wiring() {
            return new IllegalStateException("These ports were made without credentials (password hashing);"
                    + " use UcaDatabase.ports(clock, workingDays, credentials)");
        }

        public String hash(String password) {
            throw wiring();
        }

        public boolean matches(String password, String hash) {
            throw wiring();
        }

        public Token newToken() {
            throw wiring();
        }

        public String hashOfToken(String token) {
            throw wiring();
        }

        public boolean commonlyUsed(String password) {
            throw wiring();
        }
    };

    // ---- directories and accounts -----------------------------------------------------------------------------

    /** Adds or replaces a resident in the directory that stands in for the housing system. */
    public void saveResident(ResidentDirectory.Resident resident) {
        residents.save(resident);
    }

    /** Adds or replaces a member of staff in the staff directory; their role in UCA comes with their account. */
    public void saveStaff(StaffMember member) {
        staff.save(member);
    }

    /**
     * Adds or replaces the sign-in account with this username. A member of staff has one account, and it gives them
     * their role in UCA (the staff directory reads it with them).
     *
     * @param passwordHash the hash of the password (never the password)
     * @throws org.uca.application.port.out.StoredValueRejected when the member of staff is not in the directory,
     *                                                          already has another account, or a value is too long
     */
    public void saveAccount(String username, String passwordHash, StaffId staffId, Role role) {
        AccountJpaEntity row = new AccountJpaEntity(username, passwordHash, staffId, role);
        unitOfWork.inTransaction(() -> {
            Option<AccountJpaEntity> held = unitOfWork.find(AccountJpaEntity.class, username);
            if (held.isDefined()) { // its standing (disabled, failed sign-ins) stays
                held.get().password(passwordHash);
                held.get().staff(staffId);
                held.get().role(role);
            } else {
                unitOfWork.em().persist(row);
            }
            return null;
        });
    }

    /** Whether any administrator can sign in now (for the start-up banner). */
    public boolean hasActiveAdministrator() {
        return unitOfWork.readOnly(() -> unitOfWork.em()
                .createQuery("select count(a) from AccountJpaEntity a where a.role = :role and a.disabledAt is null"
                        + " and a.passwordHash is not null and a.staffId in"
                        + " (select s.id from StaffJpaEntity s where s.leftOn is null)", Long.class)
                .setParameter("role", Role.ADMINISTRATOR.name())
                .getSingleResult() > 0);
    }

    /**
     * Signs in the member of staff linked to this person at an OpenID Connect provider (by issuer and subject),
     * creating them and an account without a password on their first sign-in, and giving them the role, level and
     * name the provider's claims say (unless their account is disabled: then nothing changes). Joins the caller's
     * unit of work, so the audit entry can be written with it.
     */
    public LinkedSignIn signInLinked(String issuer, String subject, String name, String username, Role role,
            AuthorityLevel level, Instant now) {
        return new StaffIdentityLinks(unitOfWork).signIn(issuer, subject, name, username, role, level, now);
    }

    public Option<StoredAccount> account(String username) {
        if (username == null || username.length() > AccountJpaEntity.MAX_USERNAME) {
            return Option.none();
        }
        return unitOfWork.inTransaction(() -> unitOfWork.find(AccountJpaEntity.class, username)
                .flatMap(AccountJpaEntity::toAccount));
    }

    /** The daily reminder digests waiting to be e-mailed (one per member of staff per day). */
    public SqlReminderDigests reminderDigests() {
        return reminderDigests;
    }

    /** Signed-in sessions and API tokens, shared by every UCA process on this database. */
    public SqlSessions sessions() {
        return sessions;
    }

    /**
     * The database's own session secret (made at random on first use, then the same for every process on this
     * database and after every restart), for when {@code UCA_SESSION_SECRET} is not set. Read once the schema is
     * migrated, without waiting for the ORM.
     */
    public String sessionSecret() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            return StoreSecret.readOrMake(c, "session_signing_secret");
        } catch (SQLException e) {
            throw new StorageUnavailable("The session secret could not be read", e);
        }
    }

    /** The sign-in limiter's counts, shared by every process on this database. */
    public SignInCounters signInCounters() {
        return signIns;
    }

    // ---- a demo store ------------------------------------------------------------------------------------------

    /** Whether {@code --demo} made this store: its accounts then have the passwords the README prints. */
    public boolean isDemoStore() {
        return count("select count(*) from demo_store") > 0;
    }

    /** Marks this store as made by {@code --demo}, for good (the running user may add the mark, never remove it). */
    public void markAsDemoStore(Instant at) {
        if (isDemoStore()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                java.sql.PreparedStatement insert = c.prepareStatement(
                        "insert into demo_store (id, marked_at) values (1, ?)")) {
            insert.setObject(1, java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw Faults.translate(new jakarta.persistence.PersistenceException(e));
        }
    }

    /** Whether this store holds any member of staff, sign-in account, resident or case. */
    public boolean holdsRecords() {
        return count("select (select count(*) from staff_member) + (select count(*) from staff_account)"
                + " + (select count(*) from resident) + (select count(*) from uca_case)") > 0;
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw Faults.translate(new jakarta.persistence.PersistenceException(e));
        }
    }

    // ---- outbox relay ----------------------------------------------------------------------------------------

    /** Notifications written with their change and not yet sent, oldest first. */
    public Seq<OutboxNotification> unsentNotifications(int limit) {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em()
                .createQuery("select o from OutboxJpaEntity o where o.sentAt is null order by o.id",
                        OutboxJpaEntity.class)
                .setMaxResults(Math.max(0, limit))
                .getResultList()).map(OutboxJpaEntity::toNotification));
    }

    /**
     * Notifications not yet sent whose next attempt is due at {@code now} (never tried, or their back-off has passed),
     * oldest first: what the relay sends on one run.
     */
    public Seq<OutboxNotification> dueNotifications(Instant now, int limit) {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em()
                .createQuery("select o from OutboxJpaEntity o where o.sentAt is null"
                        + " and (o.nextAttemptAt is null or o.nextAttemptAt <= :now) order by o.id",
                        OutboxJpaEntity.class)
                .setParameter("now", now)
                .setMaxResults(Math.max(0, limit))
                .getResultList()).map(OutboxJpaEntity::toNotification));
    }

    /** Letters waiting to be e-mailed to residents whose next attempt is due at {@code now}, oldest first. */
    public Seq<LetterEmail> dueLetterEmails(Instant now, int limit) {
        return letters.dueEmails(now, limit);
    }

    /** The mail server accepted the letter's e-mail. */
    public void letterEmailed(long id, Instant at) {
        letters.emailed(id, at);
    }

    /** One more failed attempt to e-mail the letter: why, and not before {@code nextAttempt}. */
    public void letterNotEmailed(long id, String error, Instant nextAttempt) {
        letters.notEmailed(id, error, nextAttempt);
    }

    /** Where notifications are e-mailed, as administrators set it. */
    public org.uca.application.port.out.Notifications.Addresses notificationAddresses() {
        return notifications.addresses();
    }

    /** Records a failed attempt to deliver the notification: one more attempt, why, and when to try again. */
    public void notificationNotDelivered(long id, String error, Instant nextAttempt) {
        notifications.notDelivered(id, error, nextAttempt);
    }

    /** Records that the relay delivered the notification. */
    public void markNotificationSent(long id, Instant at) {
        unitOfWork.inTransaction(() -> {
            OutboxJpaEntity row = unitOfWork.find(OutboxJpaEntity.class, id).getOrNull();
            if (row == null) {
                throw new IllegalArgumentException("There is no notification " + id + " in the outbox.");
            }
            row.sent(at);
            return null;
        });
    }

    // ---- webhooks ----------------------------------------------------------------------------------------------

    /**
     * Where UCA is reached ({@code UCA_PUBLIC_URL}), for the source and links of the events it queues from now on;
     * empty: links are paths. And whether plain http to this machine may be registered (tests and development).
     */
    public void webhooksFrom(String ucaAddress, boolean loopbackHttpAllowed) {
        webhooks.ucaAddress(ucaAddress);
        webhooks.loopbackHttpAllowed(loopbackHttpAllowed);
    }

    /** Webhook deliveries pending whose next attempt has come, oldest first, each with its receiving system. */
    public Seq<WebhookDue> dueWebhooks(Instant now, int limit) {
        return webhooks.due(now, limit);
    }

    /**
     * Records an attempt at a webhook delivery: delivered, or due again at {@code next}, or (none) given up.
     */
    public void webhookAttempted(long delivery, org.uca.application.port.out.Webhooks.Attempt attempt,
            boolean delivered, Option<Instant> next) {
        webhooks.attempted(delivery, attempt, delivered, next);
    }

    // ---- scheduled jobs --------------------------------------------------------------------------------------

    /**
     * The pool, for the job scheduler of the bootstrap: it keeps each scheduled job's next run in
     * {@code scheduled_tasks} (V16), read and written with plain JDBC in transactions of its own.
     */
    public DataSource scheduledJobsStore() {
        return dataSource;
    }

    // ---- health ---------------------------------------------------------------------------------------------

    /** One cheap query; false when the database cannot be reached (within the pool's connection timeout). */
    public boolean healthy() {
        if (!factory.isDone() || factory.isCompletedExceptionally()) {
            return false; // still starting, or failed to
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet result = statement.executeQuery("select 1")) {
                return result.next();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Health check failed", e);
            return false;
        }
    }

    /** Which bytecode provider Hibernate uses for UCA's unit ({@link NoRuntimeProxies}; for its test). */
    org.hibernate.bytecode.spi.BytecodeProvider bytecodeProvider() {
        return factory().unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(org.hibernate.bytecode.spi.BytecodeProvider.class);
    }

    // ---- lifecycle ------------------------------------------------------------------------------------------

    @Override
    public void close() {
        EntityManagerFactory booted = factory.handle((ready, failedToBoot) -> ready).join(); // null if it failed
        try {
            if (booted != null) {
                booted.close();
            }
        } finally {
            pool.close();
            closeQuietly(h2Administrator);
            LOG.info("Disconnected from {}", settings.describe());
        }
    }

    /** "the H2 store in ./data" as the start of a sentence. */
    private static String sentence(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
