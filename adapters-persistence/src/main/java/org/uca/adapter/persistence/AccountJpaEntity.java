package org.uca.adapter.persistence;

import io.vavr.control.Option;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.uca.application.port.out.Role;
import org.uca.domain.people.StaffId;

/**
 * A sign-in account for the web adapter: one per member of staff, holding a password hash (never a password) and
 * the member of staff's role in UCA, which the staff directory reads with them.
 */
@Entity
@Table(name = "staff_account")
final class AccountJpaEntity {

    static final int MAX_USERNAME = 100;
    static final int MAX_HASH = 500;
    static final int MAX_ROLE = 40;

    @Id
    @Column(name = "username", length = MAX_USERNAME)
    private String username;

    @Column(name = "password_hash", nullable = false, length = MAX_HASH)
    private String passwordHash;

    @Column(name = "staff_id", nullable = false, length = StaffJpaEntity.MAX_ID)
    private String staffId;

    @Column(name = "role", nullable = false, length = MAX_ROLE)
    private String role;

    protected AccountJpaEntity() {
    }

    AccountJpaEntity(String username, String passwordHash, StaffId staff, Role role) {
        this.username = StoredValues.fit("username", username, MAX_USERNAME);
        this.passwordHash = StoredValues.fit("passwordHash", passwordHash, MAX_HASH);
        this.staffId = StoredValues.fit("staff", staff.value(), StaffJpaEntity.MAX_ID);
        this.role = role.name();
    }

    /** The account, if its role is one this version knows (an unknown role is no role: never a default). */
    Option<StoredAccount> toAccount() {
        return roleFrom(role).map(known -> new StoredAccount(username, passwordHash, new StaffId(staffId), known));
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
