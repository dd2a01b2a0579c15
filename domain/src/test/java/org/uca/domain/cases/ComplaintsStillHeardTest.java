package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.TODAY;
import static org.uca.domain.fixtures.Fixtures.WORKING_DAYS;
import static org.uca.domain.fixtures.Fixtures.accepted;
import static org.uca.domain.fixtures.Fixtures.after;
import static org.uca.domain.fixtures.Fixtures.refused;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.Refusal;

@DisplayName("Complaints are still heard: a landlord accepts a complaint unless there is a valid reason not to"
        + " (Housing Ombudsman, Complaint Handling Code), and restricting contact does not stop new issues being"
        + " considered on their merits (LGSCO)")
class ComplaintsStillHeardTest {

    private static final String HOW = "In writing to the Complaints Team, who will screen each letter.";
    private static final DecisionId DECISION_1 = new DecisionId(1);

    private final Case warnedAndContinued = ACase.warnedAndContinued();

    private static AProposal afterTheWarning(AProposal proposal) {
        return proposal.afterWarning(new WarningId(1), new ActionId(2));
    }

    @Nested
    @DisplayName("The decision records how new complaints and new issues will still be heard")
    class TheDecisionRecordsHow {

        @Test
        @DisplayName("no access to the complaints process is refused unless the decision says how new complaints and"
                + " new issues will still be received and considered on their merits")
        void aComplaintIsStillHeardWhileTheComplaintsProcessIsLimited() {
            AProposal silent = afterTheWarning(AProposal.serviceLimits(Measures.noComplaintsProcess()))
                    .complaintsStillHeard(Option.none());

            Refusal refusal = refused(warnedAndContinued.authorise(silent.build(), Staff.ASSISTANT_DIRECTOR, NOW));

            assertThat(refusal.concerns("safeguards.howComplaintsAreStillHeard")).isTrue();
            assertThat(refusal.message()).contains("No access to the complaints process limits how complaints"
                    + " reach us", "considered on their merits");
        }

        @Test
        @DisplayName("what the decision says of how complaints are still heard is stored with its safeguards")
        void howComplaintsAreStillHeardIsRecorded() {
            AProposal saying = afterTheWarning(AProposal.serviceLimits(Measures.noComplaintsProcess()))
                    .complaintsStillHeard(Option.some("  " + HOW + " "));

            Decision decision = after(warnedAndContinued.authorise(saying.build(), Staff.ASSISTANT_DIRECTOR, NOW))
                    .decisions().single();

            assertThat(decision.safeguards().howComplaintsAreStillHeard()).contains(HOW.strip());
        }

        @Test
        @DisplayName("limits on correspondence (methods, third party only, time allowance, no calls, one contact)"
                + " need it too; a blank answer is no answer")
        void limitsOnCorrespondenceNeedItToo() {
            for (var measure : List.of(Measures.noEmail(), Measures.throughTheirAdvocate(),
                    Measures.thirtyMinutesAWeek(), Measures.noTelephoneCalls(), Measures.singlePointOfContact())) {
                Refusal refusal = refused(warnedAndContinued.authorise(afterTheWarning(
                        AProposal.contactStandards(measure)).complaintsStillHeard(Option.none()).build(),
                        Staff.SERVICE_MANAGER, NOW));
                assertThat(refusal.concerns("safeguards.howComplaintsAreStillHeard")).as(measure.kind().label())
                        .isTrue();
            }
            Refusal blank = refused(warnedAndContinued.authorise(afterTheWarning(AProposal.contactStandards(
                    Measures.noEmail())).complaintsStillHeard(Option.some("  ")).build(), Staff.SERVICE_MANAGER, NOW));
            assertThat(blank.concerns("safeguards.howComplaintsAreStillHeard")).isTrue();
        }

        @Test
        @DisplayName("measures that leave complaints and correspondence as they are need no answer")
        void otherMeasuresNeedNone() {
            assertThat(MeasureKind.OFFICE_BAN.limitsHowComplaintsReachUs()).isFalse();
            assertThat(MeasureKind.NO_IMPROVEMENT_APPROVALS.limitsHowComplaintsReachUs()).isFalse();
            accepted(warnedAndContinued.authorise(afterTheWarning(AProposal.contactStandards(Measures.officeBan()))
                    .complaintsStillHeard(Option.none()).build(), Staff.SERVICE_MANAGER, NOW));
        }

        @Test
        @DisplayName("a review cannot vary a decision into one limiting how complaints reach us when it says nothing"
                + " of how they are still heard: a new decision says so")
        void aVariationCannotCloseTheWayIn() {
            Case c = ACase.aCase().withAction(org.uca.domain.fixtures.Reports::verbalAbuse).warned()
                    .withFurtherAction().authorised(AProposal.contactStandards(Measures.officeBan())
                            .complaintsStillHeard(Option.none())).build();

            Refusal refusal = refused(c.review(DECISION_1, ReviewOutcome.VARY, List.of(Measures.officeBan(),
                    Measures.noTelephoneCalls()), "Calls are abusive.", Option.some(TODAY.plusMonths(3)),
                    Staff.SERVICE_MANAGER, NOW));

            assertThat(refusal.concerns("variedMeasures")).isTrue();
            assertThat(refusal.message()).contains("No telephone calls until further notice limits how complaints",
                    "authorise a new decision");
        }

