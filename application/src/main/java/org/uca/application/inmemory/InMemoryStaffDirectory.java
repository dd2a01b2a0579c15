package org.uca.application.inmemory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.uca.application.port.out.Page;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.SetPasswordLink;
import org.uca.application.port.out.SignInAccount;
import org.uca.application.port.out.SignInAccounts;
import org.uca.application.port.out.StaffDirectory;
import org.uca.application.port.out.StaffRecord;
import org.uca.application.port.out.StaffRecords;
import org.uca.application.port.out.StoredValueRejected;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/**
 * A staff directory in memory, with its records and sign-in accounts, as a database keeps them: the role comes with
 * the account, and a member of staff who has left, or whose account is disabled, has no role. Administrators'
 * changes are written with the unit of work they run in.
 */
public final class InMemoryStaffDirectory implements StaffDirectory, StaffRecords, SignInAccounts {

    private record Details(String email, String jobTitle, Option<LocalDate> leftOn) {
    }

    private record Account(String username, StaffId staff, String passwordHash, Option<Instant> disabledAt,
            int failedSignIns, Option<SetPasswordLink> link) {
    }

    private final ConcurrentSkipListMap<String, Entry> staff = new ConcurrentSkipListMap<>();
    private final ConcurrentSkipListMap<String, Details> details = new ConcurrentSkipListMap<>();
    private final ConcurrentSkipListMap<String, Account> accounts = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final InMemoryUnitOfWork unitOfWork;
    private final java.util.List<java.util.function.Consumer<String>> unlocked =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.List<java.util.function.Consumer<StaffId>> enabled =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The issuer each member of staff linked to single sign-on signs in through, by staff id. */
    private final ConcurrentSkipListMap<String, String> singleSignOn = new ConcurrentSkipListMap<>();

    public InMemoryStaffDirectory() {
        this(new InMemoryUnitOfWork());
    }

    public InMemoryStaffDirectory(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** Adds (or replaces) a member of staff who works in UCA in the given role. */
    public InMemoryStaffDirectory add(StaffMember member, Role role) {
        staff.put(member.id().value(), new Entry(member, Option.some(role)));
        return this;
    }

    /**
     * Adds (or replaces) a member of staff with no role in UCA: they can be named on a case (for example as who
     * informs the resident) but every use case they try is refused.
     */
    public InMemoryStaffDirectory addWithoutRole(StaffMember member) {
        staff.put(member.id().value(), new Entry(member, Option.none()));
        return this;
    }

    /** Adds (or replaces) a sign-in account with a password, giving its member of staff the role. */
    public InMemoryStaffDirectory addAccount(String username, String passwordHash, StaffMember member, Role role) {
        add(member, role);
        accounts.put(username, new Account(username, member.id(), passwordHash, Option.none(), 0, Option.none()));
        return this;
    }

    @Override
    public Option<Entry> find(StaffId id) {
        return Option.of(staff.get(id.value())).map(e -> mayUseUca(id) ? e : new Entry(e.member(), Option.none()));
    }

    /** Someone who has left, or whose account is disabled, has no role any more. */
    private boolean mayUseUca(StaffId id) {
        boolean left = Option.of(details.get(id.value())).exists(d -> d.leftOn().isDefined());
        boolean disabled = accounts.values().stream().anyMatch(a -> a.staff().equals(id) && a.disabledAt()
                .isDefined());
        return !left && !disabled;
    }

    @Override
    public Seq<StaffMember> all() {
        return List.ofAll(staff.values()).map(Entry::member);
    }

    // ---- records -------------------------------------------------------------------------------------------------

    @Override
    public Option<StaffRecord> record(StaffId id) {
        return Option.of(staff.get(id.value())).map(this::record);
    }

    private StaffRecord record(Entry entry) {
        Details d = Option.of(details.get(entry.member().id().value()))
                .getOrElse(() -> new Details("", "", Option.none()));
        return new StaffRecord(entry.member(), d.email(), d.jobTitle(), entry.role(), d.leftOn(),
                Option.of(singleSignOn.get(entry.member().id().value())),
                accountOf(entry.member().id()).map(SignInAccount::username));
    }

    @Override
    public Page<StaffRecord> searchStaff(String text, int page, int size) {
        String wanted = text.toLowerCase(Locale.ROOT);
        List<StaffRecord> found = List.ofAll(staff.values()).map(this::record)
                .filter(r -> wanted.isEmpty() || contains(wanted, r.member().name(), r.email(), r.member().team(),
                        r.jobTitle()))
                .sortBy(r -> r.member().name().toLowerCase(Locale.ROOT) + "\u0000" + r.member().id().value());
        return new Page<>(found.drop((int) Page.offset(page, size)).take(size), page, size, found.size());
    }

    private static boolean contains(String wanted, String... values) {
        for (String v : values) {
            if (v.toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public StaffId nextId() {
        StaffId id;
        do {
            id = new StaffId("staff-" + ids.incrementAndGet());
        } while (staff.containsKey(id.value()));
        return id;
    }

    @Override
    public void add(StaffRecord record) {
        String id = record.member().id().value();
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> {
            staff.put(id, new Entry(record.member(), Option.none()));
            details.put(id, new Details(record.email(), record.jobTitle(), record.leftOn()));
        }));
    }

    @Override
    public void update(StaffRecord record) {
        String id = record.member().id().value();
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> {
            staff.compute(id, (k, e) -> new Entry(record.member(), e == null ? Option.none() : e.role()));
            details.put(id, new Details(record.email(), record.jobTitle(), record.leftOn()));
        }));
    }

    // ---- accounts ------------------------------------------------------------------------------------------------

