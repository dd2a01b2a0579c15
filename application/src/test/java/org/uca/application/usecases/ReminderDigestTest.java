package org.uca.application.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.testbed.Testbed.ALEX;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.ReminderDigestQuery.Digest;
import org.uca.application.port.in.ReminderDigestQuery.Digests;
import org.uca.application.port.in.ReminderDigestQuery.Item;
import org.uca.application.port.in.ReminderDigestQuery.Kind;
import org.uca.application.port.in.ReminderDigestQuery.NotSent;
import org.uca.application.port.in.ReminderDigestQuery.Thresholds;
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
 * The daily reminder digest (issue 12), with a fixed clock across Christmas 2026: Christmas Day is Friday 25 December
 * and Boxing Day's bank holiday is Monday 28 December (26 December is a Saturday), so an appeal received on Monday 14
 * December is due on Wednesday 30 December, ten working days later.
 */
@DisplayName("The reminder digest lists what falls due, in working days, to whoever must act on it")
class ReminderDigestTest {

    static final LocalDate APPEAL_DUE = LocalDate.of(2026, 12, 30);
    static final LocalDate REVIEW_DATE = LocalDate.of(2027, 1, 12);

    private final Testbed bed = new Testbed();
    private CaseId caseId;
    private DecisionId decision;

    @BeforeEach
    void aDecisionAppealedBeforeChristmas() {
        Staff.everyone().forEach(this::withAnAddress);
        bed.clock.set(Instant.parse("2026-12-09T10:00:00Z"));
        caseId = bed.journey.recordVerbalAbuse(ALEX).caseId(); // Thursday 10 December
        var warning = bed.journey.warn(caseId, List.of(new ActionId(1)));
        var further = List.ofAll(bed.journey.recordVerbalAbuse(ALEX).actions());
        decision = bed.journey.authorise(caseId, Staff.SERVICE_MANAGER, // Sunday 13 December
                AProposal.contactStandards(Measures.singlePointOfContact(), Measures.noTelephoneCalls())
                        .afterWarning(warning, further).reviewDate(REVIEW_DATE));
    }

    /** The resident, told of the decision on Sunday 13 December, appeals: received Monday 14 December. */
    private void appealed() {
        bed.journey.appeal(caseId, decision);
    }

    private void withAnAddress(StaffMember member) {
        StaffRecord now = bed.uca.staff.record(member.id()).get();
        bed.uca.staff.update(new StaffRecord(member, member.id().value() + "@octavia.example", "Manager", now.role(),
                Option.none()));
    }

    private Digests on(String dayAndTime) {
        bed.clock.set(Instant.parse(dayAndTime));
        return bed.app.reminderDigests().today(Thresholds.STANDARD);
    }

    private static Seq<Item> itemsOf(Digests digests, StaffMember to, Kind kind) {
        return digests.digests().filter(d -> d.to().equals(to.id())).flatMap(Digest::items)
                .filter(i -> i.kind() == kind);
    }

    @Test
    @DisplayName("an appeal due in two working days is listed across Christmas, not three working days before, and"
            + " goes to the appeal's review level (one up from the decision), never to the decision's authoriser")
    void appealsWithinTwoWorkingDaysSkipBankHolidays() {
        appealed();
        // Wednesday 23 December: 24, 29 and 30 December are three working days away
        assertThat(itemsOf(on("2026-12-23T07:00:00Z"), Staff.ASSISTANT_DIRECTOR, Kind.APPEAL_DUE)).isEmpty();

        // Thursday 24 December: 29 and 30 December, two working days (the bank holidays not counted)
        Digests christmasEve = on("2026-12-24T07:00:00Z");
        for (StaffMember reviewer : List.of(Staff.ASSISTANT_DIRECTOR, Staff.SECOND_ASSISTANT_DIRECTOR)) {
            assertThat(itemsOf(christmasEve, reviewer, Kind.APPEAL_DUE)).singleElement().satisfies(item -> {
                assertThat(item.caseId()).isEqualTo(caseId);
                assertThat(item.residentName()).isEqualTo("Alex Morgan");
                assertThat(item.what()).isEqualTo("Appeal 1 against decision 1 to be decided");
                assertThat(item.due()).isEqualTo(APPEAL_DUE);
                assertThat(item.overdue()).isFalse();
            });
        }
        assertThat(itemsOf(christmasEve, Staff.SERVICE_MANAGER, Kind.APPEAL_DUE)).as("the authoriser").isEmpty();
        assertThat(itemsOf(christmasEve, Staff.DIRECTOR, Kind.APPEAL_DUE)).as("not every level above").isEmpty();
    }

    @Test
    @DisplayName("nothing is sent on a bank holiday or at a weekend: nothing falls due on one")
    void noDigestOnANonWorkingDay() {
        assertThat(on("2026-12-25T07:00:00Z").digests()).as("Christmas Day").isEmpty();
        assertThat(on("2026-12-28T07:00:00Z").digests()).as("Boxing Day's bank holiday").isEmpty();
        assertThat(on("2026-12-26T07:00:00Z").workingDay()).as("a Saturday").isFalse();
    }

