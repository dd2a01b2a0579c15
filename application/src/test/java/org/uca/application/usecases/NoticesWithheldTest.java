package org.uca.application.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.testbed.Journey.ok;
import static org.uca.application.testbed.Testbed.ALEX;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.in.ReminderDigestQuery.Digest;
import org.uca.application.port.in.ReminderDigestQuery.Kind;
import org.uca.application.port.in.ReminderDigestQuery.Thresholds;
import org.uca.application.port.in.WithholdNoticeUseCase;
import org.uca.application.port.in.WorkQueuesQuery.NoticeToRecheck;
import org.uca.application.port.out.LetterOutput;
import org.uca.application.port.out.Notifications.Audience;
import org.uca.application.port.out.Notifications.Notification;
import org.uca.application.port.out.StaffRecord;
import org.uca.application.testbed.Testbed;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.StaffMember;

/**
 * Telling the resident, or deliberately not (issue 15 §3): a decision of Sunday 13 December 2026, whose resident would
 * be flagged as not told from Friday 18 December, five working days on.
 */
@DisplayName("Notice withheld from the resident: no reminder to tell them, no decision letter, a re-check in the work"
        + " queue on its date")
class NoticesWithheldTest {

    private static final LocalDate RECHECK = LocalDate.of(2027, 1, 11);
    private static final String RISK = "The police ask that he is not told while they investigate threats to staff.";

    private final Testbed bed = new Testbed();
    private CaseId caseId;
    private DecisionId decision;

    @BeforeEach
    void aDecisionWhoseResidentIsNotTold() {
        Staff.everyone().forEach(this::withAnAddress);
        bed.clock.set(Instant.parse("2026-12-09T10:00:00Z"));
        caseId = bed.journey.recordVerbalAbuse(ALEX).caseId();
        var warning = bed.journey.warn(caseId, List.of(new ActionId(1)));
        var further = List.ofAll(bed.journey.recordVerbalAbuse(ALEX).actions());
        decision = bed.journey.authorise(caseId, Staff.SERVICE_MANAGER,
                AProposal.contactStandards(Measures.singlePointOfContact()).afterWarning(warning, further)
                        .reviewDate(LocalDate.of(2027, 3, 12)));
    }

    private void withAnAddress(StaffMember member) {
        StaffRecord now = bed.uca.staff.record(member.id()).get();
        bed.uca.staff.update(new StaffRecord(member, member.id().value() + "@octavia.example", "Manager", now.role(),
                Option.none()));
    }

    private io.vavr.control.Either<Failure, ?> withhold(StaffMember by) {
        return bed.app.withholdNotice().withholdNotice(new WithholdNoticeUseCase.Command(by.id(), caseId, decision,
                RISK, RECHECK));
    }

    private List<?> notToldReminders(String on) {
        bed.clock.set(Instant.parse(on));
        return List.ofAll(bed.app.reminderDigests().today(Thresholds.STANDARD).digests()
                .filter(d -> d.to().equals(Staff.SERVICE_MANAGER.id())).flatMap(Digest::items)
                .filter(i -> i.kind() == Kind.RESIDENT_NOT_INFORMED));
    }

    private Failure sendTheDecisionLetter() {
        return bed.app.sendLetter().recordSending(Staff.OFFICER.id(), caseId,
                new LetterQuery.Which.ForDecision(decision, Option.none()), LetterOutput.How.POSTED).getLeft();
    }

    @Test
    @DisplayName("only an Assistant Director or above may withhold notice: a Service Manager and an officer are not"
            + " permitted, and the Service Development Team is told when it is")
    void onlyAnAssistantDirectorOrAboveWithholdsNoticeAndTheServiceDevelopmentTeamIsTold() {
        bed.clock.set(Instant.parse("2026-12-14T10:00:00Z"));
        assertThat(withhold(Staff.SERVICE_MANAGER).getLeft()).isInstanceOf(Failure.NotPermitted.class);
        assertThat(withhold(Staff.OFFICER).getLeft()).isInstanceOf(Failure.NotPermitted.class);
        int before = bed.uca.notifications.sent().size();

        ok(withhold(Staff.ASSISTANT_DIRECTOR), "withheld");

        List<Notification> told = List.ofAll(bed.uca.notifications.sent()).drop(before);
        assertThat(told.map(Notification::audience)).containsExactly(Audience.SERVICE_DEVELOPMENT_TEAM);
        assertThat(told.head().subject()).isEqualTo("Notice withheld from the resident on case " + caseId);
        assertThat(told.head().body()).contains("Aisha Rahman (Assistant Director", "re-check on " + RECHECK);
    }

