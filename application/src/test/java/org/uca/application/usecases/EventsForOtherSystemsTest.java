package org.uca.application.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.LiftRestrictionUseCase;
import org.uca.application.port.in.MarkEnteredInErrorUseCase;
import org.uca.application.port.in.ReviewRestrictionUseCase;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Webhooks.Event;
import org.uca.application.port.out.Webhooks.EventType;
import org.uca.application.testbed.StaffRoles;
import org.uca.application.testbed.Testbed;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.DecisionStatus;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.cases.WarningId;
import org.uca.domain.cases.WhileInForce;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.shared.UkTime;

/**
 * Events for the landlord's other systems (issue 14 §2): which change tells them what, only where a system takes
 * it, and who may register a system at which address.
 */
@DisplayName("Events for the landlord's other systems")
class EventsForOtherSystemsTest {

    private final Testbed bed = new Testbed();

    private void registerForEverything() {
        bed.app.webhooks().register(StaffRoles.ADMINISTRATOR.id(), "Housing CRM", "https://crm.example.org/uca",
                List.of(EventType.values()).map(EventType::type)).get();
    }

    private CaseId restricted() {
        CaseId caseId = bed.journey.recordVerbalAbuse(Testbed.ALEX).caseId();
        WarningId warning = bed.journey.warn(caseId, List.of(new ActionId(1)));
        var further = bed.journey.recordVerbalAbuse(Testbed.ALEX).actions();
        bed.journey.authorise(caseId, Staff.SERVICE_MANAGER, AProposal.contactStandards(
                Measures.singlePointOfContact(), Measures.noEmail()).afterWarning(warning, further));
        return caseId;
    }

    private LocalDate today() {
        return UkTime.dateOf(bed.clock.now());
    }

    private List<EventType> published() {
        return List.ofAll(bed.uca.webhooks.published()).map(Event::type);
    }

    @Test
    @DisplayName("with no system registered for it, a change tells no one (and nothing is made)")
    void noSystemNoEvent() {
        restricted();
        assertThat(bed.uca.webhooks.published()).isEmpty();
    }

    @Test
    @DisplayName("each change tells what it is: authorised; reviewed (and varied, when the review varies it); an"
            + " appeal decided (and varied); lifted; entered in error")
    void eachChangeTellsWhatItIs() {
        registerForEverything();
        CaseId caseId = restricted();
        DecisionId first = new DecisionId(1);
        assertThat(published()).containsExactly(EventType.RESTRICTION_AUTHORISED);
        Event authorised = bed.uca.webhooks.published().head();
        assertThat(authorised.measures()).containsExactly(MeasureKind.SINGLE_POINT_OF_CONTACT,
                MeasureKind.EXCLUDED_CONTACT_METHODS);
        assertThat(authorised.status()).isEqualTo(DecisionStatus.IN_FORCE);
        assertThat(authorised.reviewDate().isDefined()).isTrue();

        bed.journey.review(caseId, first, Staff.SERVICE_MANAGER, ReviewOutcome.CONTINUE,
                Option.some(today().plusMonths(3)));
        bed.clock.advance(Duration.ofDays(1));
        bed.app.reviewRestriction().review(new ReviewRestrictionUseCase.Command(Staff.SERVICE_MANAGER.id(), caseId,
                first, ReviewOutcome.VARY, List.of(Measures.singlePointOfContact()), "Contact has improved.",
                Option.some(today().plusMonths(3)))).get();
        assertThat(published().drop(1)).containsExactly(EventType.RESTRICTION_REVIEWED,
                EventType.RESTRICTION_REVIEWED, EventType.RESTRICTION_VARIED);
        assertThat(bed.uca.webhooks.published().last().measures()).containsExactly(
                MeasureKind.SINGLE_POINT_OF_CONTACT);

        var appeal = bed.journey.appeal(caseId, first).appeal();
        bed.journey.decide(caseId, appeal, Staff.ASSISTANT_DIRECTOR, AppealOutcome.DECISION_VARIED,
                Measures.singlePointOfContact(), Measures.noEmail());
        assertThat(published().drop(4)).containsExactly(EventType.APPEAL_DECIDED, EventType.RESTRICTION_VARIED);

        bed.clock.advance(Duration.ofDays(1));
        bed.app.liftRestriction().lift(new LiftRestrictionUseCase.Command(Staff.SERVICE_MANAGER.id(), caseId, first,
                "No incidents for six months.", Option.none())).get();
        Event lifted = bed.uca.webhooks.published().last();
        assertThat(lifted.type()).isEqualTo(EventType.RESTRICTION_LIFTED);
        assertThat(lifted.status()).isEqualTo(DecisionStatus.LIFTED);
        assertThat(lifted.reviewDate()).as("no review of a restriction no longer in force").isEmpty();
    }

