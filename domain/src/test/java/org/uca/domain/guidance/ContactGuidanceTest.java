package org.uca.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.TODAY;
import static org.uca.domain.fixtures.Fixtures.after;

import io.vavr.collection.List;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.AdjustmentKind;
import org.uca.domain.cases.ReasonableAdjustment;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.ContactStandard.AllowancePeriod;
import org.uca.domain.measures.Measure;
import org.uca.domain.shared.Channel;

@DisplayName("Contact guidance: what staff may do in contact with the resident right now")
class ContactGuidanceTest {

    /** A case with one decision in force, authorised at once by a Director, with these measures. */
    private static Case inForce(Measure... measures) {
        return ACase.aCase().withAction(Reports::threatsWithSafetyConcern).authorisedBy(Staff.DIRECTOR)
                .authorisedImmediately(measures).build();
    }

    private static ContactGuidance guidanceFor(Measure... measures) {
        return ContactGuidance.forCase(inForce(measures), NOW);
    }

    @Test
    @DisplayName("a resident with no decision in force has ordinary contact standards and services")
    void unrestrictedCase() {
        Case warned = ACase.warnedAndContinued();

        ContactGuidance guidance = ContactGuidance.forCase(warned, NOW);

        assertThat(guidance).isEqualTo(ContactGuidance.unrestricted(warned.resident()));
        assertThat(guidance.restricted()).isFalse();
        assertThat(guidance.allowedChannels()).containsExactlyInAnyOrder(Channel.values());
        assertThat(guidance.complaintsProcessOpen()).isTrue();
        assertThat(guidance.housingOmbudsmanRouteOpen()).isTrue();
        assertThat(guidance.emergencyRepairsAndNecessaryPlannedWorksGoAhead()).isTrue();
        assertThat(guidance.singlePointOfContact()).isEmpty();
        assertThat(guidance.timeAllowance()).isEmpty();
        assertThat(guidance.thirdParty()).isEmpty();
        assertThat(guidance.limitedServices()).isEmpty();
        assertThat(guidance.otherMeasures()).isEmpty();
        assertThat(guidance.nextReview()).isEmpty();
        assertThat(guidance.reviewOverdue()).isFalse();
    }

    @Nested
    @DisplayName("contact standards")
    class ContactStandards {

        @Test
        @DisplayName("excluded methods of contact are not open to the resident")
        void channelsExcluded() {
            ContactGuidance guidance = guidanceFor(Measures.excluding(Channel.EMAIL, Channel.WEB_FORM));

            assertThat(guidance.restricted()).isTrue();
            assertThat(guidance.allowedChannels()).doesNotContain(Channel.EMAIL, Channel.WEB_FORM)
                    .contains(Channel.PHONE, Channel.LETTER, Channel.IN_PERSON);
            assertThat(guidance.noTelephoneCalls()).isFalse();
        }

        @Test
        @DisplayName("exclusion from all personal contact is stricter than personal contact only when accompanied: the"
                + " guidance never says both")
        void exclusionOverridesAccompanied() {
            ContactGuidance guidance = guidanceFor(Measures.accompaniedOnly(), Measures.exclusionFromPersonalContact());

            assertThat(guidance.excludedFromPersonalContact()).isTrue();
            assertThat(guidance.accompaniedOnly()).isFalse();
            assertThat(guidance.allowedChannels()).doesNotContain(Channel.IN_PERSON);
        }

        @Test
        @DisplayName("no telephone calls: the telephone is not open")
        void noPhone() {
            ContactGuidance guidance = guidanceFor(Measures.noTelephoneCalls());

            assertThat(guidance.noTelephoneCalls()).isTrue();
            assertThat(guidance.allowedChannels()).doesNotContain(Channel.PHONE).contains(Channel.EMAIL);
        }

        @Test
        @DisplayName("exclusion from personal contact removes in-person contact, and emergency repairs still go ahead")
        void exclusion() {
            ContactGuidance guidance = guidanceFor(Measures.exclusionFromPersonalContact());

            assertThat(guidance.excludedFromPersonalContact()).isTrue();
            assertThat(guidance.allowedChannels()).doesNotContain(Channel.IN_PERSON);
            assertThat(guidance.emergencyRepairsAndNecessaryPlannedWorksGoAhead()).isTrue();
            assertThat(guidance.accompaniedOnly()).isFalse();
            assertThat(guidance.officeBan()).isFalse();
        }

        @Test
        @DisplayName("an office ban and accompanied-only contact are flagged")
        void officeBanAndAccompanied() {
            ContactGuidance guidance = guidanceFor(Measures.officeBan(), Measures.accompaniedOnly());

            assertThat(guidance.officeBan()).isTrue();
            assertThat(guidance.accompaniedOnly()).isTrue();
            assertThat(guidance.allowedChannels()).contains(Channel.IN_PERSON);
        }

