package org.uca.adapter.persistence;

import io.vavr.control.Option;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.SetPasswordLink;
import org.uca.application.port.out.SignInAccount;
import org.uca.domain.people.StaffId;

/**
 * A sign-in account: one per member of staff, holding a password hash (never a password; none until its holder
 * sets one from a one-time link, of which only the token's hash is kept), the member of staff's role in UCA, which
 * the staff directory reads with them, and its standing (disabled, failed sign-ins).
 */
@Entity
@Table(name = "staff_account")
final class AccountJpaEntity {

    static final int MAX_USERNAME = 100;
    static final int MAX_HASH = 500;
    static final int MAX_ROLE = 40;
    static final int MAX_TOKEN_HASH = 64;

    @Id
    @Column(name = "username", length = MAX_USERNAME)
    private String username;

    @Column(name = "password_hash", length = MAX_HASH)
    private String passwordHash;

    @Column(name = "staff_id", nullable = false, length = StaffJpaEntity.MAX_ID)
    private String staffId;

    @Column(name = "role", nullable = false, length = MAX_ROLE)
    private String role;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "link_token_hash", length = MAX_TOKEN_HASH)
    private String linkTokenHash;

    @Column(name = "link_expires_at")
    private Instant linkExpiresAt;

    protected AccountJpaEntity() {
    }

    AccountJpaEntity(String username, String passwordHash, StaffId staff, Role role) {
        this.username = StoredValues.fit("username", username, MAX_USERNAME);
        this.staffId = StoredValues.fit("staff", staff.value(), StaffJpaEntity.MAX_ID);
        password(passwordHash);
        role(role);
    }

    void password(String hash) {
        this.passwordHash = hash == null ? null : StoredValues.fit("passwordHash", hash, MAX_HASH);
        this.linkTokenHash = null;
        this.linkExpiresAt = null;
    }

    void link(SetPasswordLink link) {
        this.passwordHash = null;
        this.linkTokenHash = StoredValues.fit("link", link.tokenHash(), MAX_TOKEN_HASH);
        this.linkExpiresAt = link.expiresAt();
    }

    void role(Role role) {
        this.role = role.name();
    }

    void staff(StaffId staff) {
        this.staffId = StoredValues.fit("staff", staff.value(), StaffJpaEntity.MAX_ID);
    }

    void disable(Instant at) {
        this.disabledAt = at;
    }

    void enable() {
        this.disabledAt = null;
    }

    void unlock() {
        this.failedSignIns = 0;
    }

    String staffId() {
        return staffId;
    }

    String passwordHash() {
        return passwordHash;
    }

    /** The account, if its role is one this version knows (an unknown role is no role: never a default). */
    Option<StoredAccount> toAccount() {
        return roleFrom(role).map(known -> new StoredAccount(username, passwordHash == null ? "" : passwordHash,
                new StaffId(staffId), known, Option.of(disabledAt)));
    }

    /** The account as administrators see it; an unknown role reads as an officer's, the least a role can do. */
    SignInAccount toSignInAccount() {
        return new SignInAccount(username, new StaffId(staffId), roleFrom(role).getOrElse(Role.OFFICER),
                passwordHash != null, Option.of(disabledAt), failedSignIns, Option.of(linkExpiresAt));
    }

    /** The role as stored, if it is one this version knows; none for no account or an unknown name. */
    static Option<Role> roleFrom(String stored) {
        if (stored == null) {
            return Option.none();
        }
        try {
            return Option.some(Role.valueOf(stored));
        } catch (IllegalArgumentException unknown) {
            return Option.none();
        }
    }
}
