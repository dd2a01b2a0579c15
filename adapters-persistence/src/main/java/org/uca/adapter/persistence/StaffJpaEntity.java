package org.uca.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/** A member of staff in the staff directory: the only source of their authority level. */
@Entity
@Table(name = "staff_member")
final class StaffJpaEntity {

    static final int MAX_ID = 64;
    static final int MAX_NAME = 200;
    static final int MAX_TEAM = 200;

    @Id
    @Column(name = "id", length = MAX_ID)
    private String id;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "team", nullable = false, length = MAX_TEAM)
    private String team;

    @Column(name = "authority", nullable = false, length = 20)
    private String authority;

    protected StaffJpaEntity() {
    }

    StaffJpaEntity(StaffMember m) {
        this.id = StoredValues.fit("id", m.id().value(), MAX_ID);
        this.name = StoredValues.fit("name", m.name(), MAX_NAME);
        this.team = StoredValues.fit("team", m.team(), MAX_TEAM);
        this.authority = m.authority().name();
    }

    StaffMember toStaffMember() {
        return memberOf(id, name, team, authority);
    }

    /** The member of staff a row of {@code staff_member} holds, however it was read. */
    static StaffMember memberOf(String id, String name, String team, String authority) {
        return new StaffMember(new StaffId(id), name, team, AuthorityLevel.valueOf(authority));
    }
}
