package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.accepted;
import static org.uca.domain.fixtures.Fixtures.daysBeforeNow;
import static org.uca.domain.fixtures.Fixtures.refused;

import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.Refusal;

@DisplayName("A case stays a size a person can read: limits on one report and on one case")
class CaseSizeLimitsTest {

    private static List<ActionReport> reports(int n) {
        return List.fill(n, () -> Reports.verbalAbuse(daysBeforeNow(1)));
    }

    @Test
    @DisplayName("one report records at most 50 actions, and the refusal says so")
    void atMostFiftyActionsInOneReport() {
        Case empty = ACase.aCase().build();

        assertThat(Case.MAX_ACTIONS_PER_REPORT).isEqualTo(50);
        assertThat(accepted(empty.recordActions(reports(50), Staff.OFFICER, NOW)).after().actions()).hasSize(50);
        assertThat(refused(empty.recordActions(reports(51), Staff.OFFICER, NOW)).problems()).containsExactly(
                new Refusal.Problem("actions", "Record at most 50 actions in one report (this one has 51)."));
    }

    @Test
    @DisplayName("a case holds at most 1000 unacceptable actions; the refusal says how many more fit")
    void atMostAThousandActionsInACase() {
        Case full = ACase.aCase().build();
        for (int i = 0; i < 19; i++) {
            full = accepted(full.recordActions(reports(50), Staff.OFFICER, NOW)).after();
        }
        full = accepted(full.recordActions(reports(40), Staff.OFFICER, NOW)).after();

        assertThat(refused(full.recordActions(reports(11), Staff.OFFICER, NOW)).problems()).containsExactly(
                new Refusal.Problem("actions", "A case holds at most 1000 unacceptable actions; this one has 990, so"
                        + " at most 10 more can be recorded."));
        Case atTheLimit = accepted(full.recordActions(reports(10), Staff.OFFICER, NOW)).after();
        assertThat(atTheLimit.actions()).hasSize(Case.MAX_ACTIONS);
        assertThat(refused(atTheLimit.recordActions(reports(1), Staff.OFFICER, NOW)).message())
                .contains("so at most 0 more can be recorded");
    }

    @Test
    @DisplayName("a case holds at most 10000 changes: the next one is refused, saying the limit")
    void atMostTenThousandChanges() {
        Case busy = ACase.aCase().build();
        for (int i = 0; i < Case.MAX_CHANGES; i++) {
            busy = accepted(busy.recordContact(daysBeforeNow(1), 5, Channel.PHONE, Staff.OFFICER, NOW)).after();
        }

        assertThat(busy.version()).isEqualTo(10_000);
        assertThat(refused(busy.recordContact(daysBeforeNow(1), 5, Channel.PHONE, Staff.OFFICER, NOW)).problems())
                .containsExactly(new Refusal.Problem(Refusal.WHOLE_REQUEST, "This case already holds 10000 changes,"
                        + " the most one case may hold, so nothing more can be recorded on it; tell the service desk."));
        assertThat(refused(busy.recordActions(reports(1), Staff.OFFICER, NOW)).message()).contains("10000 changes");
    }
}
