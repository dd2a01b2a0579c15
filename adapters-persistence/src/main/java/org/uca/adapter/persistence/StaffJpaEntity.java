package org.uca.adapter.persistence;

import io.vavr.control.Option;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StaffRecord;
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
    static final int MAX_EMAIL = 254;
    static final int MAX_JOB_TITLE = 200;

    @Id
    @Column(name = "id", length = MAX_ID)
    private String id;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "team", nullable = false, length = MAX_TEAM)
    private String team;

    @Column(name = "authority", nullable = false, length = 20)
    private String authority;

    @Column(name = "email", nullable = false, length = MAX_EMAIL)
    private String email;

    @Column(name = "job_title", nullable = false, length = MAX_JOB_TITLE)
    private String jobTitle;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected StaffJpaEntity() {
    }

    StaffJpaEntity(StaffMember m) {
        this.id = StoredValues.fit("id", m.id().value(), MAX_ID);
        this.email = "";
        this.jobTitle = "";
        member(m);
    }

    StaffJpaEntity(StaffRecord record) {
        this(record.member());
        record(record);
    }

    /** Takes the member of staff's name, team and level; what else the record holds stays. */
    void member(StaffMember m) {
        this.name = StoredValues.fit("name", m.name(), MAX_NAME);
        this.team = StoredValues.fit("team", m.team(), MAX_TEAM);
        this.authority = m.authority().name();
    }

    void record(StaffRecord record) {
        member(record.member());
        this.email = StoredValues.fit("email", record.email(), MAX_EMAIL);
        this.jobTitle = StoredValues.fit("jobTitle", record.jobTitle(), MAX_JOB_TITLE);
        this.leftOn = record.leftOn().getOrNull();
    }

    String id() {
        return id;
    }

    boolean hasLeft() {
        return leftOn != null;
    }

    StaffMember toStaffMember() {
        return memberOf(id, name, team, authority);
    }

    StaffRecord toRecord(Option<Role> role, Option<String> singleSignOn, Option<String> account) {
        return new StaffRecord(toStaffMember(), email, jobTitle, role, Option.of(leftOn), singleSignOn, account);
    }

    /** The member of staff a row of {@code staff_member} holds, however it was read. */
    static StaffMember memberOf(String id, String name, String team, String authority) {
        return new StaffMember(new StaffId(id), name, team, AuthorityLevel.valueOf(authority));
    }
}
