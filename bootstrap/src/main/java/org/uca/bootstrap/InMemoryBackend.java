package org.uca.bootstrap;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.uca.adapter.web.port.Accounts;
import org.uca.adapter.web.port.Colleagues;
import org.uca.adapter.web.port.HealthCheck;
import org.uca.adapter.web.port.LinkedAccounts;
import org.uca.application.inmemory.InMemoryUca;
import org.uca.application.port.out.Role;
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

    private final InMemoryUca uca;
    private final Map<String, Accounts.Account> accounts = new ConcurrentHashMap<>();
    /** Single sign-on's links: "issuer subject" to the username of the account it signs in. */
    private final Map<String, String> links = new ConcurrentHashMap<>();

    InMemoryBackend(DemoClock clock) {
        this.uca = new InMemoryUca(clock::now);
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
                return Option.of(accounts.get(username.toLowerCase(Locale.ROOT)));
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
                    for (int n = 2; accounts.containsKey(free.toLowerCase(Locale.ROOT)); n++) {
                        free = identity.username() + "-" + n;
                    }
                    return free;
                });
                StaffId staff = Option.of(accounts.get(username.toLowerCase(Locale.ROOT))).map(Accounts.Account::staff)
                        .getOrElse(() -> new StaffId("sso-" + java.util.UUID.randomUUID()));
                saveStaff(new StaffMember(staff, identity.name(), "Not recorded", level));
                saveAccount(username, "!single-sign-on", staff, role);
                audit(staff, "SignIn", AuditLog.Outcome.ACCEPTED, username + ": signed in with single sign-on as "
                        + role + " with authority level " + level + " (" + because + ")");
                return Either.right(accounts.get(username.toLowerCase(Locale.ROOT)));
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
    public HealthCheck health() {
        return () -> true;
    }

    @Override
    public void saveResident(Resident resident) {
        uca.residents.add(resident);
    }

    @Override
    public void saveStaff(StaffMember member) {
        // Listed with no role until an account gives them one (as in the database); an existing role stays.
        Option<Role> role = uca.staff.find(member.id()).flatMap(StaffDirectory.Entry::role);
        role.fold(() -> uca.staff.addWithoutRole(member), r -> uca.staff.add(member, r));
    }

    @Override
    public void saveAccount(String username, String passwordHash, StaffId staff, Role role) {
        StaffMember member = uca.staff.find(staff).map(StaffDirectory.Entry::member).getOrElseThrow(
                () -> new IllegalArgumentException("There is no member of staff " + staff + " in the directory."));
        uca.staff.add(member, role);
        accounts.put(username.toLowerCase(Locale.ROOT), new Accounts.Account(username, passwordHash, staff,
                role));
    }

    @Override
    public String describe() {
        return "in-memory store (data is lost when UCA stops)";
    }

    @Override
    public void close() {
        // nothing to release
    }
}