        @Test
        @DisplayName("a correction of the decision's details may correct how complaints are still heard, keeping what"
                + " it said before; it cannot take the answer away")
        void aCorrectionKeepsTheAnswer() {
            Case inForce = ACase.withContactStandardsInForce();
            Decision original = inForce.decision(DECISION_1).get();

            Case corrected = after(inForce.amendDecisionDetails(DECISION_1, original.reasons(), original.reviewDate(),
                    Option.some(HOW), "Wrong team named.", Staff.SERVICE_MANAGER, NOW));

            Decision now = corrected.decision(DECISION_1).get();
            assertThat(now.safeguards().howComplaintsAreStillHeard()).contains(HOW);
            assertThat(now.asBefore(0).safeguards().howComplaintsAreStillHeard())
                    .isEqualTo(original.safeguards().howComplaintsAreStillHeard());
            Refusal refusal = refused(inForce.amendDecisionDetails(DECISION_1, original.reasons(),
                    original.reviewDate(), Option.none(), "Not needed.", Staff.SERVICE_MANAGER, NOW));
            assertThat(refusal.concerns("howComplaintsAreStillHeard")).isTrue();
        }

        @Test
        @DisplayName("the retention rule removes what it says, as it removes all free text")
        void anonymisedLikeAllFreeText() {
            Case anonymised = ACase.withContactStandardsInForce().anonymise();
            assertThat(anonymised.decisions().single().safeguards().howComplaintsAreStillHeard())
                    .contains(Case.REMOVED);
        }
    }

    @Nested
    @DisplayName("Correspondence filed without a reply is logged and screened")
    class FiledCorrespondenceIsScreened {

        private final Case inForce = ACase.withContactStandardsInForce();
        private final LocalDate monday = LocalDate.of(2026, 11, 30);

        private Case logged() {
            return after(inForce.logFiledCorrespondence(monday, Channel.EMAIL, "Email about the repair again.",
                    WORKING_DAYS, Staff.OFFICER, NOW));
        }