    @Test
    @DisplayName("a decision overturned on appeal no longer applies: the systems are told it is lifted, because of the"
            + " appeal, as well as that the appeal was decided")
    void anOverturnedDecisionIsLifted() {
        registerForEverything();
        CaseId caseId = restricted();
        var appeal = bed.journey.appeal(caseId, new DecisionId(1)).appeal();
        bed.journey.decide(caseId, appeal, Staff.ASSISTANT_DIRECTOR, AppealOutcome.DECISION_OVERTURNED);
        assertThat(published()).containsExactly(EventType.RESTRICTION_AUTHORISED, EventType.APPEAL_DECIDED,
                EventType.RESTRICTION_LIFTED);
        Event lifted = bed.uca.webhooks.published().last();
        assertThat(lifted.status()).isEqualTo(DecisionStatus.OVERTURNED);
        assertThat(lifted.details().get("cause").get()).isEqualTo("appeal");
        assertThat(lifted.reviewDate()).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = AppealOutcome.class, names = {"DECISION_VARIED",
            "DECISION_OVERTURNED"})
    @DisplayName("an appeal decided after its restriction was lifted changes nothing in force: the systems are told"
            + " the appeal was decided, and are not told again that it was lifted, or that it was varied")
    void anAppealAfterTheLiftTellsOnlyTheDecision(AppealOutcome outcome) {
        registerForEverything();
        CaseId caseId = restricted();
        var appeal = bed.journey.appeal(caseId, new DecisionId(1)).appeal();
        bed.clock.advance(Duration.ofDays(1));
        bed.app.liftRestriction().lift(new LiftRestrictionUseCase.Command(Staff.SERVICE_MANAGER.id(), caseId,
                new DecisionId(1), "No incidents since.", Option.none())).get();
        if (outcome == AppealOutcome.DECISION_VARIED) {
            bed.journey.decide(caseId, appeal, Staff.ASSISTANT_DIRECTOR, outcome, Measures.singlePointOfContact());
        } else {
            bed.journey.decide(caseId, appeal, Staff.ASSISTANT_DIRECTOR, outcome);
        }
        assertThat(published()).containsExactly(EventType.RESTRICTION_AUTHORISED, EventType.RESTRICTION_LIFTED,
                EventType.APPEAL_DECIDED);
        assertThat(bed.uca.webhooks.published().last().status()).isEqualTo(DecisionStatus.LIFTED);
    }

    @Test
    @DisplayName("a restriction's review date corrected tells the systems its new review date (a variation by"
            + " correction); a correction of its reasons alone, which they are never sent, tells them nothing")
    void aCorrectedReviewDateIsTold() {
        registerForEverything();
        CaseId caseId = restricted();
        LocalDate corrected = today().plusMonths(2);
        bed.app.amendRecords().amend(new org.uca.application.port.in.AmendRecordUseCase.Command(
                Staff.SERVICE_MANAGER.id(), caseId, 1, new org.uca.application.port.in.AmendRecordUseCase
                        .DecisionCorrection("The reasons, as they should have read.", Option.none()),
                "Typed from the wrong note.")).get();
        assertThat(published()).containsExactly(EventType.RESTRICTION_AUTHORISED);

        bed.app.amendRecords().amend(new org.uca.application.port.in.AmendRecordUseCase.Command(
                Staff.SERVICE_MANAGER.id(), caseId, 1, new org.uca.application.port.in.AmendRecordUseCase
                        .DecisionCorrection("The reasons, as they should have read.", Option.some(corrected)),
                "The review date was mistyped.")).get();
        assertThat(published()).containsExactly(EventType.RESTRICTION_AUTHORISED, EventType.RESTRICTION_VARIED);
        Event varied = bed.uca.webhooks.published().last();
        assertThat(varied.details().get("cause").get()).isEqualTo("correction");
        assertThat(varied.reviewDate()).contains(corrected);
    }

