package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.domain.cases.CaseId;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;

@DisplayName("A PostgreSQL outage")
class PostgresOutageTest extends OnADatabase {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }

    private Either<Failure, RecordUnacceptableActionsUseCase.Recorded> recordAbuse() {
        clock.advance(Duration.ofDays(1));
        return app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                Staff.OFFICER.id(), ALEX, List.of(Reports.verbalAbuse(clock.now().minus(Duration.ofHours(1))))));
    }

    @Test
    @DisplayName("surfaces within seconds as 'unavailable' (nothing changed), and the pool recovers when PostgreSQL returns")
    void outageAndRecovery() throws Exception {
        CaseId caseId = recordAbuse().get().caseId();
        assertThat(db.database.healthy()).isTrue();

        SharedPostgres.stop();
        try {
            long started = System.nanoTime();
            // First on a pooled connection the server has just closed, then on no connection at all.
            assertThat(app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX).getLeft())
                    .isInstanceOf(Failure.Unavailable.class);
            assertThat(db.database.healthy()).isFalse();
            assertThat(recordAbuse().getLeft()).isInstanceOf(Failure.Unavailable.class);
            assertThatThrownBy(() -> ports.cases().find(caseId))
                    .isInstanceOf(StorageUnavailable.class)
                    .hasMessage("The database cannot be reached just now; nothing was changed.");
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("four requests, each given up after the pool's connection timeout")
                    .isLessThan(Duration.ofMillis(4 * UcaDatabase.CONNECTION_TIMEOUT_MS + 4_000));
        } finally {
            SharedPostgres.restart();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!db.database.healthy() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(db.database.healthy()).as("healthy again once PostgreSQL is back").isTrue();
        assertThat(recordAbuse().isRight()).isTrue();
        assertThat(app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX).isRight()).isTrue();
        assertThat(ports.cases().find(caseId).get().actions())
                .as("what was saved before the outage, and after it, but nothing in between").hasSize(2);
    }
}
