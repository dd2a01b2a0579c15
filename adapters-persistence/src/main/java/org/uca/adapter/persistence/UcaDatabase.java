package org.uca.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.persistence.h2.UcaH2Dialect;
import org.uca.adapter.persistence.json.StoredJson;
import org.uca.adapter.persistence.json.SubjectAccessExport;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Clock;
import org.uca.application.port.out.ResidentDirectory;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.application.port.out.Ports;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.UkTime;

/**
 * UCA's database: H2 in a file by default, PostgreSQL when a landlord deploys it. {@link #connect} migrates the
 * schema with Flyway, then starts Hibernate (which only validates the schema) on a HikariCP pool; {@link #ports}
 * gives the application its outgoing ports on it. The directories, sign-in accounts, subject-access export and the
 * retention rule are here for the bootstrap and the web adapter.
 */
public final class UcaDatabase implements AutoCloseable {

    /** How long cases are kept once no restriction is in force, unless configured otherwise. */
    public static final Period DEFAULT_RETENTION = Period.ofYears(6);

    /** Who the audit log names when the retention rule runs by itself (on start-up). */
    public static final StaffId RETENTION_RULE = new StaffId("system-retention-rule");

    /** How long a request waits for a connection before the database counts as unreachable. */
    static final long CONNECTION_TIMEOUT_MS = 2_500;

    private static final Logger LOG = LoggerFactory.getLogger(UcaDatabase.class);

    private static final java.util.List<Class<?>> ENTITIES = java.util.List.of(CaseJpaEntity.class,
            CaseEventJpaEntity.class, ActionJpaEntity.class, WarningJpaEntity.class, DecisionJpaEntity.class,
            MeasureJpaEntity.class, AppealJpaEntity.class, AuditJpaEntity.class, LetterJpaEntity.class,
            OutboxJpaEntity.class, ResidentJpaEntity.class, StaffJpaEntity.class, AccountJpaEntity.class);

    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final DataSource dataSource;
    private final EntityManagerFactory factory;
    private final JpaUnitOfWork unitOfWork;
    private final JpaCases cases;
    private final SqlCaseQueries caseQueries;
    private final SqlMonitoring monitoring;
    private final SqlReadModelSource readModels;
    private final JpaResidentDirectory residents;
    private final JpaStaffDirectory staff;
    private final JpaAuditLog audit;
    private final JpaLetterOutput letters;
    private final OutboxNotifications notifications;

    private UcaDatabase(DatabaseSettings settings, HikariDataSource pool, DataSource dataSource,
            EntityManagerFactory factory) {
        this.settings = settings;
        this.pool = pool;
        this.dataSource = dataSource;
        this.factory = factory;
        this.unitOfWork = new JpaUnitOfWork(factory);
        this.cases = new JpaCases(unitOfWork, !settings.isH2());
        this.caseQueries = new SqlCaseQueries(unitOfWork);
        this.monitoring = new SqlMonitoring(unitOfWork);
        this.readModels = new SqlReadModelSource(unitOfWork);
        this.residents = new JpaResidentDirectory(unitOfWork, cases);
        this.staff = new JpaStaffDirectory(unitOfWork);
        this.audit = new JpaAuditLog(unitOfWork);
        this.letters = new JpaLetterOutput(unitOfWork);
        this.notifications = new OutboxNotifications(unitOfWork);
    }

    /**
     * Connects, brings the schema up to date and checks that it is the schema this code expects.
     *
     * @throws StorageUnavailable when the database cannot be reached
     */
    public static UcaDatabase connect(DatabaseSettings settings) {
        return connect(settings, UnaryOperator.identity());
    }

