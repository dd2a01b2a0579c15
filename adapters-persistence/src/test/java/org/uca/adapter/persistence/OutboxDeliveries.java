package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The outbox as the relay reads and writes it (V20): a notification is due until it is sent; a failed attempt is
 * counted with its error and keeps it back until its next attempt; all of it survives a restart.
 */
abstract class OutboxDeliveries extends OnADatabase {

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    @DisplayName("a notification the SMTP server did not accept stays unsent, with the attempt, its error and the next"
            + " attempt's time, and is due again only then")
    void aFailedAttemptIsRecordedAndWaitsForItsBackOff() {
        caseWithContactStandards(ALEX);
        var due = db.database.dueNotifications(T0, 10);
        assertThat(due).hasSize(2);
        assertThat(due.map(OutboxNotification::attempts)).containsOnly(0);
        long first = due.head().id();

        db.database.notificationNotDelivered(first, "Connection refused", T0.plus(Duration.ofMinutes(1)));

        assertThat(db.database.dueNotifications(T0, 10).map(OutboxNotification::id)).as("held back until its next"
                + " attempt").doesNotContain(first).hasSize(1);
        OutboxNotification waiting = db.database.unsentNotifications(10).find(n -> n.id() == first).get();
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isEqualTo(Option.some("Connection refused"));
        assertThat(waiting.nextAttemptAt()).isEqualTo(Option.some(T0.plus(Duration.ofMinutes(1))));
        assertThat(db.database.dueNotifications(T0.plus(Duration.ofMinutes(1)), 10).map(OutboxNotification::id))
                .as("due once the back-off has passed").contains(first);
    }

    @Test
    @DisplayName("a sent notification is never due again; attempts and the last error stay as history")
    void aSentNotificationIsNotDueAgain() {
        caseWithContactStandards(ALEX);
        long first = db.database.dueNotifications(T0, 10).head().id();
        db.database.notificationNotDelivered(first, "451 try later", T0.plus(Duration.ofMinutes(1)));
        db.database.markNotificationSent(first, T0.plus(Duration.ofMinutes(2)));

        assertThat(db.database.dueNotifications(T0.plus(Duration.ofDays(1)), 10).map(OutboxNotification::id))
                .doesNotContain(first);
        OutboxNotification sent = db.database.unsentNotifications(10).find(n -> n.id() == first).getOrNull();
        assertThat(sent).as("not among the unsent").isNull();
    }

    @Test
    @DisplayName("an error longer than the column, or with line breaks or NUL, is kept in one line cut to fit, never"
            + " refused (the attempt is never lost)")
    void aLongErrorIsCutToFit() {
        caseWithContactStandards(ALEX);
        var due = db.database.dueNotifications(T0, 10);
        db.database.notificationNotDelivered(due.get(0).id(), "x".repeat(2_000), T0);
        db.database.notificationNotDelivered(due.get(1).id(), "554 refused\r\nby policy\u0000", T0);

        var unsent = db.database.unsentNotifications(10);
        assertThat(unsent.get(0).lastError().get()).hasSize(OutboxJpaEntity.MAX_ERROR).endsWith("…");
        assertThat(unsent.get(1).lastError().get()).isEqualTo("554 refused by policy ");
    }

    @Test
    @DisplayName("unsent notifications and their attempts survive a restart: another process on the database sees them")
    void attemptsSurviveARestart() {
        caseWithContactStandards(ALEX);
        long first = db.database.dueNotifications(T0, 10).head().id();
        db.database.notificationNotDelivered(first, "Connection refused", T0.plus(Duration.ofMinutes(2)));

        try (UcaDatabase restarted = UcaDatabase.connect(db.settings)) {
            OutboxNotification waiting = restarted.unsentNotifications(10).find(n -> n.id() == first).get();
            assertThat(waiting.attempts()).isEqualTo(1);
            assertThat(waiting.nextAttemptAt()).isEqualTo(Option.some(T0.plus(Duration.ofMinutes(2))));
            assertThat(restarted.dueNotifications(T0.plus(Duration.ofMinutes(2)), 10)).hasSize(2);
        }
    }
}
