package org.uca.application.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.testbed.Testbed.ALEX;
import static org.uca.application.testbed.Testbed.BEA;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.DecideAppealUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.LiftRestrictionUseCase;
import org.uca.application.port.in.ManageStaffUseCase;
import org.uca.application.port.in.RecordContactUseCase;
import org.uca.application.port.in.WorkQueuesQuery;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.Notifications.Audience;
import org.uca.application.testbed.StaffRoles;
import org.uca.application.testbed.Testbed;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.cases.WarningId;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;

class DecisionsAppealsAndReviewsTest {

    private final Testbed bed = new Testbed();
    private CaseId caseId;
    private WarningId warning;
    private List<ActionId> further;

    private void warnedAndContinued() {
        caseId = bed.journey.recordVerbalAbuse(ALEX).caseId();
        warning = bed.journey.warn(caseId, List.of(new ActionId(1)));
        further = List.ofAll(bed.journey.recordVerbalAbuse(ALEX).actions());
    }

    private DecisionId contactStandardsAuthorised() {
        warnedAndContinued();
        return bed.journey.authorise(caseId, Staff.SERVICE_MANAGER,
                AProposal.contactStandards(Measures.singlePointOfContact(), Measures.noTelephoneCalls())
                        .afterWarning(warning, further));
    }

    @Nested
    class Authorising {

        @Test
        @DisplayName("service limits need an Assistant Director: a Service Manager is refused and nothing is told")
        void serviceLimitsNeedAnAssistantDirector() {
            warnedAndContinued();
            var result = bed.app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(
                    Staff.SERVICE_MANAGER.id(), caseId, AProposal.serviceLimits(Measures.noImprovementApprovals())
                            .afterWarning(warning, further).decidedOn(UkTime.dateOf(bed.clock.now())).build()));
            assertThat(result.getLeft()).isInstanceOfSatisfying(Failure.Refused.class, r -> {
                assertThat(r.refusal().concerns("measures")).isTrue();
                assertThat(r.message()).contains("Assistant Director");
            });
            assertThat(bed.uca.notifications.sent()).isEmpty();
            assertThat(bed.uca.cases.find(caseId).get().decisions()).isEmpty();
        }

