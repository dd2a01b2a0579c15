package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.TODAY;
import static org.uca.domain.fixtures.Fixtures.WORKING_DAYS;
import static org.uca.domain.fixtures.Fixtures.accepted;
import static org.uca.domain.fixtures.Fixtures.after;
import static org.uca.domain.fixtures.Fixtures.daysAfterNow;
import static org.uca.domain.fixtures.Fixtures.refused;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.UkTime;

@DisplayName("Appeals: reviewed one level up within 10 working days (policy 4.2)")
class AppealsTest {

    private static final DecisionId DECISION = new DecisionId(1);
    private static final AppealId APPEAL = new AppealId(1);
    private static final String GROUNDS = "I was not given the chance to explain.";
    private static final String REASONS = "The records show repeated abuse after a clear warning.";

    /** Decision 1 (contact standards) authorised by the Service Manager in November 2026, the resident told. */
    private final Case contactStandards = told(ACase.withContactStandardsInForce());
    /** Decision 1 (service limits) authorised by the Assistant Director in November 2026, the resident told. */
    private final Case serviceLimits = told(ACase.withServiceLimitsInForce());

    private static Case told(Case c) {
        Instant at = c.decision(DECISION).get().authorisedAt().plusSeconds(60);
        return after(c.recordResidentInformed(DECISION, new ResidentInformed(at, Staff.OFFICER.id(),
                InformedHow.LETTER), Staff.OFFICER, at), "record that the resident was told");
    }

    /** The resident appeals decision 1 (told of it first, if they were not). */
    private static Case appealed(Case c) {
        Case told = c.decision(DECISION).get().residentInformed().isEmpty() ? told(c) : c;
        return after(told.lodgeAppeal(DECISION, TODAY, GROUNDS, Staff.OFFICER, NOW, WORKING_DAYS), "lodge an appeal");
    }

    private static Either<Refusal, CaseUpdate> decide(Case c, AppealOutcome outcome,
            Seq<Measure> varied, StaffMember reviewer) {
        return c.decideAppeal(APPEAL, outcome, varied, REASONS, reviewer, NOW);
    }

    @Nested
    @DisplayName("lodging an appeal")
    class Lodging {

        @Test
        @DisplayName("an appeal against contact standards is reviewed by an Assistant Director")
        void contactStandardsAppealToAssistantDirector() {
            CaseUpdate update = accepted(contactStandards.lodgeAppeal(DECISION, TODAY, "  " + GROUNDS + " ",
                    Staff.OFFICER, NOW, WORKING_DAYS));

            Appeal appeal = update.after().appeals().single();
            assertThat(appeal.id()).isEqualTo(APPEAL);
            assertThat(appeal.decision()).isEqualTo(DECISION);
            assertThat(appeal.received()).isEqualTo(TODAY);
            assertThat(appeal.grounds()).isEqualTo(GROUNDS);
            assertThat(appeal.recordedBy()).isEqualTo(Staff.OFFICER.id());
            assertThat(appeal.recordedAt()).isEqualTo(NOW);
            assertThat(appeal.reviewLevel()).isEqualTo(AuthorityLevel.ASSISTANT_DIRECTOR);
            assertThat(appeal.dueBy()).isEqualTo(LocalDate.of(2026, 12, 15));
            assertThat(appeal.decided()).isFalse();
            assertThat(update.after().appeal(APPEAL)).contains(appeal);
            assertThat(update.after().appeal(new AppealId(2))).isEmpty();
            assertThat(update.event()).isEqualTo(new CaseEvent.AppealLodged(contactStandards.id(),
                    contactStandards.resident(), APPEAL, DECISION, TODAY, LocalDate.of(2026, 12, 15),
                    AuthorityLevel.ASSISTANT_DIRECTOR, Staff.OFFICER.id(), NOW));
            assertThat(update.event().summary()).isEqualTo("Appeal against decision 1 received 2026-12-01, to be"
                    + " reviewed by Assistant Director by 2026-12-15");
        }

        @Test
        @DisplayName("an appeal against service limits is reviewed by a Director")
        void serviceLimitsAppealToDirector() {
            assertThat(appealed(serviceLimits).appeals().single().reviewLevel()).isEqualTo(AuthorityLevel.DIRECTOR);
        }