    @Test
    @DisplayName("a restriction authorised for the property names the property it is held on, which stays when the"
            + " resident moves, beside the resident's home now; one about the person names no property held")
    void theHeldPropertyStaysWhenTheResidentMoves() {
        registerForEverything();
        bed.uca.residents.add(new org.uca.application.port.out.ResidentDirectory.Resident(Testbed.ALEX,
                "Alex Morgan", List.of("Flat 3, 12 Elm Road", "London"), "W10 5AA", Option.some("100000000001"),
                Option.none(), Option.none(), Option.none(), Option.none(), Option.none()));
        CaseId caseId = bed.journey.recordVerbalAbuse(Testbed.ALEX).caseId();
        WarningId warning = bed.journey.warn(caseId, List.of(new ActionId(1)));
        var further = bed.journey.recordVerbalAbuse(Testbed.ALEX).actions();
        bed.journey.authorise(caseId, Staff.SERVICE_MANAGER, AProposal.contactStandards(Measures.accompaniedOnly())
                .afterWarning(warning, further).forTheProperty());
        Event authorised = bed.uca.webhooks.published().last();
        assertThat(authorised.uprn()).contains("100000000001");
        assertThat(authorised.heldOn()).contains("100000000001");

        bed.uca.residents.add(new org.uca.application.port.out.ResidentDirectory.Resident(Testbed.ALEX,
                "Alex Morgan", List.of("1 New Place", "Leeds"), "LS2 7EE", Option.some("100000000003"),
                Option.none(), Option.none(), Option.none(), Option.none(), Option.none()));
        bed.journey.review(caseId, new DecisionId(1), Staff.SERVICE_MANAGER, ReviewOutcome.CONTINUE,
                Option.some(today().plusMonths(3)));
        Event reviewed = bed.uca.webhooks.published().last();
        assertThat(reviewed.uprn()).as("the resident's home now").contains("100000000003");
        assertThat(reviewed.heldOn()).as("the property it was authorised for").contains("100000000001");

        restrictedPersonOnly();
        assertThat(bed.uca.webhooks.published().last().heldOn()).isEmpty();
    }

    private void restrictedPersonOnly() {
        CaseId caseId = bed.journey.recordVerbalAbuse(Testbed.BEA).caseId();
        WarningId warning = bed.journey.warn(caseId, List.of(new ActionId(1)));
        var further = bed.journey.recordVerbalAbuse(Testbed.BEA).actions();
        bed.journey.authorise(caseId, Staff.SERVICE_MANAGER, AProposal.contactStandards(
                Measures.singlePointOfContact()).afterWarning(warning, further));
    }

    @Test
    @DisplayName("a decision entered in error tells the systems it no longer applies; an action entered in error"
            + " tells them nothing")
    void enteredInError() {
        registerForEverything();
        CaseId caseId = restricted();
        bed.clock.advance(Duration.ofDays(1));
        bed.app.markEnteredInError().markEnteredInError(new MarkEnteredInErrorUseCase.Command(
                Staff.SERVICE_MANAGER.id(), caseId, EnteredInError.Part.DECISION, 1, "Recorded on the wrong resident.",
                Option.none())).get();
        assertThat(published()).containsExactly(EventType.RESTRICTION_AUTHORISED,
                EventType.RESTRICTION_ENTERED_IN_ERROR);
        assertThat(bed.uca.webhooks.published().last().status()).isEqualTo(DecisionStatus.ENTERED_IN_ERROR);
    }

    @Test
    @DisplayName("a new decision replacing the one in force is a variation: the new decision, naming the one it"
            + " replaces")
    void aReplacingDecisionIsAVariation() {
        registerForEverything();
        CaseId caseId = bed.journey.recordVerbalAbuse(Testbed.ALEX).caseId();
        WarningId warning = bed.journey.warn(caseId, List.of(new ActionId(1)));
        var further = bed.journey.recordVerbalAbuse(Testbed.ALEX).actions();
        bed.journey.authorise(caseId, Staff.SERVICE_MANAGER, AProposal.contactStandards(
                Measures.singlePointOfContact(), Measures.noEmail()).afterWarning(warning, further));
        bed.clock.advance(Duration.ofDays(1));
        var proposal = AProposal.contactStandards(Measures.singlePointOfContact()).afterWarning(warning, further)
                .decidedOn(today()).build().whileInForce(new WhileInForce.Replaces(new DecisionId(1)));
        bed.app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(Staff.SERVICE_MANAGER.id(),
                caseId, proposal)).get();

