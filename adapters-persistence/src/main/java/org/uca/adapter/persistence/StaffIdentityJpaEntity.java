package org.uca.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A member of staff's link to single sign-on ({@code staff_identity}), read-only here so the staff records join it
 * in their one statement; {@link StaffIdentityLinks} writes it. A member of staff has at most one link.
 */
@Entity
@Immutable
@Table(name = "staff_identity")
final class StaffIdentityJpaEntity {

    @Id
    @Column(name = "staff_id", length = StaffJpaEntity.MAX_ID)
    private String staffId;

    @Column(name = "issuer", nullable = false, length = StaffIdentityLinks.MAX_ISSUER)
    private String issuer;

    protected StaffIdentityJpaEntity() {
    }
}