    @Test
    @DisplayName("while notice is withheld the resident-not-told reminder skips the decision; once it is ended the"
            + " reminder applies again")
    void theResidentNotToldReminderSkipsANoticeWithheldUntilItEnds() {
        bed.clock.set(Instant.parse("2026-12-14T10:00:00Z"));
        ok(withhold(Staff.ASSISTANT_DIRECTOR), "withheld");

        assertThat(notToldReminders("2026-12-18T07:00:00Z")).isEmpty();

        bed.clock.set(Instant.parse("2026-12-21T10:00:00Z"));
        ok(bed.app.withholdNotice().endNoticeWithheld(new WithholdNoticeUseCase.End(Staff.ASSISTANT_DIRECTOR.id(),
                caseId, decision, "The investigation has closed.")), "ended");
        assertThat(notToldReminders("2026-12-22T07:00:00Z")).hasSize(1);
    }

    @Test
    @DisplayName("the decision letter is not sent while notice is withheld, saying who signed it off and when it is"
            + " re-checked; once the withholding ends it may be")
    void theDecisionLetterIsNotSentWhileNoticeIsWithheld() {
        bed.clock.set(Instant.parse("2026-12-14T10:00:00Z"));
        ok(withhold(Staff.ASSISTANT_DIRECTOR), "withheld");

        Failure refused = sendTheDecisionLetter();

        assertThat(refused).isInstanceOf(Failure.Refused.class);
        assertThat(refused.message()).contains("Notice of decision 1 is withheld from the resident",
                "signed off by Aisha Rahman (Assistant Director)", "re-checked on " + RECHECK);
        ok(bed.app.withholdNotice().endNoticeWithheld(new WithholdNoticeUseCase.End(Staff.DIRECTOR.id(), caseId,
                decision, "The investigation has closed.")), "ended");
        assertThat(bed.app.sendLetter().recordSending(Staff.OFFICER.id(), caseId,
                new LetterQuery.Which.ForDecision(decision, Option.none()), LetterOutput.How.POSTED).isRight())
                .isTrue();
    }

    @Test
    @DisplayName("a restriction that lapses while notice of it is withheld leaves the guidance, but the lapse letter"
            + " is not sent: it would tell the resident of the restriction they were deliberately not told of")
    void noLetterTellsTheResidentOfARestrictionWhileNoticeOfItIsWithheld() {
        bed.clock.set(Instant.parse("2027-03-01T10:00:00Z"));
        ok(bed.app.withholdNotice().withholdNotice(new WithholdNoticeUseCase.Command(Staff.ASSISTANT_DIRECTOR.id(),
                caseId, decision, RISK, LocalDate.of(2027, 5, 3))), "withheld");
        bed.clock.set(Instant.parse("2027-04-06T10:00:00Z"));
        assertThat(bed.app.lapseRestrictions().lapseRestrictions(10).get().lapsed()).isEqualTo(1);

        Failure refused = bed.app.sendLetter().recordSending(Staff.OFFICER.id(), caseId,
                new LetterQuery.Which.ForLapse(decision), LetterOutput.How.POSTED).getLeft();

        assertThat(refused).isInstanceOf(Failure.Refused.class);
        assertThat(refused.message()).contains("Notice of decision 1 is withheld from the resident",
                "No letter about it is sent");
    }

    @Test
    @DisplayName("a notice withheld appears in the work queue of notices to re-check on its re-check date, overdue"
            + " ones first, and leaves it when kept withheld to a later date")
    void aNoticeWithheldIsInTheReCheckQueueOnItsDate() {
        bed.clock.set(Instant.parse("2026-12-14T10:00:00Z"));
        ok(withhold(Staff.ASSISTANT_DIRECTOR), "withheld");
        assertThat(ok(bed.app.workQueues().noticesWithheldToRecheck(Staff.ASSISTANT_DIRECTOR.id()), "queue")).isEmpty();

        bed.clock.set(Instant.parse("2027-01-11T10:00:00Z"));
        assertThat(ok(bed.app.workQueues().noticesWithheldToRecheck(Staff.ASSISTANT_DIRECTOR.id()), "queue")).singleElement()
                .satisfies(n -> {
                    assertThat(n.notice().decision()).isEqualTo(decision);
                    assertThat(n.notice().recheckOn()).isEqualTo(RECHECK);
                    assertThat(n.overdue()).isFalse();
                });
        bed.clock.set(Instant.parse("2027-01-12T10:00:00Z"));
        assertThat(ok(bed.app.workQueues().noticesWithheldToRecheck(Staff.ASSISTANT_DIRECTOR.id()), "queue"))
                .extracting(NoticeToRecheck::overdue).containsExactly(true);

        ok(bed.app.withholdNotice().keepNoticeWithheld(new WithholdNoticeUseCase.Command(
                Staff.SECOND_ASSISTANT_DIRECTOR.id(), caseId, decision, "The investigation continues.",
                LocalDate.of(2027, 3, 1))), "kept");
        assertThat(ok(bed.app.workQueues().noticesWithheldToRecheck(Staff.ASSISTANT_DIRECTOR.id()), "queue")).isEmpty();
    }

