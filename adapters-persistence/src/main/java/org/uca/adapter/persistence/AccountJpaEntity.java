package org.uca.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.uca.domain.people.StaffId;

/** A sign-in account for the web adapter: one per member of staff, holding a password hash, never a password. */
@Entity
@Table(name = "staff_account")
class AccountJpaEntity {

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

    AccountJpaEntity(String username, String passwordHash, StaffId staff, String role) {
        this.username = StoredValues.fit("username", username, MAX_USERNAME);
        this.passwordHash = StoredValues.fit("passwordHash", passwordHash, MAX_HASH);
        this.staffId = StoredValues.fit("staff", staff.value(), StaffJpaEntity.MAX_ID);
        this.role = StoredValues.fit("role", role, MAX_ROLE);
    }

    StoredAccount toAccount() {
        return new StoredAccount(username, passwordHash, new StaffId(staffId), role);
    }
}