        @Test
        @DisplayName("a single point of contact names the officer")
        void singlePointOfContact() {
            assertThat(guidanceFor(Measures.singlePointOfContact()).singlePointOfContact()).containsExactly(
                    new ContactGuidance.SinglePointOfContact(Staff.OFFICER.id(), "Olu Adeyemi"));
        }

        @Test
        @DisplayName("correspondence only through a third party names the third party")
        void thirdParty() {
            assertThat(guidanceFor(Measures.throughTheirAdvocate()).thirdParty())
                    .containsExactly("Camden Advocacy Project");
        }

        @Test
        @DisplayName("other contact standards and social media requests are listed in plain English")
        void otherContactStandards() {
            ContactGuidance guidance = guidanceFor(Measures.writtenContactOnMondays(), Measures.removeFacebookPosts());
            assertThat(guidance.otherMeasures())
                    .containsExactly(Measures.writtenContactOnMondays().inPlainEnglish(),
                            Measures.removeFacebookPosts().inPlainEnglish());
            assertThat(guidance.otherContactStandards()).isEqualTo(guidance.otherMeasures());
        }
    }

    @Nested
    @DisplayName("service limits, tenancy and police action")
    class ServiceLimits {

        @Test
        @DisplayName("service limits are listed in plain English")
        void limitsListed() {
            ContactGuidance guidance = guidanceFor(Measures.healthAndSafetyRepairsOnly(),
                    Measures.noParkingPermitRenewal());

            assertThat(guidance.limitedServices()).containsExactly(
                    Measures.healthAndSafetyRepairsOnly().inPlainEnglish(),
                    Measures.noParkingPermitRenewal().inPlainEnglish());
            assertThat(guidance.complaintsProcessOpen()).isTrue();
        }

        @Test
        @DisplayName("no access to the complaints process closes it, but the Housing Ombudsman route stays open")
        void noComplaintsProcess() {
            ContactGuidance guidance = guidanceFor(Measures.noComplaintsProcess());

            assertThat(guidance.complaintsProcessOpen()).isFalse();
            assertThat(guidance.housingOmbudsmanRouteOpen()).isTrue();
            assertThat(guidance.limitedServices().single()).contains("Housing Ombudsman");
        }

        @Test
        @DisplayName("tenancy action and informing the police are flagged and described")
        void tenancyAndPolice() {
            ContactGuidance guidance = guidanceFor(Measures.noticeOfSeekingPossession(), Measures.reportTheAssault());

            assertThat(guidance.tenancyActionInProgress()).isTrue();
            assertThat(guidance.policeInformed()).isTrue();
            assertThat(guidance.otherMeasures()).containsExactly(
                    Measures.noticeOfSeekingPossession().inPlainEnglish(), Measures.reportTheAssault().inPlainEnglish());
            assertThat(guidance.otherContactStandards()).as("tenancy action and the police have their own flags")
                    .isEmpty();
        }
    }

    @Nested
    @DisplayName("a contact time allowance")
    class TimeAllowance {

        /** Tuesday 1 December 2026 is NOW; Monday 30 November starts its week; Friday 27 November is the week before. */
        private Case withContacts(Measure allowance) {
            Case c = inForce(allowance);
            c = after(c.recordContact(Instant.parse("2026-11-27T15:00:00Z"), 60, Channel.PHONE, Staff.OFFICER, NOW));
            c = after(c.recordContact(Instant.parse("2026-11-30T09:30:00Z"), 20, Channel.PHONE, Staff.OFFICER, NOW));
            return after(c.recordContact(Instant.parse("2026-12-01T09:00:00Z"), 5, Channel.EMAIL, Staff.OFFICER, NOW));
        }

        @Test
        @DisplayName("minutes used count from Monday in a weekly allowance")
        void usedThisWeek() {
            ContactGuidance.TimeAllowance allowance = ContactGuidance.forCase(withContacts(
                    Measures.thirtyMinutesAWeek()), NOW).timeAllowance().get();

            assertThat(allowance.minutesAllowed()).isEqualTo(30);
            assertThat(allowance.per()).isEqualTo(AllowancePeriod.WEEK);
            assertThat(allowance.minutesUsed()).isEqualTo(25);
            assertThat(allowance.minutesLeft()).isEqualTo(5);
            assertThat(allowance.usedUp()).isFalse();
        }

        @Test
        @DisplayName("minutes used count from the first of the month in a monthly allowance")
        void usedThisMonth() {
            ContactGuidance.TimeAllowance allowance = ContactGuidance.forCase(withContacts(
                    Measures.twoHoursAMonth()), NOW).timeAllowance().get();

            assertThat(allowance.per()).isEqualTo(AllowancePeriod.MONTH);
            assertThat(allowance.minutesUsed()).isEqualTo(5);
            assertThat(allowance.minutesLeft()).isEqualTo(115);
        }