        @Test
        @DisplayName("an appeal against tenancy action or informing the police is reviewed by a Director")
        void tenancyAppealToDirector() {
            Case c = ACase.aCase().withAction(Reports::physicalViolence)
                    .authorisedImmediately(Measures.reportTheAssault(), Measures.noticeOfSeekingPossession()).build();

            assertThat(appealed(c).appeals().single().reviewLevel()).isEqualTo(AuthorityLevel.DIRECTOR);
        }

        @Test
        @DisplayName("an appeal received on Friday 18 December 2026 is due on Wednesday 6 January 2027")
        void dueAfterTenWorkingDaysOverChristmas() {
            Instant friday = Instant.parse("2026-12-18T14:30:00Z");

            Appeal appeal = after(contactStandards.lodgeAppeal(DECISION, LocalDate.of(2026, 12, 18), GROUNDS,
                    Staff.OFFICER, friday, WORKING_DAYS)).appeals().single();

            assertThat(appeal.dueBy()).isEqualTo(LocalDate.of(2027, 1, 6));
            assertThat(Appeal.WORKING_DAYS_TO_REVIEW).isEqualTo(10);
        }

        @Test
        @DisplayName("one open appeal per decision")
        void oneOpenAppealPerDecision() {
            Case once = appealed(contactStandards);

            Refusal refusal = refused(once.lodgeAppeal(DECISION, TODAY, GROUNDS, Staff.OFFICER, NOW, WORKING_DAYS));

            assertThat(refusal.problems()).containsExactly(new Refusal.Problem("decision",
                    "An appeal against decision 1 is already waiting for a decision."));
        }

        @Test
        @DisplayName("no second appeal against a decision already decided on appeal; the Housing Ombudsman remains")
        void noSecondAppealAgainstADecisionDecidedOnAppeal() {
            for (AppealOutcome outcome : List.of(AppealOutcome.DECISION_UPHELD, AppealOutcome.DECISION_VARIED)) {
                Case decided = after(decide(appealed(contactStandards), outcome,
                        outcome == AppealOutcome.DECISION_VARIED ? List.of(Measures.noEmail()) : List.empty(),
                        Staff.ASSISTANT_DIRECTOR));

                assertThat(refused(decided.lodgeAppeal(DECISION, TODAY, GROUNDS, Staff.OFFICER, NOW, WORKING_DAYS))
                        .problems()).as(outcome.name()).containsExactly(new Refusal.Problem("decision",
                        "Decision 1 has already been decided on appeal; there is no second appeal against it. The"
                                + " resident can still take it to the Housing Ombudsman."));
            }
        }

        @Test
        @DisplayName("an appeal is lodged only once the resident has been told of the decision")
        void onlyOnceTheResidentHasBeenTold() {
            Case notTold = ACase.withContactStandardsInForce();

            assertThat(refused(notTold.lodgeAppeal(DECISION, TODAY, GROUNDS, Staff.OFFICER, NOW, WORKING_DAYS))
                    .problems()).containsExactly(new Refusal.Problem("decision", "The resident is not recorded as"
                    + " told of decision 1; an appeal is lodged once they have been told of it. Record how and when"
                    + " they were told, then lodge the appeal."));
            assertThat(told(notTold).lodgeAppeal(DECISION, TODAY, GROUNDS, Staff.OFFICER, NOW, WORKING_DAYS)
                    .isRight()).isTrue();
        }

        @Test
        @DisplayName("a lifted decision cannot be appealed")
        void liftedCannotBeAppealed() {
            Case lifted = after(contactStandards.lift(DECISION, "No incidents since.", Staff.SERVICE_MANAGER, NOW));

            assertThat(refused(lifted.lodgeAppeal(DECISION, TODAY, GROUNDS, Staff.OFFICER, NOW, WORKING_DAYS))
                    .problems()).containsExactly(new Refusal.Problem("decision",
                    "Only a decision in force can be appealed; decision 1 is lifted."));
        }

