package org.uca.application.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.FiledCorrespondenceUseCase;
import org.uca.application.port.in.MyWorkQuery;
import org.uca.application.port.in.WorkQueuesQuery;
import org.uca.application.port.out.Notifications.Audience;
import org.uca.application.testbed.Testbed;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.FiledCorrespondence;
import org.uca.domain.cases.WarningId;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;

/**
 * Correspondence filed without a reply is logged and screened, in a queue with a deadline (issue 15 §2): restricting
 * contact must not stop new issues being considered on their merits (LGSCO); the Complaint Handling Code gives five
 * working days to acknowledge and log a complaint.
 */
@DisplayName("Correspondence filed without a reply is logged and screened, in a queue with a deadline")
class FilingCorrespondenceTest {

    private final Testbed bed = new Testbed();

    private CaseId restricted() {
        CaseId caseId = bed.journey.recordVerbalAbuse(Testbed.ALEX).caseId();
        WarningId warning = bed.journey.warn(caseId, List.of(new ActionId(1)));
        var further = bed.journey.recordVerbalAbuse(Testbed.ALEX).actions();
        bed.journey.authorise(caseId, Staff.SERVICE_MANAGER, AProposal.contactStandards(
                Measures.throughTheirAdvocate()).afterWarning(warning, further));
        return caseId;
    }

    private LocalDate today() {
        return UkTime.dateOf(bed.clock.now());
    }

    private FiledCorrespondence log(CaseId caseId, LocalDate receivedOn) {
        return bed.app.filedCorrespondence().log(new FiledCorrespondenceUseCase.Log(Staff.OFFICER.id(), caseId,
                receivedOn, Channel.LETTER, "Letter about the boiler.")).get();
    }

    @Test
    @DisplayName("filed correspondence waits in the work queue, oldest deadline first and overdue marked, until it"
            + " is screened")
    void unscreenedCorrespondenceWaitsInTheQueueWithItsDeadline() {
        CaseId caseId = restricted();
        FiledCorrespondence older = log(caseId, today().minusDays(14));
        FiledCorrespondence newer = log(caseId, today());

        var queue = bed.app.workQueues().correspondenceToScreen(Staff.OFFICER.id()).get();

        assertThat(queue.map(q -> q.correspondence().correspondence())).containsExactly(older.number(),
                newer.number());
        assertThat(queue.map(WorkQueuesQuery.CorrespondenceToScreen::overdue)).containsExactly(true, false);
        assertThat(queue.last().workingDaysLeft()).isEqualTo(5);
        MyWorkQuery.MyWork work = bed.app.myWork().myWork(Staff.OFFICER.id()).get();
        assertThat(work.correspondenceToScreen().map(w -> w.residentName())).hasSize(2);
        assertThat(work.correspondenceToScreen().head().overdue()).isTrue();

        bed.app.filedCorrespondence().screen(new FiledCorrespondenceUseCase.Screen(Staff.OFFICER.id(), caseId, 1,
                Option.some("Logged as stage 1 complaint C-123."), Option.none())).get();

        assertThat(bed.app.workQueues().correspondenceToScreen(Staff.OFFICER.id()).get()
                .map(q -> q.correspondence().correspondence())).containsExactly(2);
    }

    @Test
    @DisplayName("a safeguarding concern found in filed correspondence is told to the Service Development Team")
    void aSafeguardingConcernIsToldToTheServiceDevelopmentTeam() {
        CaseId caseId = restricted();
        log(caseId, today());
        int before = bed.uca.notifications.sentTo(Audience.SERVICE_DEVELOPMENT_TEAM).size();
        bed.clock.advance(Duration.ofHours(1));

        FiledCorrespondence screened = bed.app.filedCorrespondence().screen(new FiledCorrespondenceUseCase.Screen(
                Staff.SERVICE_MANAGER.id(), caseId, 1, Option.none(), Option.some("Referred to adult social care.")))
                .get();

        assertThat(screened.screening().get().raisesSafeguardingConcern()).isTrue();
        var told = bed.uca.notifications.sentTo(Audience.SERVICE_DEVELOPMENT_TEAM);
        assertThat(told).hasSize(before + 1);
        assertThat(told.last().subject()).contains("Safeguarding concern in filed correspondence on case " + caseId);
        assertThat(told.last().body()).doesNotContain("adult social care");
    }

    @Test
    @DisplayName("logging when no decision in force limits complaints or correspondence is refused, and nothing is"
            + " saved")
    void refusedWithoutSuchADecision() {
        CaseId caseId = bed.journey.recordVerbalAbuse(Testbed.ALEX).caseId();
        long version = bed.uca.cases.find(caseId).get().version();

        var refused = bed.app.filedCorrespondence().log(new FiledCorrespondenceUseCase.Log(Staff.OFFICER.id(),
                caseId, today(), Channel.LETTER, "A letter."));

        assertThat(refused.getLeft()).isInstanceOf(Failure.Refused.class);
        assertThat(refused.getLeft().message()).contains("No decision in force limits");
        assertThat(bed.uca.cases.find(caseId).get().version()).isEqualTo(version);
    }
}