    /** Links the member of staff to an OpenID Connect provider: their role and level then come from its claims. */
    public InMemoryStaffDirectory linkToSingleSignOn(StaffId id, String issuer) {
        singleSignOn.put(id.value(), issuer);
        return this;
    }

    @Override
    public Option<SignInAccount> account(String username) {
        return Option.of(accounts.get(username)).map(this::account);
    }

    private SignInAccount account(Account a) {
        Role role = Option.of(staff.get(a.staff().value())).flatMap(Entry::role).getOrElse(Role.OFFICER);
        return new SignInAccount(a.username(), a.staff(), role, a.passwordHash() != null, a.disabledAt(),
                a.failedSignIns(), a.link().map(SetPasswordLink::expiresAt));
    }

    @Override
    public Option<SignInAccount> accountOf(StaffId staffId) {
        return Option.ofOptional(accounts.values().stream().filter(a -> a.staff().equals(staffId)).findFirst())
                .map(this::account);
    }

    @Override
    public Page<AccountListing> searchAccounts(String text, int page, int size) {
        String wanted = text.toLowerCase(Locale.ROOT);
        List<AccountListing> found = List.ofAll(accounts.values())
                .map(a -> new AccountListing(account(a), Option.of(staff.get(a.staff().value()))
                        .map(e -> e.member().name()).getOrElse(""),
                        Option.of(details.get(a.staff().value())).flatMap(Details::leftOn)))
                .filter(l -> wanted.isEmpty() || contains(wanted, l.account().username(), l.name()));
        return new Page<>(found.drop((int) Page.offset(page, size)).take(size), page, size, found.size());
    }

    @Override
    public void create(String username, StaffId staffId, Role role, Option<SetPasswordLink> link) {
        unitOfWork.write(new InMemoryUnitOfWork.Write() {
            public void check() {
                if (accounts.containsKey(username)) {
                    throw new StoredValueRejected("username", "There is already an account with this username.",
                            null);
                }
                if (accountOf(staffId).isDefined()) {
                    throw new StoredValueRejected("staff", "This member of staff already has a sign-in account.",
                            null);
                }
            }

            public void apply() {
                accounts.put(username, new Account(username, staffId, null, Option.none(), 0, link));
                staff.computeIfPresent(staffId.value(), (k, e) -> new Entry(e.member(), Option.some(role)));
            }
        });
    }

    private void change(String username, java.util.function.UnaryOperator<Account> change) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> accounts.computeIfPresent(username,
                (k, a) -> change.apply(a))));
    }

    @Override
    public void issueLink(String username, SetPasswordLink link) {
        change(username, a -> new Account(a.username(), a.staff(), null, a.disabledAt(), a.failedSignIns(),
                Option.some(link)));
    }

    @Override
    public Option<SignInAccount> byLink(String tokenHash, Instant now) {
        return Option.ofOptional(accounts.values().stream()
                .filter(a -> a.link().exists(l -> l.tokenHash().equals(tokenHash) && now.isBefore(l.expiresAt())))
                .findFirst()).map(this::account);
    }

    @Override
    public void setPassword(String username, String passwordHash) {
        change(username, a -> new Account(a.username(), a.staff(), passwordHash, a.disabledAt(), a.failedSignIns(),
                Option.none()));
    }

    @Override
    public Option<String> passwordHash(String username) {
        return Option.of(accounts.get(username)).flatMap(a -> Option.of(a.passwordHash()));
    }

    @Override
    public void changeRole(String username, Role role) {
        Account a = accounts.get(username);
        if (a != null) {
            unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> staff.computeIfPresent(a.staff().value(),
                    (k, e) -> new Entry(e.member(), Option.some(role)))));
        }
    }

    @Override
    public void disable(String username, Instant at) {
        change(username, a -> new Account(a.username(), a.staff(), a.passwordHash(), Option.some(at),
                a.failedSignIns(), a.link()));
    }

    @Override
    public void enable(String username) {
        Account a = accounts.get(username);
        change(username, held -> new Account(held.username(), held.staff(), held.passwordHash(), Option.none(),
                held.failedSignIns(), held.link()));
        if (a != null) {
            unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> enabled.forEach(l -> l.accept(a.staff()))));
        }
    }

    /**
     * Tells {@code listener} each member of staff whose account is enabled again, once that is committed: a store in
     * memory keeps sessions outside this directory, and the ones they had before must stay ended.
     */
    public void whenEnabled(java.util.function.Consumer<StaffId> listener) {
        enabled.add(listener);
    }

    @Override
    public void unlock(String username) {
        change(username, a -> new Account(a.username(), a.staff(), a.passwordHash(), a.disabledAt(), 0, a.link()));
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> unlocked.forEach(l -> l.accept(username))));
    }

    /**
     * Tells {@code listener} each username an administrator unlocks, once the unlock is committed: a store in memory
     * keeps the sign-in limiter's account counts outside this directory, and they must go back to 0 too.
     */
    public void whenUnlocked(java.util.function.Consumer<String> listener) {
        unlocked.add(listener);
    }

    /** Counts a failed sign-in against the account (as the sign-in limiter does in a database). */
    public void failedSignIn(String username) {
        change(username, a -> new Account(a.username(), a.staff(), a.passwordHash(), a.disabledAt(),
                a.failedSignIns() + 1, a.link()));
    }

    @Override
    public int activeAdministrators() {
        return (int) accounts.values().stream()
                .filter(a -> a.disabledAt().isEmpty() && a.passwordHash() != null)
                .filter(a -> find(a.staff()).flatMap(Entry::role).contains(Role.ADMINISTRATOR))
                .count();
    }
}