        @Test
        @DisplayName("contact later than now does not count yet")
        void futureContactNotCounted() {
            ContactGuidance.TimeAllowance allowance = ContactGuidance.forCase(withContacts(
                    Measures.thirtyMinutesAWeek()), Instant.parse("2026-11-30T12:00:00Z")).timeAllowance().get();

            assertThat(allowance.minutesUsed()).isEqualTo(20);
        }

        @Test
        @DisplayName("an allowance used in full is used up, and never has negative minutes left")
        void usedUp() {
            var allowance = new ContactGuidance.TimeAllowance(30, AllowancePeriod.WEEK, 45);

            assertThat(allowance.usedUp()).isTrue();
            assertThat(allowance.minutesLeft()).isZero();
            assertThat(new ContactGuidance.TimeAllowance(30, AllowancePeriod.WEEK, 30).usedUp()).isTrue();
        }

        @Test
        @DisplayName("with several allowances in force the strictest applies, compared week for week")
        void smallerApplies() {
            Case two = ACase.aCase().withAction(Reports::threatsWithSafetyConcern).authorisedBy(Staff.DIRECTOR)
                    .authorisedImmediately(Measures.twoHoursAMonth())
                    .authorisedImmediately(Measures.thirtyMinutesAWeek())
                    .authorisedImmediately(new ContactStandard.ContactTimeAllowance(60,
                            AllowancePeriod.WEEK)).build();

            // Two hours a month is under 28 minutes a week: stricter than 30 or 60 minutes a week.
            var strictest = ContactGuidance.forCase(two, NOW).timeAllowance().get();
            assertThat(strictest.minutesAllowed()).isEqualTo(120);
            assertThat(strictest.per()).isEqualTo(AllowancePeriod.MONTH);
            assertThat(ContactGuidance.forCase(two, NOW).from(MeasureKind.CONTACT_TIME_ALLOWANCE))
                    .as("the line says which decision it comes from").containsExactly(new DecisionId(1));
        }

        @Test
        @DisplayName("an allowance exceeded says so, not \"0 left\"")
        void exceededSaysSo() {
            var allowance = new ContactGuidance.TimeAllowance(45, AllowancePeriod.WEEK, 50);

            assertThat(allowance.exceeded()).isTrue();
            assertThat(new ContactGuidance.TimeAllowance(45, AllowancePeriod.WEEK, 45).exceeded()).isFalse();
        }
    }

    @Nested
    @DisplayName("one clear picture of what is in force, over every decision in force")
    class Consolidated {

        private Case twoDecisions(Measure[] first, Measure[] second) {
            return ACase.aCase().withAction(Reports::threatsWithSafetyConcern).authorisedBy(Staff.DIRECTOR)
                    .authorisedImmediately(first).authorisedImmediately(second).build();
        }

        @Test
        @DisplayName("the same service limit from two decisions is one line, from both")
        void theSameLimitTwiceIsOneLine() {
            ContactGuidance g = ContactGuidance.forCase(twoDecisions(
                    new Measure[] {Measures.noImprovementApprovals(), Measures.officeBan()},
                    new Measure[] {Measures.noImprovementApprovals()}), NOW);

            assertThat(g.limitedServices()).hasSize(1);
            assertThat(g.inForce().filter(m -> m.measure().kind() == MeasureKind.NO_IMPROVEMENT_APPROVALS))
                    .singleElement().satisfies(m -> assertThat(m.from())
                            .containsExactly(new DecisionId(1), new DecisionId(2)));
            assertThat(g.from(MeasureKind.OFFICE_BAN)).containsExactly(new DecisionId(1));
        }

        @Test
        @DisplayName("two single points of contact do not contradict: the later decision's applies")
        void theLaterSinglePointOfContactApplies() {
            var first = new ContactStandard.SinglePointOfContact(Staff.OFFICER.id(), Staff.OFFICER.name());
            var second = new ContactStandard.SinglePointOfContact(Staff.SERVICE_MANAGER.id(),
                    Staff.SERVICE_MANAGER.name());
            ContactGuidance g = ContactGuidance.forCase(twoDecisions(new Measure[] {first},
                    new Measure[] {second}), NOW);

            assertThat(g.singlePointOfContact().get().officer()).isEqualTo(Staff.SERVICE_MANAGER.id());
            assertThat(g.inForce().filter(m -> m.measure().kind() == MeasureKind.SINGLE_POINT_OF_CONTACT))
                    .singleElement().satisfies(m -> {
                        assertThat(m.measure()).isEqualTo(second);
                        assertThat(m.from()).containsExactly(new DecisionId(2));
                    });
        }