    /** As {@link #connect(DatabaseSettings)}, with the pool wrapped (tests count statements this way). */
    static UcaDatabase connect(DatabaseSettings settings, UnaryOperator<DataSource> wrap) {
        Objects.requireNonNull(settings, "settings");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(settings));
        } catch (RuntimeException e) {
            throw new StorageUnavailable("The database " + settings.describe() + " cannot be reached.", e);
        }
        try {
            DataSource dataSource = wrap.apply(pool);
            migrate(settings, dataSource);
            EntityManagerFactory factory = startHibernate(settings, dataSource);
            LOG.info("Connected to {}", settings);
            return new UcaDatabase(settings, pool, dataSource, factory);
        } catch (RuntimeException e) {
            pool.close();
            throw Faults.isConnectionFailure(e)
                    ? new StorageUnavailable("The database " + settings.describe() + " cannot be reached.", e)
                    : e;
        }
    }

    private static HikariConfig poolConfig(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("uca");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(Math.min(2, settings.maxPoolSize()));
        // An outage surfaces within seconds as StorageUnavailable; the pool replaces broken connections and
        // recovers by itself when the database is back.
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        config.setValidationTimeout(1_000);
        if (!settings.isH2()) {
            config.addDataSourceProperty("connectTimeout", "3");
            config.addDataSourceProperty("socketTimeout", "60");
            config.addDataSourceProperty("tcpKeepAlive", "true");
            config.addDataSourceProperty("ApplicationName", "uca");
        }
        return config;
    }

    private static void migrate(DatabaseSettings settings, DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common",
                        "classpath:db/migration/" + (settings.isH2() ? "h2" : "postgresql"))
                .load()
                .migrate();
    }

    private static EntityManagerFactory startHibernate(DatabaseSettings settings, DataSource dataSource) {
        PersistenceConfiguration config = new PersistenceConfiguration("uca")
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property("hibernate.connection.datasource", dataSource)
                // Flyway owns the schema; Hibernate checks every table and column it maps is there as mapped.
                .property("hibernate.hbm2ddl.auto", "validate")
                .property("hibernate.jdbc.batch_size", 20)
                .property("hibernate.jdbc.batch_versioned_data", true)
                .property("hibernate.query.fail_on_pagination_over_collection_fetch", true)
                .property("hibernate.show_sql", false);
        if (settings.isH2()) {
            config.property("hibernate.dialect", UcaH2Dialect.class.getName()); // JSON documents as text
        }
        ENTITIES.forEach(config::managedClass);
        return config.createEntityManagerFactory();
    }

    /** The application's outgoing ports on this database. */
    public Ports ports(Clock clock, WorkingDays workingDays) {
        return new Ports(cases, caseQueries, residents, staff, notifications, audit, letters, monitoring, readModels,
                unitOfWork, clock, workingDays);
    }

    // ---- directories and accounts -----------------------------------------------------------------------------

    /** Adds or replaces a resident in the directory that stands in for the housing system. */
    public void saveResident(ResidentDirectory.Resident resident) {
        residents.save(resident);
    }

    /** Adds or replaces a member of staff in the staff directory. */
    public void saveStaff(StaffMember member) {
        staff.save(member);
    }

    /**
     * Adds or replaces the sign-in account with this username. A member of staff has one account.
     *
     * @param passwordHash the hash of the password (never the password)
     * @throws org.uca.application.port.out.StoredValueRejected when the member of staff is not in the directory,
     *                                                          already has another account, or a value is too long
     */
    public void saveAccount(String username, String passwordHash, StaffId staffId, String role) {
        AccountJpaEntity row = new AccountJpaEntity(username, passwordHash, staffId, role);
        unitOfWork.inTransaction(() -> unitOfWork.em().merge(row));
    }

    public Option<StoredAccount> account(String username) {
        if (username == null || username.length() > AccountJpaEntity.MAX_USERNAME) {
            return Option.none();
        }
        return unitOfWork.inTransaction(() -> unitOfWork.find(AccountJpaEntity.class, username)
                .map(AccountJpaEntity::toAccount));
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

    // ---- health ---------------------------------------------------------------------------------------------

    /** One cheap query; false when the database cannot be reached (within the pool's connection timeout). */
    public boolean healthy() {
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

    // ---- data protection ------------------------------------------------------------------------------------

    /**
     * Everything held about the resident (UK GDPR Article 15), as JSON: the directory entry, the case with its
     * whole timeline, the letters issued, the notifications about the case and the audit trail.
     */
    public String subjectAccessExport(ResidentId resident) {
        return unitOfWork.inTransaction(() -> {
            EntityManager em = unitOfWork.em();
            Option<ResidentDirectory.Resident> entry = residents.find(resident);
            Option<StoredCase> row = cases.storedFor(resident);
            Option<Case> theCase = row.map(StoredCase::theCase);
            Seq<String> issued = List.ofAll(em.createQuery("select l from LetterJpaEntity l"
                            + " where l.residentId = :resident order by l.id", LetterJpaEntity.class)
                    .setParameter("resident", resident.value())
                    .getResultList()).map(LetterJpaEntity::content);
            Seq<SubjectAccessExport.NotificationHeld> held = row.map(r -> List.ofAll(em.createQuery(
                            "select o from OutboxJpaEntity o where o.caseId = :caseId order by o.id",
                            OutboxJpaEntity.class)
                    .setParameter("caseId", r.id())
                    .getResultList())
                    .map(OutboxJpaEntity::toNotification)
                    .map(n -> new SubjectAccessExport.NotificationHeld(n.audience().name(), n.teams(), n.subject(),
                            n.body(), n.createdAt(), n.sentAt())))
                    .getOrElse(List.empty());
            String mention = "%" + resident.value().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            Seq<AuditLog.Entry> entries = List.ofAll(em.createQuery("select a from AuditJpaEntity a"
                            + " where a.caseId = :caseId or (a.caseId is null and a.why like :mention escape '!')"
                            + " order by a.id", AuditJpaEntity.class)
                    .setParameter("caseId", row.map(StoredCase::id).getOrElse(new UUID(0, 0)))
                    .setParameter("mention", mention)
                    .getResultList()).map(AuditJpaEntity::toEntry);
            // LIKE finds candidates; only a whole reference counts, so R-10 never pulls in entries about R-1001.
            Pattern named = Pattern.compile("(?<![\\w/-])" + Pattern.quote(resident.value()) + "(?![\\w/-])");
            return new SubjectAccessExport(resident, Instant.now(), entry, theCase, issued, held,
                    entries.filter(e -> e.caseId().isDefined()),
                    entries.filter(e -> e.caseId().isEmpty() && named.matcher(e.why()).find()))
                    .toJson();
        });
    }

    /**
     * The retention rule, with the period counted back from {@code now} in UK time: see
     * {@link #anonymiseCasesEndedBefore(Instant, StaffId, Instant)}. Run it on start-up and on demand.
     */
    public int applyRetention(Period keepFor, Instant now, StaffId by) {
        Instant cutoff = now.atZone(UkTime.ZONE).minus(keepFor).toInstant();
        return anonymiseCasesEndedBefore(cutoff, by, now);
    }

    /** The retention rule, audited as happening now. */
    public int anonymiseCasesEndedBefore(Instant cutoff, StaffId by) {
        return anonymiseCasesEndedBefore(cutoff, by, Instant.now());
    }

    /**
     * Anonymises every case that has had no restriction in force since before {@code cutoff} (restrictions lifted
     * or overturned, or never imposed, and nothing recorded since): the resident's reference becomes a pseudonym,
     * every free-text field is removed, and the letters and notifications about the case are deleted. What remains
     * (kinds, dates, levels, teams, outcomes) keeps monitoring figures unchanged. Each case anonymised, and the
     * run itself, is audited.
     *
     * @return how many cases were anonymised
     */
    public int anonymiseCasesEndedBefore(Instant cutoff, StaffId by, Instant now) {
        return unitOfWork.inTransaction(() -> {
            EntityManager em = unitOfWork.em();
            java.util.List<CaseJpaEntity> due = em.createQuery("select c from CaseJpaEntity c"
                            + " where c.closedAt < :cutoff and c.anonymisedAt is null order by c.closedAt",
                            CaseJpaEntity.class)
                    .setParameter("cutoff", cutoff)
                    .getResultList();
            LocalDate before = UkTime.dateOf(cutoff);
            for (CaseJpaEntity row : due) {
                StoredCase stored = cases.storedFor(new CaseId(row.id())).get();
                ResidentId pseudonym = new ResidentId("anonymised-" + row.id());
                cases.replaceAnonymised(stored, StoredJson.anonymised(stored.theCase(), pseudonym), now);
                audit.append(new AuditLog.Entry(now, by, "anonymise a case under the retention rule",
                        Option.some(new CaseId(row.id())), AuditLog.Outcome.ACCEPTED,
                        "No restriction in force since " + UkTime.dateOf(row.closedAt()) + ", before " + before
                                + ": the resident's reference and every free-text field were removed, and the"
                                + " letters and notifications about the case deleted."));
            }
            if (!due.isEmpty()) {
                java.util.List<UUID> ids = due.stream().map(CaseJpaEntity::id).toList();
                em.createQuery("delete from LetterJpaEntity l where l.caseId in :ids")
                        .setParameter("ids", ids).executeUpdate();
                em.createQuery("delete from OutboxJpaEntity o where o.caseId in :ids")
                        .setParameter("ids", ids).executeUpdate();
            }
            audit.append(new AuditLog.Entry(now, by, "apply the retention rule", Option.none(),
                    AuditLog.Outcome.ACCEPTED, due.size() + " case" + (due.size() == 1 ? "" : "s")
                            + " with no restriction in force since before " + before + " anonymised."));
            return due.size();
        });
    }

    // ---- lifecycle ------------------------------------------------------------------------------------------

    @Override
    public void close() {
        try {
            factory.close();
        } finally {
            pool.close();
            LOG.info("Disconnected from {}", settings.describe());
        }
    }
}