    @Test
    @DisplayName("an appeal past its date is listed as overdue")
    void overdueAppeal() {
        appealed();
        assertThat(itemsOf(on("2026-12-31T07:00:00Z"), Staff.ASSISTANT_DIRECTOR, Kind.APPEAL_DUE)).singleElement()
                .satisfies(item -> assertThat(item.overdue()).isTrue());
    }

    @Test
    @DisplayName("a review due within 10 working days goes to the decision's authoriser; overdue once its date passed")
    void reviewsToTheAuthoriser() {
        // 10 working days after Thursday 24 December is 12 January (1 January and the Christmas holidays not
        // counted); after Wednesday 23 December, 11 January
        assertThat(itemsOf(on("2026-12-23T07:00:00Z"), Staff.SERVICE_MANAGER, Kind.REVIEW_DUE)).isEmpty();
        assertThat(itemsOf(on("2026-12-24T07:00:00Z"), Staff.SERVICE_MANAGER, Kind.REVIEW_DUE)).singleElement()
                .satisfies(item -> {
                    assertThat(item.what()).isEqualTo("Review of decision 1");
                    assertThat(item.due()).isEqualTo(REVIEW_DATE);
                    assertThat(item.overdue()).isFalse();
                });
        assertThat(itemsOf(on("2027-01-13T07:00:00Z"), Staff.SERVICE_MANAGER, Kind.REVIEW_DUE)).singleElement()
                .satisfies(item -> assertThat(item.overdue()).isTrue());
        assertThat(itemsOf(on("2026-12-24T07:00:00Z"), Staff.SECOND_SERVICE_MANAGER, Kind.REVIEW_DUE))
                .as("another manager, while the authoriser is there").isEmpty();
    }

    @Test
    @DisplayName("an authoriser who has left: the review goes to whoever may review at that level, and the leaver gets"
            + " nothing (said why)")
    void authoriserWhoLeft() {
        StaffRecord sam = bed.uca.staff.record(Staff.SERVICE_MANAGER.id()).get();
        bed.uca.staff.update(new StaffRecord(sam.member(), sam.email(), sam.jobTitle(), sam.role(),
                Option.some(LocalDate.of(2026, 12, 18))));

        Digests christmasEve = on("2026-12-24T07:00:00Z");

        assertThat(christmasEve.digests().map(Digest::to)).doesNotContain(Staff.SERVICE_MANAGER.id());
        assertThat(itemsOf(christmasEve, Staff.SECOND_SERVICE_MANAGER, Kind.REVIEW_DUE)).hasSize(1);
        assertThat(christmasEve.notSent()).contains(new NotSent(Staff.SERVICE_MANAGER.id(), "has left"));
    }

    @Test
    @DisplayName("policy: a resident not recorded as informed 5 working days after the decision is flagged to the"
            + " authoriser, and no more once they are")
    void residentNotInformed() {
        // decided Sunday 13 December: 14 to 18 December are its 5 working days
        assertThat(itemsOf(on("2026-12-17T07:00:00Z"), Staff.SERVICE_MANAGER, Kind.RESIDENT_NOT_INFORMED)).isEmpty();
        assertThat(itemsOf(on("2026-12-18T07:00:00Z"), Staff.SERVICE_MANAGER, Kind.RESIDENT_NOT_INFORMED))
                .singleElement().satisfies(item -> assertThat(item.what())
                        .isEqualTo("The resident is not recorded as informed of decision 1 (made 5 working days ago)"));

        bed.clock.set(Instant.parse("2026-12-20T10:00:00Z"));
        bed.journey.inform(caseId, decision);
        assertThat(itemsOf(on("2026-12-22T07:00:00Z"), Staff.SERVICE_MANAGER, Kind.RESIDENT_NOT_INFORMED)).isEmpty();
    }

    @Test
    @DisplayName("a manager with nothing due gets no digest; one without an e-mail address gets none (said why)")
    void nothingDueNoDigest() {
        appealed();
        Digests christmasEve = on("2026-12-24T07:00:00Z");
        assertThat(christmasEve.digests().map(Digest::to)).doesNotContain(Staff.DIRECTOR.id(),
                Staff.OFFICER.id());

        StaffRecord aisha = bed.uca.staff.record(Staff.ASSISTANT_DIRECTOR.id()).get();
        bed.uca.staff.update(new StaffRecord(aisha.member(), "", aisha.jobTitle(), aisha.role(), Option.none()));
        Digests again = on("2026-12-24T07:00:00Z");
        assertThat(again.digests().map(Digest::to)).doesNotContain(Staff.ASSISTANT_DIRECTOR.id())
                .contains(Staff.SECOND_ASSISTANT_DIRECTOR.id());
        assertThat(again.notSent()).contains(new NotSent(Staff.ASSISTANT_DIRECTOR.id(), "has no e-mail address"));
    }
}