        @Test
        @DisplayName("an overturned decision cannot be appealed")
        void overturnedCannotBeAppealed() {
            Case overturned = after(decide(appealed(contactStandards), AppealOutcome.DECISION_OVERTURNED,
                    List.empty(), Staff.ASSISTANT_DIRECTOR));

            assertThat(refused(overturned.lodgeAppeal(DECISION, TODAY, GROUNDS, Staff.OFFICER, NOW, WORKING_DAYS))
                    .message()).isEqualTo("decision: Only a decision in force can be appealed; decision 1 is"
                    + " overturned on appeal.");
        }

        @Test
        @DisplayName("the date received is not in the future, nor before the decision; grounds are required")
        void receivedDateAndGrounds() {
            LocalDate decidedOn = UkTime.dateOf(contactStandards.decisions().single()
                    .authorisedAt());

            Refusal future = refused(contactStandards.lodgeAppeal(DECISION, TODAY.plusDays(1), GROUNDS,
                    Staff.OFFICER, NOW, WORKING_DAYS));
            Refusal early = refused(contactStandards.lodgeAppeal(DECISION, decidedOn.minusDays(1), "",
                    Staff.OFFICER, NOW, WORKING_DAYS));

            assertThat(future.problems()).containsExactly(new Refusal.Problem("received",
                    "The date the appeal was received cannot be in the future."));
            assertThat(early.problems()).containsExactly(new Refusal.Problem("received",
                    "An appeal cannot be received before the decision it appeals against."),
                    new Refusal.Problem("grounds", "Give the resident's grounds for appeal."));
            assertThat(contactStandards.lodgeAppeal(DECISION, decidedOn, GROUNDS, Staff.OFFICER, NOW, WORKING_DAYS)
                    .isRight()).isTrue();
        }

        @Test
        @DisplayName("an appeal is against a decision on this case")
        void unknownDecision() {
            assertThat(refused(contactStandards.lodgeAppeal(new DecisionId(2), TODAY, GROUNDS, Staff.OFFICER, NOW,
                    WORKING_DAYS)).problems()).containsExactly(new Refusal.Problem("decision",
                    "There is no decision 2 on this case."));
        }
    }

    @Nested
    @DisplayName("who reviews the appeal")
    class Reviewer {

        @Test
        @DisplayName("an appeal against contact standards is decided by an Assistant Director or above who did not make"
                + " the decision, and the refusal says so")
        void notByAServiceManager() {
            Refusal refusal = refused(decide(appealed(contactStandards), AppealOutcome.DECISION_UPHELD, List.empty(),
                    Staff.SECOND_SERVICE_MANAGER));

            assertThat(refusal.problems()).containsExactly(new Refusal.Problem("reviewer",
                    "This appeal must be decided by an Assistant Director or above who did not make the decision;"
                            + " Grace O'Connor is a Service Manager."));
        }

        @Test
        @DisplayName("an appeal is never reviewed by an officer")
        void notByAnOfficer() {
            assertThat(refused(decide(appealed(contactStandards), AppealOutcome.DECISION_UPHELD, List.empty(),
                    Staff.OFFICER)).message()).contains("Olu Adeyemi is not a manager who can authorise.");
        }

        @Test
        @DisplayName("an appeal against service limits is reviewed by a Director, not another Assistant Director")
        void serviceLimitsByADirector() {
            Case appealed = appealed(serviceLimits);

            assertThat(refused(decide(appealed, AppealOutcome.DECISION_UPHELD, List.empty(),
                    Staff.SECOND_ASSISTANT_DIRECTOR)).concerns("reviewer")).isTrue();
            assertThat(decide(appealed, AppealOutcome.DECISION_UPHELD, List.empty(), Staff.DIRECTOR).isRight())
                    .isTrue();
        }

        @Test
        @DisplayName("an appeal is never reviewed by the person who decided")
        void neverByTheDecider() {
            Case byAssistantDirector = ACase.aCase().withAction().warned().withFurtherAction()
                    .authorisedBy(Staff.ASSISTANT_DIRECTOR).authorised(Measures.noEmail()).build();
            Case appealed = appealed(byAssistantDirector);

            assertThat(refused(decide(appealed, AppealOutcome.DECISION_UPHELD, List.empty(),
                    Staff.ASSISTANT_DIRECTOR)).problems()).containsExactly(new Refusal.Problem("reviewer",
                    "This appeal must be decided by an Assistant Director or above who did not make the decision;"
                            + " Aisha Rahman made the decision."));
            assertThat(decide(appealed, AppealOutcome.DECISION_UPHELD, List.empty(), Staff.SECOND_ASSISTANT_DIRECTOR)
                    .isRight()).isTrue();
        }
    }

