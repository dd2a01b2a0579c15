package org.uca.adapter.persistence;

import io.vavr.control.Option;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.uca.application.port.out.Role;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/**
 * {@code staff_identity}: members of staff linked to their OpenID Connect provider by issuer and subject. The first
 * sign-in creates the member of staff and an account that has no password (it can sign in only through the
 * provider); every sign-in gives them the role, level and name the provider's claims say.
 */
final class StaffIdentityLinks {

    /** Matches no password: {@code Passwords.matches} refuses anything that is not a password4j hash. */
    static final String NO_PASSWORD = "!single-sign-on";
    static final String TEAM_NOT_RECORDED = "Not recorded";
    static final int MAX_ISSUER = 500;
    static final int MAX_SUBJECT = 255;

    private final JpaUnitOfWork unitOfWork;

    StaffIdentityLinks(JpaUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    LinkedSignIn signIn(String issuer, String subject, String name, String username, Role role,
            AuthorityLevel level, Instant now) {
        StoredValues.fit("issuer", issuer, MAX_ISSUER);
        StoredValues.fit("subject", subject, MAX_SUBJECT);
        String fittedName = name.length() > StaffJpaEntity.MAX_NAME ? name.substring(0, StaffJpaEntity.MAX_NAME)
                : name;
        return unitOfWork.inTransaction(() -> {
            EntityManager em = unitOfWork.em();
            List<?> linked = em.createNativeQuery("select staff_id from staff_identity where issuer = ?1 and"
                    + " subject = ?2").setParameter(1, issuer).setParameter(2, subject).getResultList();
            return linked.isEmpty() ? create(em, issuer, subject, fittedName, username, role, level, now)
                    : update(em, new StaffId((String) linked.get(0)), fittedName, role, level);
        });
    }

    private LinkedSignIn create(EntityManager em, String issuer, String subject, String name, String username,
            Role role, AuthorityLevel level, Instant now) {
        StaffMember member = new StaffMember(new StaffId("sso-" + UUID.randomUUID()), name, TEAM_NOT_RECORDED,
                level);
        String free = freeUsername(em, username);
        em.persist(new StaffJpaEntity(member));
        em.persist(new AccountJpaEntity(free, NO_PASSWORD, member.id(), role));
        em.flush();
        em.createNativeQuery("insert into staff_identity (issuer, subject, staff_id, linked_at)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, issuer).setParameter(2, subject).setParameter(3, member.id().value())
                .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
        return new LinkedSignIn(new StoredAccount(free, NO_PASSWORD, member.id(), role, Option.none()), member, true,
                Option.none(), false);
    }

    private LinkedSignIn update(EntityManager em, StaffId staff, String name, Role role, AuthorityLevel level) {
        StaffMember was = unitOfWork.find(StaffJpaEntity.class, staff.value()).get().toStaffMember();
        List<AccountJpaEntity> accounts = em.createQuery("select a from AccountJpaEntity a where a.staffId = :id",
                AccountJpaEntity.class).setParameter("id", staff.value()).getResultList();
        if (accounts.isEmpty() || accounts.get(0).toAccount().isEmpty()) {
            throw new IllegalStateException("The member of staff " + staff + " linked to single sign-on has no"
                    + " usable account.");
        }
        StoredAccount account = accounts.get(0).toAccount().get();
        boolean disabled = !em.createNativeQuery("select staff_id from staff_account where staff_id = ?1"
                + " and disabled_at is not null").setParameter(1, staff.value()).getResultList().isEmpty();
        LinkedSignIn.Before before = new LinkedSignIn.Before(account.role(), was.authority(), was.name());
        if (disabled) {
            return new LinkedSignIn(account, was, false, Option.some(before), true);
        }
        StaffMember now = new StaffMember(staff, name, was.team(), level);
        StoredAccount signedIn = new StoredAccount(account.username(), account.passwordHash(), staff, role,
                account.disabledAt());
        if (was.authority() != level || !was.name().equals(name)) {
            em.createQuery("update StaffJpaEntity s set s.authority = :level, s.name = :name where s.id = :id")
                    .setParameter("level", level.name()).setParameter("name", name)
                    .setParameter("id", staff.value()).executeUpdate();
        }
        if (account.role() != role) {
            em.createQuery("update AccountJpaEntity a set a.role = :role where a.staffId = :id")
                    .setParameter("role", role.name()).setParameter("id", staff.value()).executeUpdate();
        }
        return new LinkedSignIn(signedIn, now, false, Option.some(before), false);
    }

    /** The username the provider gave, or with "-2", "-3", … when a local account already has it. */
    private static String freeUsername(EntityManager em, String wanted) {
        String base = wanted.isBlank() ? "staff" : wanted.strip();
        base = base.length() > AccountJpaEntity.MAX_USERNAME - 4
                ? base.substring(0, AccountJpaEntity.MAX_USERNAME - 4) : base;
        String candidate = base;
        for (int n = 2; taken(em, candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static boolean taken(EntityManager em, String username) {
        return !em.createNativeQuery("select username from staff_account where lower(username) = ?1")
                .setParameter(1, username.toLowerCase(Locale.ROOT)).getResultList().isEmpty();
    }
}
