package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Locale;
import org.uca.application.port.out.Page;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.SetPasswordLink;
import org.uca.application.port.out.SignInAccount;
import org.uca.application.port.out.SignInAccounts;
import org.uca.application.port.out.StoredValueRejected;
import org.uca.domain.people.StaffId;

/** The sign-in accounts table, for administration (the web adapter signs in through {@link UcaDatabase#account}). */
final class JpaSignInAccounts implements SignInAccounts {

    private final JpaUnitOfWork unitOfWork;

    JpaSignInAccounts(JpaUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private Option<AccountJpaEntity> row(String username) {
        if (username == null || username.length() > AccountJpaEntity.MAX_USERNAME) {
            return Option.none();
        }
        return unitOfWork.find(AccountJpaEntity.class, username);
    }

    private AccountJpaEntity held(String username) {
        return row(username).getOrElseThrow(() -> new StoredValueRejected("username", "There is no account "
                + username + ".", null));
    }

    @Override
    public Option<SignInAccount> account(String username) {
        return unitOfWork.inTransaction(() -> row(username).map(AccountJpaEntity::toSignInAccount));
    }

    @Override
    public Option<SignInAccount> accountOf(StaffId staff) {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em()
                .createQuery("select a from AccountJpaEntity a where a.staffId = :staff", AccountJpaEntity.class)
                .setParameter("staff", staff.value())
                .getResultList()).headOption().map(AccountJpaEntity::toSignInAccount));
    }

    @Override
    public Page<AccountListing> searchAccounts(String text, int page, int size) {
        String pattern = "%" + JpaStaffDirectory.escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
        String from = " from AccountJpaEntity a join StaffJpaEntity s on s.id = a.staffId"
                + " where lower(a.username) like :p escape '!' or lower(s.name) like :p escape '!'";
        return unitOfWork.inTransaction(() -> {
            long total = unitOfWork.em().createQuery("select count(a)" + from, Long.class)
                    .setParameter("p", pattern).getSingleResult();
            Seq<AccountListing> items = List.ofAll(unitOfWork.em()
                    .createQuery("select a, s.name, s.leftOn" + from + " order by a.username", Object[].class)
                    .setParameter("p", pattern)
                    .setFirstResult((int) Page.offset(page, size))
                    .setMaxResults(size)
                    .getResultList()).map(r -> new AccountListing(((AccountJpaEntity) r[0]).toSignInAccount(),
                            (String) r[1], Option.of((java.time.LocalDate) r[2])));
            return new Page<>(items, page, size, total);
        });
    }

    @Override
    public void create(String username, StaffId staff, Role role, Option<SetPasswordLink> link) {
        AccountJpaEntity row = new AccountJpaEntity(username, null, staff, role);
        link.forEach(row::link);
        unitOfWork.inTransaction(() -> {
            if (row(username).isDefined()) {
                throw new StoredValueRejected("username", "There is already an account with this username.", null);
            }
            unitOfWork.em().persist(row);
            unitOfWork.em().flush(); // a second account for the member of staff is refused here, as a field error
            return null;
        });
    }

    @Override
    public void issueLink(String username, SetPasswordLink link) {
        unitOfWork.inTransaction(() -> {
            held(username).link(link);
            return null;
        });
    }

    @Override
    public Option<SignInAccount> byLink(String tokenHash, Instant now) {
        if (tokenHash.length() > AccountJpaEntity.MAX_TOKEN_HASH) {
            return Option.none();
        }
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em()
                .createQuery("select a from AccountJpaEntity a where a.linkTokenHash = :hash"
                        + " and a.linkExpiresAt > :now", AccountJpaEntity.class)
                .setParameter("hash", tokenHash)
                .setParameter("now", now)
                .getResultList()).headOption().map(AccountJpaEntity::toSignInAccount));
    }

    @Override
    public void setPassword(String username, String passwordHash) {
        unitOfWork.inTransaction(() -> {
            held(username).password(passwordHash);
            return null;
        });
    }

    @Override
    public Option<String> passwordHash(String username) {
        return unitOfWork.inTransaction(() -> row(username).flatMap(a -> Option.of(a.passwordHash())));
    }

    @Override
    public void changeRole(String username, Role role) {
        unitOfWork.inTransaction(() -> {
            held(username).role(role);
            return null;
        });
    }

    @Override
    public void disable(String username, Instant at) {
        unitOfWork.inTransaction(() -> {
            held(username).disable(at);
            return null;
        });
    }

    /** Ends the sessions and API tokens the account had too (in the same transaction), so none comes back. */
    @Override
    public void enable(String username) {
        unitOfWork.inTransaction(() -> {
            AccountJpaEntity account = held(username);
            account.enable();
            unitOfWork.em().createNativeQuery("delete from uca_session where staff_id = ?1")
                    .setParameter(1, account.staffId()).executeUpdate();
            return null;
        });
    }

    @Override
    public void unlock(String username) {
        unitOfWork.inTransaction(() -> {
            held(username).unlock();
            return null;
        });
    }

    /** Locks the active administrators' rows until the unit of work ends, so two cannot each disable the other. */
    @Override
    public int activeAdministrators() {
        return unitOfWork.inTransaction(() -> unitOfWork.em()
                .createQuery("select a from AccountJpaEntity a where a.role = :role and a.disabledAt is null"
                        + " and a.passwordHash is not null and a.staffId in"
                        + " (select s.id from StaffJpaEntity s where s.leftOn is null)", AccountJpaEntity.class)
                .setParameter("role", Role.ADMINISTRATOR.name())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().size());
    }
}