    @Nested
    @DisplayName("the outcome")
    class Outcomes {

        @Test
        @DisplayName("an upheld decision stays in force as it was")
        void upheld() {
            Case appealed = appealed(contactStandards);

            CaseUpdate update = accepted(decide(appealed, AppealOutcome.DECISION_UPHELD, List.empty(),
                    Staff.ASSISTANT_DIRECTOR));

            Appeal appeal = update.after().appeals().single();
            assertThat(appeal.decided()).isTrue();
            assertThat(appeal.outcome()).containsExactly(new AppealDecision(AppealOutcome.DECISION_UPHELD,
                    List.empty(), REASONS, Staff.ASSISTANT_DIRECTOR, NOW));
            assertThat(update.after().decisions()).isEqualTo(appealed.decisions());
            assertThat(update.event()).isEqualTo(new CaseEvent.AppealDecided(appealed.id(), appealed.resident(),
                    APPEAL, DECISION, AppealOutcome.DECISION_UPHELD, false, Staff.ASSISTANT_DIRECTOR.id(), NOW));
            assertThat(update.event().summary()).isEqualTo("Appeal decided: the decision is upheld");
        }

        @Test
        @DisplayName("a varied decision takes the measures that now apply, and stays in force")
        void varied() {
            Decision decision = after(decide(appealed(contactStandards), AppealOutcome.DECISION_VARIED,
                    List.of(Measures.singlePointOfContact()), Staff.ASSISTANT_DIRECTOR)).decisions().single();

            assertThat(decision.measures()).containsExactly(Measures.singlePointOfContact());
            assertThat(decision.inForce()).isTrue();
        }

        @Test
        @DisplayName("a varied decision needs valid measures")
        void variedNeedsMeasures() {
            Case appealed = appealed(contactStandards);

            assertThat(refused(decide(appealed, AppealOutcome.DECISION_VARIED, List.empty(),
                    Staff.ASSISTANT_DIRECTOR)).problems()).containsExactly(new Refusal.Problem("variedMeasures",
                    "Choose at least one measure."));
            assertThat(refused(decide(appealed, AppealOutcome.DECISION_VARIED, List.of(Measures.noEmail(),
                    Measures.noEmail()), Staff.ASSISTANT_DIRECTOR)).concerns("variedMeasures")).isTrue();
        }

        @Test
        @DisplayName("a varied decision's measures need the reviewer's authority")
        void variedNeedsReviewersAuthority() {
            Refusal refusal = refused(decide(appealed(contactStandards), AppealOutcome.DECISION_VARIED,
                    List.of(Measures.noImprovementApprovals()), Staff.SECOND_SERVICE_MANAGER));

            assertThat(refusal.problems()).extracting(Refusal.Problem::field)
                    .containsExactly("reviewer", "variedMeasures");
            assertThat(refusal.problems().last().reason()).isEqualTo("Limiting our service must be authorised by an"
                    + " Assistant Director or above; Grace O'Connor is a Service Manager.");
        }

        @Test
        @DisplayName("only a varied decision takes new measures")
        void onlyVariedTakesMeasures() {
            assertThat(refused(decide(appealed(contactStandards), AppealOutcome.DECISION_OVERTURNED,
                    List.of(Measures.noEmail()), Staff.ASSISTANT_DIRECTOR)).problems())
                    .containsExactly(new Refusal.Problem("variedMeasures", "Only a varied decision takes new measures."));
        }

        @Test
        @DisplayName("an overturned decision is no longer in force")
        void overturned() {
            Case overturned = after(decide(appealed(contactStandards), AppealOutcome.DECISION_OVERTURNED,
                    List.empty(), Staff.ASSISTANT_DIRECTOR));

            Decision decision = overturned.decisions().single();
            assertThat(decision.status()).isEqualTo(DecisionStatus.OVERTURNED);
            assertThat(decision.inForce()).isFalse();
            assertThat(overturned.decisionsInForce()).isEmpty();
            assertThat(overturned.history().last().summary()).isEqualTo("Appeal decided: the decision is overturned");
        }

