package org.uca.application.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.Notifications.Audience;
import org.uca.application.port.out.Notifications.Notification;
import org.uca.application.port.out.Webhooks.Event;
import org.uca.application.port.out.Webhooks.EventType;
import org.uca.application.testbed.StaffRoles;
import org.uca.application.testbed.Testbed;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.DecisionStatus;
import org.uca.domain.cases.LapseRule;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.cases.WarningId;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.shared.UkTime;

/**
 * Restrictions lapse unless reviewed (issue 15 §4): LGSCO's guidance says restrictions should be reviewed and should
 * not stay in place indefinitely; the policy says decisions are reviewed.
 */
@DisplayName("Restrictions not reviewed in time lapse: they should not stay in place indefinitely")
class LapsingRestrictionsTest {

    private static final DecisionId FIRST = new DecisionId(1);

    private final Testbed bed = new Testbed();

    private CaseId restricted() {
        CaseId caseId = bed.journey.recordVerbalAbuse(Testbed.ALEX).caseId();
        WarningId warning = bed.journey.warn(caseId, List.of(new ActionId(1)));
        var further = bed.journey.recordVerbalAbuse(Testbed.ALEX).actions();
        bed.journey.authorise(caseId, Staff.SERVICE_MANAGER, AProposal.contactStandards(
                Measures.singlePointOfContact(), Measures.noEmail()).afterWarning(warning, further)
                .teamsInformed("Repairs"));
        return caseId;
    }

    private LocalDate reviewDate(CaseId caseId) {
        return bed.uca.cases.find(caseId).get().decision(FIRST).get().reviewDate();
    }

    private void setDate(LocalDate date) {
        bed.clock.set(date.atTime(7, 0).atZone(UkTime.ZONE).toInstant());
    }

    private LocalDate lastDayOfGrace(CaseId caseId) {
        return WorkingDays.ENGLAND_AND_WALES.addWorkingDays(reviewDate(caseId), 10);
    }

    @Test
    @DisplayName("a restriction not reviewed by its review date lapses after the grace period: it leaves the"
            + " guidance, the resident gets a letter, the authoriser and the Service Development Team are told, and"
            + " other systems hear it was lifted because it lapsed")
    void lapses() {
        CaseId caseId = restricted();
        bed.app.webhooks().register(StaffRoles.ADMINISTRATOR.id(), "Housing CRM", "https://crm.example.org/uca",
                List.of(EventType.values()).map(EventType::type)).get();
        LocalDate lapsedOn = lastDayOfGrace(caseId).plusDays(1);
        setDate(lapsedOn);
        int notificationsBefore = bed.uca.notifications.sent().size();

        var run = bed.app.lapseRestrictions().lapseRestrictions(LapseRule.DEFAULT_GRACE_WORKING_DAYS).get();

        assertThat(run.lapsed()).isEqualTo(1);
        var stored = bed.uca.cases.find(caseId).get();
        assertThat(stored.decision(FIRST).get().status()).isEqualTo(DecisionStatus.LAPSED);
        assertThat(stored.lapsedOn(FIRST)).contains(lapsedOn);
        assertThat(stored.history().last().by()).isEqualTo(LapseRule.UCA);
        assertThat(bed.app.contactGuidance().guidanceFor(Staff.OFFICER.id(), Testbed.ALEX).get().restricted())
                .as("it leaves the guidance").isFalse();

        Letter letter = bed.uca.letters.issued().last();
        assertThat(letter.kind()).isEqualTo(Letter.Kind.LAPSE);
        assertThat(letter.date()).isEqualTo(lapsedOn);
        assertThat(letter.reference()).endsWith("/D1-L");
        assertThat(letter.plainText()).contains("We did not review them by that date",
                "The restrictions in that decision no longer apply.", "Housing Ombudsman");
        assertThat(bed.app.letters().letter(Staff.OFFICER.id(), caseId, new LetterQuery.Which.ForLapse(FIRST)).get())
                .as("read again from the case, as sent").isEqualTo(letter);

        List<Notification> told = List.ofAll(bed.uca.notifications.sent()).drop(notificationsBefore);
        assertThat(told.map(Notification::audience)).containsExactlyInAnyOrder(Audience.SERVICE_DEVELOPMENT_TEAM,
                Audience.TEAMS_INFORMED);
        Notification authoriser = told.find(n -> n.audience() == Audience.TEAMS_INFORMED).get();
        assertThat(authoriser.teams()).contains(Staff.SERVICE_MANAGER.team(), "Repairs");
        assertThat(authoriser.body()).contains("For " + Staff.SERVICE_MANAGER.name());

        Event event = bed.uca.webhooks.published().last();
        assertThat(event.type()).isEqualTo(EventType.RESTRICTION_LIFTED);
        assertThat(event.details().get("cause").get()).isEqualTo("lapsed");
        assertThat(event.status()).isEqualTo(DecisionStatus.LAPSED);

        AuditLog.Entry audited = bed.uca.audit.forCase(caseId).last();
        assertThat(audited.who()).isEqualTo(LapseRule.UCA);
        assertThat(audited.command()).isEqualTo("lapse a restriction not reviewed in time");
    }