    @Test
    @DisplayName("only those who may sign off withholding notice, who re-check it, see the queue of notices withheld:"
            + " an officer or a Service Manager is refused")
    void onlyThoseWhoReCheckSeeTheQueueOfNoticesWithheld() {
        for (StaffMember below : java.util.List.of(Staff.OFFICER, Staff.SERVICE_MANAGER)) {
            assertThat(bed.app.workQueues().noticesWithheldToRecheck(below.id()).getLeft())
                    .isInstanceOf(Failure.NotPermitted.class);
        }
    }

    private io.vavr.control.Either<Failure, ?> recordTold(StaffMember by) {
        return bed.app.recordResidentInformed().recordResidentInformed(
                new org.uca.application.port.in.RecordResidentInformedUseCase.Command(by.id(), caseId, decision,
                        new org.uca.domain.cases.ResidentInformed(bed.clock.now().minusSeconds(3600), by.id(),
                                org.uca.domain.cases.InformedHow.IN_PERSON)));
    }

    @Test
    @DisplayName("recording that the resident was told ends withholding notice, so while it is withheld only an"
            + " Assistant Director or above may record it; the Service Development Team is told, and the decision"
            + " letter is issued")
    void recordingTheResidentWasToldEndsIt() {
        bed.clock.set(Instant.parse("2026-12-14T10:00:00Z"));
        ok(withhold(Staff.ASSISTANT_DIRECTOR), "withheld");
        bed.clock.set(Instant.parse("2026-12-15T10:00:00Z"));

        Failure refused = recordTold(Staff.OFFICER).getLeft();
        assertThat(refused).isInstanceOf(Failure.Refused.class);
        assertThat(refused.message()).contains("Notice of decision 1 is withheld from the resident",
                "which only an Assistant Director or above may do");
        assertThat(bed.uca.cases.find(caseId).get().decision(decision).get().noticeIsWithheld()).isTrue();

        int before = bed.uca.notifications.sent().size();
        ok(recordTold(Staff.ASSISTANT_DIRECTOR), "told");

        assertThat(bed.uca.cases.find(caseId).get().decision(decision).get().noticeIsWithheld()).isFalse();
        assertThat(List.ofAll(bed.uca.notifications.sent()).drop(before).map(Notification::subject))
                .contains("Notice no longer withheld: the resident was told on case " + caseId);
        bed.clock.set(Instant.parse("2027-01-12T10:00:00Z"));
        assertThat(ok(bed.app.workQueues().noticesWithheldToRecheck(Staff.ASSISTANT_DIRECTOR.id()), "queue")).isEmpty();
    }

    @Test
    @DisplayName("notice cannot be withheld once a letter telling the resident of the decision has been posted,"
            + " handed over or e-mailed: they have been or are being told")
    void noticeCannotBeWithheldOnceTheDecisionLetterHasBeenSent() {
        bed.clock.set(Instant.parse("2026-12-14T10:00:00Z"));
        assertThat(bed.app.sendLetter().recordSending(Staff.OFFICER.id(), caseId,
                new LetterQuery.Which.ForDecision(decision, Option.none()), LetterOutput.How.POSTED).isRight())
                .isTrue();

        Failure refused = withhold(Staff.ASSISTANT_DIRECTOR).getLeft();

        assertThat(refused).isInstanceOf(Failure.Refused.class);
        assertThat(refused.message()).contains("A letter telling the resident of decision 1 (decision/1) was recorded"
                + " as posted on 2026-12-14", "cannot be withheld");
        assertThat(bed.uca.cases.find(caseId).get().decision(decision).get().noticeWithheld()).isEmpty();
    }
}
