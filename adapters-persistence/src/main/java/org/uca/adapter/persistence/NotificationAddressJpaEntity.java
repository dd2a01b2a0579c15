package org.uca.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.uca.application.port.out.Notifications.Address;
import org.uca.domain.people.StaffId;

/** An address an administrator set for notifications (V21): the Service Development Team's, or a team's. */
@Entity
@Table(name = "notification_address")
@IdClass(NotificationAddressJpaEntity.Key.class)
final class NotificationAddressJpaEntity {

    static final String SERVICE_DEVELOPMENT_TEAM = "SERVICE_DEVELOPMENT_TEAM";
    static final String TEAM = "TEAM";

    record Key(String kind, String teamKey) implements Serializable {
    }

    @Id
    @Column(name = "kind", length = 30)
    private String kind;

    @Id
    @Column(name = "team_key", length = 200)
    private String teamKey;

    @Column(name = "team", nullable = false, length = 200)
    private String team;

    @Column(name = "address", nullable = false, length = 254)
    private String address;

    @Column(name = "set_by", nullable = false, length = 64)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected NotificationAddressJpaEntity() {
    }

    NotificationAddressJpaEntity(String kind, String teamKey, String team, String address, StaffId by, Instant at) {
        this.kind = kind;
        this.teamKey = teamKey;
        this.team = team;
        set(team, address, by, at);
    }

    void set(String team, String address, StaffId by, Instant at) {
        this.team = team;
        this.address = address;
        this.setBy = by.value();
        this.setAt = at;
    }

    boolean forServiceDevelopmentTeam() {
        return SERVICE_DEVELOPMENT_TEAM.equals(kind);
    }

    Address toAddress() {
        return new Address(team, address, new StaffId(setBy), setAt);
    }
}
