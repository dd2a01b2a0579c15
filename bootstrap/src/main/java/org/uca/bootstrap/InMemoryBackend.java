package org.uca.bootstrap;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.uca.adapter.web.port.Accounts;
import org.uca.adapter.web.port.Accounts.Standing;
import org.uca.adapter.web.port.Colleagues;
import org.uca.adapter.web.port.HealthCheck;
import org.uca.adapter.web.port.SessionStore;
import org.uca.adapter.web.security.InMemorySessionStore;
import org.uca.adapter.web.port.SignInCounts;
import org.uca.adapter.web.security.InMemorySignInCounts;
import org.uca.adapter.web.port.LinkedAccounts;
import org.uca.application.inmemory.InMemoryUca;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StaffDirectory;
import org.uca.application.service.UcaApplication;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/** UCA on the application's in-memory adapters: nothing survives a restart. */
final class InMemoryBackend implements Backend {

    /** The table of UCA's database migration that holds the scheduled jobs' next runs. */
    private static final String SCHEDULED_JOBS_TABLE = "classpath:db/migration/common/V16__scheduled_tasks.sql";

    private final InMemoryUca uca;
    /** The scheduled jobs' table, in an H2 database in memory of this store's own; it ends with the store. */
    private final JdbcDataSource scheduledJobs = new JdbcDataSource();
    /** A disabled account's sessions stop at once, as on the database. */
    private final SessionStore sessions;
    private final String sessionSecret = madeForThisRun();
    private final InMemorySignInCounts signInCounts = new InMemorySignInCounts(accounts());
    /** Nothing outlives the process, so a memory store is a demo store only from the start that marks it. */
    private volatile boolean demo;
    /** Cases need a resident, so a store without residents, staff or accounts holds no case either. */
    private volatile boolean holdsRecords;
    /** Single sign-on's links: "issuer subject" to the username of the account it signs in. */
    private final Map<String, String> links = new ConcurrentHashMap<>();

    InMemoryBackend(DemoClock clock) {
        this.uca = new InMemoryUca(clock::now, new PasswordCredentials());
        this.sessions = new InMemorySessionStore(staff -> uca.staff.accountOf(staff)
                .exists(org.uca.application.port.out.SignInAccount::disabled));
        uca.staff.whenUnlocked(signInCounts::unlock); // the account's count is here, not on the account
        uca.staff.whenEnabled(staff -> sessions.endOthers(staff, "")); // the sessions it had stay ended
        scheduledJobs.setURL("jdbc:h2:mem:uca-scheduled-jobs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        execute("runscript from '" + SCHEDULED_JOBS_TABLE + "'");
    }

    private void execute(String sql) {
        try (Connection c = scheduledJobs.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The in-memory table of the scheduled jobs: " + e.getMessage(), e);
        }
    }

    @Override
    public UcaApplication application() {
        return uca.application;
    }

    @Override
    public Accounts accounts() {
        return new Accounts() {
            @Override
            public Option<Account> find(String username) {
                String key = username.toLowerCase(Locale.ROOT);
                return uca.staff.account(key).map(a -> new Account(a.username(),
                        uca.staff.passwordHash(key).getOrElse(""), a.staff(), a.role(),
                        a.disabled() ? Standing.DISABLED : a.passwordSet() ? Standing.ACTIVE
                                : Standing.PASSWORD_NOT_SET));
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
            public synchronized Either<String, Accounts.Account> signIn(Identity identity, Role role,
                    AuthorityLevel level, String because) {
                String username = links.computeIfAbsent(identity.issuer() + " " + identity.subject(), k -> {
                    String free = identity.username();
                    for (int n = 2; uca.staff.account(free.toLowerCase(Locale.ROOT)).isDefined(); n++) {
                        free = identity.username() + "-" + n;
                    }
                    return free;
                });
                var existing = uca.staff.account(username.toLowerCase(Locale.ROOT));
                if (existing.exists(org.uca.application.port.out.SignInAccount::disabled)) {
                    // As on the database: the claims neither sign in nor re-enable an account an administrator disabled.
                    audit(existing.get().staff(), "SignIn", AuditLog.Outcome.REFUSED, username
                            + ": single sign-on refused: the account is disabled");
                    return Either.left("the account is disabled");
                }
                StaffId staff = existing.map(org.uca.application.port.out.SignInAccount::staff)
                        .getOrElse(() -> new StaffId("sso-" + java.util.UUID.randomUUID()));
                saveStaff(new StaffMember(staff, identity.name(), "Not recorded", level));
                uca.staff.linkToSingleSignOn(staff, identity.issuer());
                saveAccount(username, "!single-sign-on", staff, role);
                audit(staff, "SignIn", AuditLog.Outcome.ACCEPTED, username + ": signed in with single sign-on as "
                        + role + " with authority level " + level + " (" + because + ")");
                return Either.right(accounts().find(username).get());
            }

            @Override
            public void refused(Identity identity, String why) {
                audit(new StaffId("unknown user"), "SignIn", AuditLog.Outcome.REFUSED, identity.username()
                        + ": single sign-on refused: " + why);
            }
        };
    }

    private void audit(StaffId who, String command, AuditLog.Outcome outcome, String why) {
        uca.unitOfWork.inTransaction(() -> {
            uca.audit.append(new AuditLog.Entry(Instant.now(), who, command, Option.none(), outcome, why));
            return null;
        });
    }

    @Override
    public SignInCounts signInCounts() {
        return signInCounts;
    }

    @Override
    public Colleagues colleagues() {
        return new Colleagues() {
            @Override
            public Option<StaffMember> find(StaffId id) {
                return uca.staff.find(id).map(StaffDirectory.Entry::member);
            }

            @Override
            public Seq<StaffMember> all() {
                return uca.staff.all();
            }
        };
    }

    @Override
    public SessionStore sessions() {
        return sessions;
    }

    @Override
    public String sessionSecret() {
        return sessionSecret;
    }

    private static String madeForThisRun() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    @Override
    public HealthCheck health() {
        return () -> true;
    }

    @Override
    public DataSource scheduledJobsStore() {
        return scheduledJobs;
    }

    @Override
    public void saveResident(Resident resident) {
        holdsRecords = true;
        uca.residents.add(resident);
    }

    @Override
    public void saveStaff(StaffMember member) {
        holdsRecords = true;
        // Listed with no role until an account gives them one (as in the database); an existing role stays.
        Option<Role> role = uca.staff.find(member.id()).flatMap(StaffDirectory.Entry::role);
        role.fold(() -> uca.staff.addWithoutRole(member), r -> uca.staff.add(member, r));
    }

    @Override
    public void saveAccount(String username, String passwordHash, StaffId staff, Role role) {
        StaffMember member = uca.staff.find(staff).map(StaffDirectory.Entry::member).getOrElseThrow(
                () -> new IllegalArgumentException("There is no member of staff " + staff + " in the directory."));
        uca.staff.addAccount(username.toLowerCase(Locale.ROOT), passwordHash, member, role);
    }

    @Override
    public boolean hasActiveAdministrator() {
        return uca.staff.activeAdministrators() > 0;
    }

    @Override
    public boolean isDemoStore() {
        return demo;
    }

    @Override
    public void markAsDemoStore() {
        demo = true;
    }

    @Override
    public boolean holdsRecords() {
        return holdsRecords;
    }

    @Override
    public String describe() {
        return "in-memory store (data is lost when UCA stops)";
    }

    @Override
    public void close() {
        execute("shutdown");
    }
}