        @Test
        @DisplayName("filed correspondence is logged with a screening deadline five working days after it was"
                + " received, as the Code gives to acknowledge and log a complaint")
        void correspondenceFiledWithoutAReplyIsLoggedAndScreenedWithinFiveWorkingDays() {
            CaseUpdate update = accepted(inForce.logFiledCorrespondence(monday, Channel.EMAIL,
                    " Email about the repair again. ", WORKING_DAYS, Staff.OFFICER, NOW));

            FiledCorrespondence filed = update.after().filedCorrespondence().single();
            assertThat(filed.number()).isEqualTo(1);
            assertThat(filed.decision()).isEqualTo(DECISION_1);
            assertThat(filed.summary()).isEqualTo("Email about the repair again.");
            assertThat(filed.screenBy()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(filed.screened()).isFalse();
            assertThat(update.event()).isEqualTo(new CaseEvent.CorrespondenceFiled(inForce.id(), inForce.resident(),
                    1, DECISION_1, Channel.EMAIL, monday, LocalDate.of(2026, 12, 7), Staff.OFFICER.id(), NOW));
            // over Christmas the deadline skips the weekend and both bank holidays
            assertThat(FiledCorrespondence.screenBy(LocalDate.of(2026, 12, 23), WORKING_DAYS))
                    .isEqualTo(LocalDate.of(2027, 1, 4));
        }

        @Test
        @DisplayName("nothing is filed without a reply when no decision in force limits complaints or"
                + " correspondence: it is answered in the ordinary way")
        void refusedWithoutSuchADecision() {
            Refusal refusal = refused(ACase.withServiceLimitsInForce().logFiledCorrespondence(monday,
                    Channel.LETTER, "A letter.", WORKING_DAYS, Staff.OFFICER, NOW));

            assertThat(refusal.message()).contains("No decision in force limits", "answer it in the ordinary way");
            assertThat(refused(ACase.aCase().withAction().build().logFiledCorrespondence(monday, Channel.LETTER,
                    "A letter.", WORKING_DAYS, Staff.OFFICER, NOW)).message()).contains("No decision in force");
        }

        @Test
        @DisplayName("the date received cannot be in the future, and a summary is needed")
        void badInputNamesTheField() {
            Refusal refusal = refused(inForce.logFiledCorrespondence(TODAY.plusDays(1), Channel.LETTER, " ",
                    WORKING_DAYS, Staff.OFFICER, NOW));

            assertThat(refusal.concerns("receivedOn")).isTrue();
            assertThat(refusal.concerns("summary")).isTrue();
        }

        @Test
        @DisplayName("the screening records whether it raises a new issue or complaint and a safeguarding concern,"
                + " what was done, by whom and when")
        void aNewIssueInFiledCorrespondenceIsConsideredOnItsMerits() {
            Case logged = logged();

            CaseUpdate update = accepted(logged.screenFiledCorrespondence(1,
                    Option.some("Logged as stage 1 complaint C-123."), Option.some("Referral to adult social care."),
                    Staff.SERVICE_MANAGER, NOW));

            FiledCorrespondence.Screening screening = update.after().filedCorrespondence(1).get().screening().get();
            assertThat(screening.newIssue()).contains("Logged as stage 1 complaint C-123.");
            assertThat(screening.safeguarding()).contains("Referral to adult social care.");
            assertThat(screening.by()).isEqualTo(Staff.SERVICE_MANAGER.id());
            assertThat(screening.at()).isEqualTo(NOW);
            assertThat(update.event()).isEqualTo(new CaseEvent.CorrespondenceScreened(inForce.id(),
                    inForce.resident(), 1, true, true, false, Staff.SERVICE_MANAGER.id(), NOW));
        }

        @Test
        @DisplayName("screening twice is refused: the first stands on the record")
        void screenedOnce() {
            Case screened = after(logged().screenFiledCorrespondence(1, Option.none(), Option.none(), Staff.OFFICER,
                    NOW));

            Refusal refusal = refused(screened.screenFiledCorrespondence(1, Option.some("Complaint."), Option.none(),
                    Staff.OFFICER, NOW));

            assertThat(refusal.message()).contains("screened already");
            assertThat(refused(screened.screenFiledCorrespondence(2, Option.none(), Option.none(), Staff.OFFICER,
                    NOW)).concerns("correspondence")).isTrue();
        }

        @Test
        @DisplayName("a new issue or concern raised says what was done with it")
        void whatWasDoneIsSaid() {
            Refusal refusal = refused(logged().screenFiledCorrespondence(1, Option.some(""), Option.some(" "),
                    Staff.OFFICER, NOW));

            assertThat(refusal.concerns("newIssue")).isTrue();
            assertThat(refusal.concerns("safeguarding")).isTrue();
        }

        @Test
        @DisplayName("screened after its deadline, it is marked late; unscreened after it, overdue")
        void lateAndOverdue() {
            Case logged = logged();
            FiledCorrespondence filed = logged.filedCorrespondence(1).get();
            assertThat(filed.overdue(LocalDate.of(2026, 12, 7))).isFalse();
            assertThat(filed.overdue(LocalDate.of(2026, 12, 8))).isTrue();

            CaseUpdate late = accepted(logged.screenFiledCorrespondence(1, Option.none(), Option.none(),
                    Staff.OFFICER, NOW.plus(Duration.ofDays(7))));

            assertThat(late.after().filedCorrespondence(1).get().screenedLate()).isTrue();
            assertThat(((CaseEvent.CorrespondenceScreened) late.event()).late()).isTrue();
        }

        @Test
        @DisplayName("correspondence not screened by its deadline stays overdue as it stood on each day it went"
                + " unscreened, even once it is screened late; screened in time, it never was")
        void notScreenedByItsDeadlineAsItStoodOnADay() {
            Case logged = logged();
            FiledCorrespondence late = accepted(logged.screenFiledCorrespondence(1, Option.none(), Option.none(),
                    Staff.OFFICER, NOW.plus(Duration.ofDays(9)))).after().filedCorrespondence(1).get();
            assertThat(late.overdueOn(LocalDate.of(2026, 12, 7))).as("its deadline").isFalse();
            assertThat(late.overdueOn(LocalDate.of(2026, 12, 8))).isTrue();
            assertThat(late.overdueOn(LocalDate.of(2026, 12, 9))).as("the day before it was screened").isTrue();
            assertThat(late.overdueOn(LocalDate.of(2026, 12, 10))).as("the day it was screened").isFalse();

            FiledCorrespondence inTime = accepted(logged.screenFiledCorrespondence(1, Option.none(), Option.none(),
                    Staff.OFFICER, NOW)).after().filedCorrespondence(1).get();
            assertThat(inTime.overdueOn(LocalDate.of(2026, 12, 8))).isFalse();
        }

        @Test
        @DisplayName("the retention rule removes the summary and what was done, keeping dates and outcomes")
        void anonymised() {
            Case screened = after(logged().screenFiledCorrespondence(1, Option.some("Complaint C-1."),
                    Option.none(), Staff.OFFICER, NOW)).anonymise();

            FiledCorrespondence filed = screened.filedCorrespondence(1).get();
            assertThat(filed.summary()).isEqualTo(Case.REMOVED);
            assertThat(filed.screening().get().newIssue()).contains(Case.REMOVED);
            assertThat(filed.receivedOn()).isEqualTo(monday);
        }
    }
}