        @Test
        @DisplayName("an appeal is decided once, with reasons, and must exist")
        void decidedOnceWithReasons() {
            Case upheld = after(decide(appealed(contactStandards), AppealOutcome.DECISION_UPHELD, List.empty(),
                    Staff.ASSISTANT_DIRECTOR));

            assertThat(refused(decide(upheld, AppealOutcome.DECISION_OVERTURNED, List.empty(), Staff.DIRECTOR))
                    .problems()).containsExactly(new Refusal.Problem("appeal", "Appeal 1 has already been decided."));
            assertThat(refused(appealed(contactStandards).decideAppeal(APPEAL, AppealOutcome.DECISION_UPHELD,
                    List.empty(), " ", Staff.ASSISTANT_DIRECTOR, NOW)).problems()).extracting(Refusal.Problem::field)
                    .containsExactly("reasons");
            assertThat(refused(contactStandards.decideAppeal(APPEAL, AppealOutcome.DECISION_UPHELD, List.empty(),
                    REASONS, Staff.ASSISTANT_DIRECTOR, NOW)).problems()).containsExactly(new Refusal.Problem("appeal",
                    "There is no appeal 1 on this case."));
        }

        @Test
        @DisplayName("an appeal decided after its due date is flagged as decided late")
        void decidedLate() {
            Case appealed = appealed(contactStandards);
            LocalDate due = appealed.appeals().single().dueBy();

            Case onTime = after(appealed.decideAppeal(APPEAL, AppealOutcome.DECISION_UPHELD, List.empty(), REASONS,
                    Staff.ASSISTANT_DIRECTOR, Instant.parse(due + "T16:00:00Z")));
            CaseUpdate late = accepted(appealed.decideAppeal(APPEAL, AppealOutcome.DECISION_UPHELD, List.empty(),
                    REASONS, Staff.ASSISTANT_DIRECTOR, Instant.parse(due.plusDays(1) + "T09:00:00Z")));

            assertThat(onTime.appeals().single().decidedLate()).isFalse();
            assertThat(late.after().appeals().single().decidedLate()).isTrue();
            assertThat(((CaseEvent.AppealDecided) late.event()).late()).isTrue();
            assertThat(late.event().summary()).isEqualTo("Appeal decided: the decision is upheld (after the due date)");
        }

        @Test
        @DisplayName("an undecided appeal is overdue the day after its due date, and a decided one never is")
        void overdue() {
            Case appealed = appealed(contactStandards);
            Appeal appeal = appealed.appeals().single();

            assertThat(appeal.overdueOn(appeal.dueBy())).isFalse();
            assertThat(appeal.overdueOn(appeal.dueBy().plusDays(1))).isTrue();
            Appeal decided = after(appealed.decideAppeal(APPEAL, AppealOutcome.DECISION_UPHELD, List.empty(), REASONS,
                    Staff.ASSISTANT_DIRECTOR, daysAfterNow(30))).appeals().single();
            assertThat(decided.overdueOn(appeal.dueBy().plusDays(1))).isFalse();
            assertThat(decided.decidedLate()).isTrue();
        }

        @Test
        @DisplayName("outcomes read in plain English")
        void labels() {
            assertThat(AppealOutcome.DECISION_UPHELD.label()).isEqualTo("The decision is upheld");
            assertThat(AppealOutcome.DECISION_VARIED.label()).isEqualTo("The decision is varied");
            assertThat(AppealOutcome.DECISION_OVERTURNED.label()).isEqualTo("The decision is overturned");
        }

        @Test
        @DisplayName("appeals and their decisions are complete records")
        void completeRecords() {
            assertThatThrownBy(() -> new AppealDecision(null, List.empty(), "r", Staff.DIRECTOR, NOW))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Appeal(APPEAL, DECISION, TODAY, GROUNDS, Staff.OFFICER.id(), NOW, null,
                    AuthorityLevel.DIRECTOR, Option.none())).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new AppealId(0)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