    @Test
    @DisplayName("a restriction whose notice is withheld lapses without telling the authoriser the resident was sent a"
            + " letter: no letter is sent while notice is withheld, until an Assistant Director ends the withholding")
    void theAuthoriserIsNotToldALetterWasSentWhileNoticeIsWithheld() {
        CaseId caseId = restricted();
        bed.app.withholdNotice().withholdNotice(new org.uca.application.port.in.WithholdNoticeUseCase.Command(
                Staff.ASSISTANT_DIRECTOR.id(), caseId, FIRST, "The police ask that he is not told yet.",
                UkTime.dateOf(bed.clock.now()).plusMonths(1))).get();
        setDate(lastDayOfGrace(caseId).plusDays(1));
        int notificationsBefore = bed.uca.notifications.sent().size();

        assertThat(bed.app.lapseRestrictions().lapseRestrictions(LapseRule.DEFAULT_GRACE_WORKING_DAYS).get().lapsed())
                .isEqualTo(1);

        Notification authoriser = List.ofAll(bed.uca.notifications.sent()).drop(notificationsBefore)
                .find(n -> n.audience() == Audience.TEAMS_INFORMED).get();
        assertThat(authoriser.body()).contains("Notice of it is withheld from the resident, so no letter is sent to"
                + " them until an Assistant Director or above ends the withholding.")
                .doesNotContain("has been sent a letter");
    }

    @Test
    @DisplayName("running twice lapses once: no second letter, notification or event")
    void idempotent() {
        CaseId caseId = restricted();
        setDate(lastDayOfGrace(caseId).plusDays(3));
        assertThat(bed.app.lapseRestrictions().lapseRestrictions(10).get().lapsed()).isEqualTo(1);
        int letters = bed.uca.letters.issued().size();
        int notifications = bed.uca.notifications.sent().size();
        long version = bed.uca.cases.find(caseId).get().version();

        assertThat(bed.app.lapseRestrictions().lapseRestrictions(10).get().lapsed()).isZero();

        assertThat(bed.uca.letters.issued()).hasSize(letters);
        assertThat(bed.uca.notifications.sent()).hasSize(notifications);
        assertThat(bed.uca.cases.find(caseId).get().version()).isEqualTo(version);
    }

    @Test
    @DisplayName("a restriction still in its grace period, or reviewed in time, stays in force")
    void notYetOrReviewed() {
        CaseId caseId = restricted();
        setDate(lastDayOfGrace(caseId));
        assertThat(bed.app.lapseRestrictions().lapseRestrictions(10).get().lapsed()).as("last day of grace").isZero();

        LocalDate next = reviewDate(caseId).plusMonths(3);
        bed.journey.review(caseId, FIRST, Staff.SERVICE_MANAGER, ReviewOutcome.CONTINUE, Option.some(next));
        setDate(lastDayOfGrace(caseId).minusMonths(2));
        assertThat(bed.app.lapseRestrictions().lapseRestrictions(10).get().lapsed()).isZero();
        assertThat(bed.uca.cases.find(caseId).get().decision(FIRST).get().inForce()).isTrue();
    }

    @Test
    @DisplayName("a configured grace period is used; a negative one is refused with the field named")
    void configuredGrace() {
        CaseId caseId = restricted();
        setDate(reviewDate(caseId).plusDays(1));
        assertThat(bed.app.lapseRestrictions().lapseRestrictions(0).get().lapsed()).isEqualTo(1);

        var refused = bed.app.lapseRestrictions().lapseRestrictions(-1).getLeft();
        assertThat(refused).isInstanceOf(Failure.Refused.class);
        assertThat(((Failure.Refused) refused).refusal().problems().head().field()).isEqualTo("graceWorkingDays");
    }

    @Test
    @DisplayName("the letter of a decision that did not lapse is not found")
    void noLetterWithoutLapse() {
        CaseId caseId = restricted();
        assertThat(bed.app.letters().letter(Staff.OFFICER.id(), caseId, new LetterQuery.Which.ForLapse(FIRST))
                .getLeft()).isInstanceOf(Failure.NotFound.class);
    }
}