        @Test
        @DisplayName("each method of contact closed names the decisions that closed it")
        void eachClosedMethodNamesItsDecisions() {
            ContactGuidance g = ContactGuidance.forCase(twoDecisions(
                    new Measure[] {Measures.excluding(Channel.EMAIL)},
                    new Measure[] {Measures.excluding(Channel.SOCIAL_MEDIA, Channel.EMAIL),
                            new ContactStandard.NoTelephoneCalls()}), NOW);

            assertThat(g.closing(Channel.EMAIL)).containsExactly(new DecisionId(1), new DecisionId(2));
            assertThat(g.closing(Channel.SOCIAL_MEDIA)).containsExactly(new DecisionId(2));
            assertThat(g.closing(Channel.PHONE)).containsExactly(new DecisionId(2));
            assertThat(g.closing(Channel.LETTER)).isEmpty();
            assertThat(g.allowedChannels()).doesNotContain(Channel.EMAIL, Channel.SOCIAL_MEDIA, Channel.PHONE);
        }

        @Test
        @DisplayName("recorded reasonable adjustments are in the guidance, restricted or not")
        void reasonableAdjustmentsAreInTheGuidance() {
            Case c = ACase.aCase().withAdjustment(AdjustmentKind.values()[0]).withAction().build();

            assertThat(ContactGuidance.forCase(c, NOW).adjustments().map(ReasonableAdjustment::kind))
                    .containsExactly(AdjustmentKind.values()[0]);
        }
    }

    @Nested
    @DisplayName("decisions that no longer apply, and reviews")
    class NoLongerInForce {

        @Test
        @DisplayName("a lifted decision no longer restricts contact")
        void lifted() {
            Case lifted = ACase.aCase().withAction().warned().withFurtherAction().authorised(Measures.noEmail())
                    .lifted().build();

            assertThat(ContactGuidance.forCase(lifted, NOW)).isEqualTo(ContactGuidance.unrestricted(lifted.resident()));
        }

        @Test
        @DisplayName("an overturned decision no longer restricts contact")
        void overturned() {
            Case appealed = ACase.aCase().withAction().warned().withFurtherAction().authorised(Measures.noEmail())
                    .appealed().build();
            Case overturned = after(appealed.decideAppeal(new AppealId(1), AppealOutcome.DECISION_OVERTURNED,
                    List.empty(), "The warning was never sent.", Staff.ASSISTANT_DIRECTOR, NOW));

            assertThat(ContactGuidance.forCase(overturned, NOW).restricted()).isFalse();
            assertThat(ContactGuidance.forCase(overturned, NOW).allowedChannels()).contains(Channel.EMAIL);
        }

        @Test
        @DisplayName("only the decisions still in force restrict contact")
        void onlyInForce() {
            Case c = ACase.aCase().withAction().warned().withFurtherAction().authorised(Measures.noEmail())
                    .authorised(Measures.noTelephoneCalls()).build();
            Case firstLifted = after(c.lift(new DecisionId(1), "Emails are reasonable now.", Staff.SERVICE_MANAGER,
                    NOW));

            ContactGuidance guidance = ContactGuidance.forCase(firstLifted, NOW);
            assertThat(guidance.allowedChannels()).contains(Channel.EMAIL).doesNotContain(Channel.PHONE);
        }

        @Test
        @DisplayName("the next review is the earliest review date of the decisions in force, and is overdue after it")
        void earliestReviewAndOverdue() {
            Case c = ACase.aCase().withAction().warned().withFurtherAction()
                    .authorised(AProposal.contactStandards(Measures.noEmail()).reviewDate(TODAY.plusMonths(4)))
                    .authorised(AProposal.contactStandards(Measures.officeBan()).reviewDate(TODAY.plusMonths(2)))
                    .authorised(AProposal.contactStandards(Measures.accompaniedOnly()).reviewDate(TODAY.plusMonths(3)))
                    .build();
            LocalDate earliest = TODAY.plusMonths(2);

            assertThat(ContactGuidance.forCase(c, NOW).nextReview()).containsExactly(earliest);
            assertThat(ContactGuidance.forCase(c, NOW).reviewOverdue()).isFalse();
            assertThat(ContactGuidance.forCase(c, Instant.parse(earliest + "T12:00:00Z")).reviewOverdue()).isFalse();
            assertThat(ContactGuidance.forCase(c, Instant.parse(earliest.plusDays(1) + "T12:00:00Z")).reviewOverdue())
                    .isTrue();
        }
    }

    @Test
    @DisplayName("guidance always names the resident and keeps all its parts")
    void completeGuidance() {
        ContactGuidance guidance = guidanceFor(Measures.officeBan());

        assertThat(guidance.resident()).hasToString("R-1001");
        assertThat(EnumSet.copyOf(guidance.allowedChannels())).isEqualTo(EnumSet.allOf(Channel.class));
    }
}
