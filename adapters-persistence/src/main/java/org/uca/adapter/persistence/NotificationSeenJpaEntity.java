package org.uca.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.uca.application.port.out.Notifications.Seen;
import org.uca.domain.people.StaffId;

/** A member of the Service Development Team read a notification in UCA (V21), at their first reading. */
@Entity
@Table(name = "notification_seen")
@IdClass(NotificationSeenJpaEntity.Key.class)
final class NotificationSeenJpaEntity {

    record Key(long notificationId, String staffId) implements Serializable {
    }

    @Id
    @Column(name = "notification_id")
    private long notificationId;

    @Id
    @Column(name = "staff_id", length = 64)
    private String staffId;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected NotificationSeenJpaEntity() {
    }

    NotificationSeenJpaEntity(long notificationId, StaffId by, Instant at) {
        this.notificationId = notificationId;
        this.staffId = by.value();
        this.seenAt = at;
    }

    long notificationId() {
        return notificationId;
    }

    Seen toSeen() {
        return new Seen(new StaffId(staffId), seenAt);
    }
}
