package org.uca.application.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.testbed.Testbed.ALEX;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.out.AuditLog;
import org.uca.application.testbed.Testbed;
import org.uca.domain.cases.CaseId;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;

class ConcurrentChangesTest {

    private final Testbed bed = new Testbed();

    @Test
    @DisplayName("50 staff changing one case at once: every accepted change is kept, every other gets a clear conflict")
    void noLostUpdates() throws Exception {
        CaseId caseId = bed.journey.recordVerbalAbuse(ALEX).caseId();
        long auditBefore = bed.uca.audit.count();
        int writers = 50;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        java.util.List<Future<Either<Failure, RecordUnacceptableActionsUseCase.Recorded>>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Callable<Either<Failure, RecordUnacceptableActionsUseCase.Recorded>> write = () -> {
                start.await();
                return bed.app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                        Staff.OFFICER.id(), ALEX, List.of(Reports.offensiveLanguage(bed.clock.now()))));
            };
            results.add(pool.submit(write));
        }
        start.countDown();
        int accepted = 0;
        int conflicts = 0;
        for (var f : results) {
            var r = f.get(30, TimeUnit.SECONDS);
            if (r.isRight()) {
                accepted++;
            } else {
                assertThat(r.getLeft()).isInstanceOf(Failure.Conflict.class);
                assertThat(r.getLeft().message()).contains("Someone else changed this case");
                conflicts++;
            }
        }
        pool.shutdown();

        var stored = bed.uca.cases.find(caseId).get();
        assertThat(accepted).isPositive();
        assertThat(accepted + conflicts).isEqualTo(writers);
        assertThat(stored.actions()).hasSize(1 + accepted);
        assertThat(stored.version()).isEqualTo(1 + accepted);
        var audit = bed.uca.audit.all().drop((int) auditBefore);
        assertThat(audit).hasSize(writers);
        assertThat(audit.count(e -> e.outcome() == AuditLog.Outcome.ACCEPTED)).isEqualTo(accepted);
        assertThat(audit.count(e -> e.outcome() == AuditLog.Outcome.CONFLICT)).isEqualTo(conflicts);
    }
}