        assertThat(published()).containsExactly(EventType.RESTRICTION_AUTHORISED, EventType.RESTRICTION_VARIED);
        Event varied = bed.uca.webhooks.published().last();
        assertThat(varied.decision()).isEqualTo(new DecisionId(2));
        assertThat(varied.details().get("cause").get()).isEqualTo("replacement");
        assertThat(varied.details().get("replacesDecision").get()).isEqualTo(1);
    }

    @Test
    @DisplayName("a refused change tells no one")
    void aRefusedChangeTellsNoOne() {
        registerForEverything();
        CaseId caseId = restricted();
        int before = bed.uca.webhooks.published().size();
        assertThat(bed.app.liftRestriction().lift(new LiftRestrictionUseCase.Command(Staff.OFFICER.id(), caseId,
                new DecisionId(1), "No incidents.", Option.none())).isLeft()).isTrue();
        assertThat(bed.uca.webhooks.published()).hasSize(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://crm.example.org/uca", "ftp://crm.example.org/uca", "crm.example.org/uca",
            "https:///no-host", "https://user:pass@crm.example.org/uca", "", "http://10.0.0.5/uca"})
    @DisplayName("bad input: a webhook URL that is not https (but loopback where allowed) is refused on url, and"
            + " nothing is registered or audited as done")
    void aUrlThatIsNotHttpsIsRefused(String url) {
        var refused = bed.app.webhooks().register(StaffRoles.ADMINISTRATOR.id(), "CRM", url,
                List.of(EventType.APPEAL_DECIDED.type()));
        assertThat(((Failure.Refused) refused.getLeft()).refusal().problems()).extracting(p -> p.field())
                .containsExactly("url");
        assertThat(bed.uca.webhooks.subscriptions()).isEmpty();
        assertThat(bed.uca.audit.all()).noneMatch(e -> e.outcome() == AuditLog.Outcome.ACCEPTED);
    }

    @Test
    @DisplayName("plain http to this machine is allowed only where the server says so (tests, development)")
    void loopbackOnlyWhereAllowed() {
        bed.uca.webhooks.loopbackHttpAllowed = false;
        assertThat(bed.app.webhooks().register(StaffRoles.ADMINISTRATOR.id(), "CRM", "http://127.0.0.1:8081/in",
                List.of(EventType.APPEAL_DECIDED.type())).isLeft()).isTrue();
        bed.uca.webhooks.loopbackHttpAllowed = true;
        assertThat(bed.app.webhooks().register(StaffRoles.ADMINISTRATOR.id(), "CRM", "http://127.0.0.1:8081/in",
                List.of(EventType.APPEAL_DECIDED.type())).isRight()).isTrue();
        assertThat(bed.app.webhooks().register(StaffRoles.ADMINISTRATOR.id(), "CRM", "http://localhost.example.org/",
                List.of(EventType.APPEAL_DECIDED.type())).isLeft()).as("not this machine").isTrue();
    }

    @Test
    @DisplayName("an unknown event type or none is refused on types; the secret is Standard Webhooks' whsec_ and"
            + " 32 random bytes; registering is audited, never with the secret")
    void typesSecretAndAudit() {
        var unknown = bed.app.webhooks().register(StaffRoles.ADMINISTRATOR.id(), "CRM", "https://crm.example.org/",
                List.of("uk.org.uca.nothing.v1"));
        assertThat(((Failure.Refused) unknown.getLeft()).refusal().problems()).extracting(p -> p.field())
                .containsExactly("types");
        var made = bed.app.webhooks().register(StaffRoles.ADMINISTRATOR.id(), "CRM", "https://crm.example.org/",
                List.of(EventType.APPEAL_DECIDED.type())).get();
        assertThat(made.secret()).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(made.secret().substring(6))).hasSize(32);
        AuditLog.Entry entry = bed.uca.audit.all().last();
        assertThat(entry.who()).isEqualTo(StaffRoles.ADMINISTRATOR.id());
        assertThat(entry.why()).contains("CRM").contains("https://crm.example.org/").doesNotContain(made.secret());
        assertThat(bed.app.webhooks().register(Staff.SERVICE_MANAGER.id(), "CRM", "https://crm.example.org/",
                List.of(EventType.APPEAL_DECIDED.type())).getLeft()).isInstanceOf(Failure.NotPermitted.class);
    }
}