        @Test
        @DisplayName("the authority level comes from the staff directory: a Service Manager cannot limit services")
        void levelFromDirectory() {
            warnedAndContinued();
            var result = bed.app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(
                    Staff.SERVICE_MANAGER.id(), caseId, AProposal.serviceLimits(Measures.noImprovementApprovals())
                            .afterWarning(warning, further).decidedOn(UkTime.dateOf(bed.clock.now())).build()));
            assertThat(result.getLeft()).isInstanceOf(Failure.Refused.class);
            assertThat(result.getLeft().message()).contains("Assistant Director", Staff.SERVICE_MANAGER.name());
        }

        @Test
        @DisplayName("an officer's role does not include authorising: refused before the case is read, and audited")
        void officerCannotAuthorise() {
            warnedAndContinued();
            var result = bed.app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(
                    Staff.OFFICER.id(), caseId, AProposal.contactStandards(Measures.noEmail())
                            .afterWarning(warning, further).decidedOn(UkTime.dateOf(bed.clock.now())).build()));
            assertThat(result.getLeft()).isInstanceOf(Failure.NotPermitted.class);
            assertThat(result.getLeft().message()).isEqualTo("As an officer you cannot authorise measures.");
        }

        @Test
        @DisplayName("every authorised action is reported to the Service Development Team, and the teams informed are told")
        void serviceDevelopmentTeamIsTold() {
            DecisionId decision = contactStandardsAuthorised();
            var toTeam = bed.uca.notifications.sentTo(Audience.SERVICE_DEVELOPMENT_TEAM).single();
            assertThat(toTeam.subject()).contains(caseId.toString());
            assertThat(toTeam.body()).contains(Staff.SERVICE_MANAGER.name(), "Single point of contact",
                    "No telephone calls");
            assertThat(bed.uca.notifications.sentTo(Audience.TEAMS_INFORMED).single().teams()).isNotEmpty();
            assertThat(decision).isEqualTo(new DecisionId(1));
        }

        @Test
        @DisplayName("extreme actions with safety concerns are acted on at once, without a warning")
        void immediateAction() {
            var recorded = bed.journey.record(BEA, Reports.threatsWithSafetyConcern(bed.clock.now()));
            DecisionId decision = bed.journey.authorise(recorded.caseId(), Staff.SERVICE_MANAGER,
                    AProposal.contactStandards(Measures.exclusionFromPersonalContact(), Measures.officeBan())
                            .immediate(recorded.actions(), "Threatened the officer with a knife."));
            Letter letter = bed.journey.inform(recorded.caseId(), decision);
            assertThat(letter.plainText()).contains("Why we are acting immediately", "emergency repairs and necessary"
                    + " planned works");
            assertThat(bed.uca.notifications.sentTo(Audience.SERVICE_DEVELOPMENT_TEAM).single().subject())
                    .startsWith("Immediate action");
        }

        @Test
        @DisplayName("the decision letter gives the measures, the review date, how to appeal within 10 working days, and the Ombudsman")
        void decisionLetter() {
            DecisionId decision = contactStandardsAuthorised();
            Letter letter = bed.journey.inform(caseId, decision);
            LocalDate review = bed.uca.cases.find(caseId).get().decision(decision).get().reviewDate();
            assertThat(letter.kind()).isEqualTo(Letter.Kind.DECISION);
            assertThat(letter.plainText()).contains("single point of contact", "telephone calls",
                    "An Assistant Director", "10 working days of receiving your appeal request",
                    "outside our Complaints Policy", "Housing Ombudsman",
                    review.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
        }

        @Test
        @DisplayName("no blanket approach (LGSCO): the decision letter and the review letter say which services each"
                + " measure affects")
        void lettersSayWhichServicesAreAffected() {
            warnedAndContinued();
            var repairsAndRent = org.uca.domain.measures.ServiceScope.only(
                    org.uca.domain.measures.LandlordService.REPAIRS,
                    org.uca.domain.measures.LandlordService.RENT_AND_INCOME);
            DecisionId decision = bed.journey.authorise(caseId, Staff.SERVICE_MANAGER,
                    AProposal.contactStandards(Measures.singlePointOfContact(),
                            Measures.noTelephoneCalls().withScope(repairsAndRent)).afterWarning(warning, further));

            Letter letter = bed.journey.inform(caseId, decision);
            Letter reviewed = bed.journey.review(caseId, decision, Staff.SERVICE_MANAGER, ReviewOutcome.CONTINUE,
                    Option.some(UkTime.dateOf(bed.clock.now()).plusMonths(3)));

            for (Letter l : List.of(letter, reviewed)) {
                assertThat(l.plainText()).as(l.kind().name()).contains(Measures.noTelephoneCalls().inPlainEnglish()
                        + " This applies for repairs and rent and income only; our other services are not affected.",
                        Measures.singlePointOfContact().inPlainEnglish() + " This applies to all our services.");
            }
        }

        @Test
        @DisplayName("a landlord must still accept a complaint (Complaint Handling Code): every letter saying what"
                + " applies while contact is limited says how new complaints and new issues are still heard; one"
                + " saying the restriction is lifted does not")
        void everyLetterSayingWhatAppliesSaysHowComplaintsAreStillHeard() {
            warnedAndContinued();
            DecisionId decision = bed.journey.authorise(caseId, Staff.SERVICE_MANAGER,
                    AProposal.contactStandards(Measures.singlePointOfContact()).afterWarning(warning, further));
            Letter letter = bed.journey.inform(caseId, decision);
            Letter reviewed = bed.journey.review(caseId, decision, Staff.SERVICE_MANAGER, ReviewOutcome.CONTINUE,
                    Option.some(UkTime.dateOf(bed.clock.now()).plusMonths(3)));
            Letter lifted = bed.journey.review(caseId, decision, Staff.SERVICE_MANAGER, ReviewOutcome.LIFT,
                    Option.none());

            for (Letter l : List.of(letter, reviewed)) {
                assertThat(l.plainText()).as(l.kind().name()).contains("How we will still hear new complaints and"
                        + " new issues: " + AProposal.STILL_HEARD);
            }
            assertThat(lifted.plainText()).doesNotContain("How we will still hear");
            assertThat(lifted.sections()).extracting(Letter.Section::paragraphs).noneMatch(io.vavr.collection.Seq::isEmpty);
        }

        @Test
        @DisplayName("the letter is signed by the person who authorised it, with the job title from their staff record"
                + " (else their authority level's title), and quotes the case's and the letter's reference")
        void signedByWhoAuthorised() {
            DecisionId first = contactStandardsAuthorised();
            assertThat(bed.journey.inform(caseId, first).signatory())
                    .isEqualTo(new Letter.Signatory(Staff.SERVICE_MANAGER.name(), "Service Manager"));
            bed.app.manageStaff().editStaff(new ManageStaffUseCase.EditStaff(StaffRoles.ADMINISTRATOR.id(),
                    Staff.SERVICE_MANAGER.id(), new ManageStaffUseCase.Details(Staff.SERVICE_MANAGER.name(),
                            "manager@example.org", Staff.SERVICE_MANAGER.team(), "Neighbourhood Housing Manager",
                            AuthorityLevel.SERVICE_MANAGER), Option.none()))
                    .getOrElseThrow(f -> new AssertionError(f.message()));
            Letter letter = bed.app.letters().letter(Staff.OFFICER.id(), caseId,
                    new org.uca.application.port.in.LetterQuery.Which.ForDecision(first)).get();
            assertThat(letter.signatory()).isEqualTo(new Letter.Signatory(Staff.SERVICE_MANAGER.name(),
                    "Neighbourhood Housing Manager"));
            assertThat(letter.reference()).isEqualTo("UCA-" + caseId.value().toString().substring(0, 8)
                    .toUpperCase(java.util.Locale.ROOT) + "/D1");
            assertThat(letter.plainText()).contains("quote the reference " + letter.reference());
        }
    }

    @Nested
    class TellingPeople {

        @Test
        @DisplayName("the resident can only be recorded as informed by a member of staff the directory knows")
        void informedByKnownStaff() {
            DecisionId decision = contactStandardsAuthorised();
            var result = bed.app.recordResidentInformed().recordResidentInformed(
                    new org.uca.application.port.in.RecordResidentInformedUseCase.Command(Staff.OFFICER.id(), caseId,
                            decision, new org.uca.domain.cases.ResidentInformed(bed.clock.now(),
                                    new org.uca.domain.people.StaffId("nobody-at-all"),
                                    org.uca.domain.cases.InformedHow.LETTER)));
            assertThat(result.getLeft()).isInstanceOfSatisfying(Failure.Refused.class,
                    r -> assertThat(r.refusal().concerns("informedBy")).isTrue());
            assertThat(bed.uca.letters.issued().map(Letter::kind)).doesNotContain(Letter.Kind.DECISION);
            assertThat(bed.uca.cases.find(caseId).get().decision(decision).get().residentInformed()).isEmpty();
        }

        @Test
        @DisplayName("the Service Development Team is told when a restriction is varied, lifted or decided on appeal")
        void serviceDevelopmentTeamToldOfChanges() {
            DecisionId decision = contactStandardsAuthorised();
            var lodged = bed.journey.appeal(caseId, decision);
            bed.journey.decide(caseId, lodged.appeal(), Staff.ASSISTANT_DIRECTOR, AppealOutcome.DECISION_VARIED,
                    Measures.singlePointOfContact());
            bed.app.liftRestriction().lift(new LiftRestrictionUseCase.Command(Staff.SERVICE_MANAGER.id(), caseId,
                    decision, "Behaviour has improved.")).get();

            var subjects = bed.uca.notifications.sentTo(Audience.SERVICE_DEVELOPMENT_TEAM)
                    .map(n -> n.subject());
            assertThat(subjects).hasSize(3);
            assertThat(subjects.get(1)).startsWith("Appeal decided");
            assertThat(subjects.get(2)).startsWith("Restriction lifted");
            assertThat(bed.uca.notifications.sentTo(Audience.SERVICE_DEVELOPMENT_TEAM).get(1).body())
                    .contains("Now in force: Single point of contact");
        }
    }

    @Nested
    class Appeals {

        @Test
        @DisplayName("an appeal is due 10 working days after it is received and shows in the Assistant Director's queue")
        void appealQueue() {
            DecisionId decision = contactStandardsAuthorised();
            var lodged = bed.journey.appeal(caseId, decision);
            LocalDate received = UkTime.dateOf(bed.clock.now());
            assertThat(lodged.dueBy()).isEqualTo(org.uca.domain.calendar.WorkingDays.ENGLAND_AND_WALES
                    .addWorkingDays(received, 10));
            assertThat(lodged.reviewLevel()).isEqualTo(AuthorityLevel.ASSISTANT_DIRECTOR);

            var due = bed.app.workQueues().appealsDue(Staff.ASSISTANT_DIRECTOR.id(), 10).get();
            assertThat(due).singleElement().satisfies(a -> {
                assertThat(a.overdue()).isFalse();
                assertThat(a.workingDaysLeft()).isEqualTo(10);
            });
            bed.clock.advance(Duration.ofDays(21));
            WorkQueuesQuery.AppealToDecide overdue = bed.app.workQueues().appealsDue(Staff.ASSISTANT_DIRECTOR.id(), 0)
                    .get().single();
            assertThat(overdue.overdue()).isTrue();
            assertThat(overdue.workingDaysLeft()).isNegative();
        }

        @Test
        @DisplayName("an appeal is never reviewed by the person who decided, and a Service Manager cannot review it")
        void reviewerRules() {
            DecisionId decision = contactStandardsAuthorised();
            var lodged = bed.journey.appeal(caseId, decision);
            var bySecondManager = bed.app.decideAppeal().decideAppeal(new DecideAppealUseCase.Command(
                    Staff.SECOND_SERVICE_MANAGER.id(), caseId, lodged.appeal(), AppealOutcome.DECISION_OVERTURNED,
                    List.empty(), "Too harsh."));
            assertThat(bySecondManager.getLeft().message()).contains("Assistant Director");
            Letter letter = bed.journey.decide(caseId, lodged.appeal(), Staff.ASSISTANT_DIRECTOR,
                    AppealOutcome.DECISION_OVERTURNED);
            assertThat(letter.plainText()).contains("cancelled it", "no longer apply", "Housing Ombudsman")
                    .doesNotContain(AppealOutcome.DECISION_OVERTURNED.label());
            ContactGuidance now = bed.app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX).get();
            assertThat(now.restricted()).isFalse();
            assertThat(bed.app.workQueues().appealsDue(Staff.ASSISTANT_DIRECTOR.id(), 10).get()).isEmpty();
        }
    }

    @Nested
    class Reviews {

        @Test
        @DisplayName("restrictions due for review appear in the queue, and lifting one ends it")
        void reviewAndLift() {
            DecisionId decision = contactStandardsAuthorised();
            assertThat(bed.app.workQueues().reviewsDue(Staff.SERVICE_MANAGER.id(), 30).get()).isEmpty();
            bed.clock.advance(Duration.ofDays(200));
            var due = bed.app.workQueues().reviewsDue(Staff.SERVICE_MANAGER.id(), 0).get();
            assertThat(due).singleElement().satisfies(r -> assertThat(r.overdue()).isTrue());
            assertThat(bed.app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX).get().reviewOverdue()).isTrue();

            Letter continued = bed.journey.review(caseId, decision, Staff.SERVICE_MANAGER, ReviewOutcome.CONTINUE,
                    Option.some(UkTime.dateOf(bed.clock.now()).plusMonths(6)));
            assertThat(continued.plainText()).contains("will stay as they are", "review this again")
                    .doesNotContain(ReviewOutcome.CONTINUE.label());
            assertThat(bed.app.workQueues().reviewsDue(Staff.SERVICE_MANAGER.id(), 0).get()).isEmpty();

            Letter lifted = bed.app.liftRestriction().lift(new LiftRestrictionUseCase.Command(Staff.SERVICE_MANAGER.id(),
                    caseId, decision, "Behaviour has been good for six months.")).get();
            assertThat(lifted.plainText()).contains("no longer apply");
            assertThat(bed.app.workQueues().residentsWithRestrictions(Staff.OFFICER.id()).get()).isEmpty();
            assertThat(bed.app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX).get().restricted()).isFalse();
        }
    }

    @Nested
    class Guidance {

        @Test
        @DisplayName("contact guidance for an unknown resident is not found, never 'no restrictions'")
        void unknownResident() {
            assertThat(bed.app.contactGuidance().guidanceFor(Staff.OFFICER.id(),
                    new org.uca.domain.people.ResidentId("R-0000")).getLeft()).isInstanceOf(Failure.NotFound.class);
        }

        @Test
        @DisplayName("a resident with no case may be contacted in every way")
        void unrestricted() {
            ContactGuidance g = bed.app.contactGuidance().guidanceFor(Staff.OFFICER.id(), BEA).get();
            assertThat(g.restricted()).isFalse();
            assertThat(g.allowedChannels()).containsExactlyInAnyOrder(Channel.values());
        }

        @Test
        @DisplayName("contact time counts against the allowance, and what is left is shown")
        void contactAllowance() {
            warnedAndContinued();
            bed.journey.authorise(caseId, Staff.SERVICE_MANAGER,
                    AProposal.contactStandards(Measures.thirtyMinutesAWeek()).afterWarning(warning, further));
            ContactGuidance after = bed.app.recordContact().recordContact(new RecordContactUseCase.Command(
                    Staff.OFFICER.id(), ALEX, bed.clock.now(), 20, Channel.PHONE)).get();
            assertThat(after.timeAllowance().get().minutesLeft()).isEqualTo(10);
            assertThat(after.housingOmbudsmanRouteOpen()).isTrue();
        }
    }
}
