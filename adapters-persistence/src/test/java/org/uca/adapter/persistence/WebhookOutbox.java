package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.out.Notifications;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.Webhooks.Attempt;
import org.uca.application.port.out.Webhooks.DeliveryStatus;
import org.uca.application.port.out.Webhooks.EventType;
import org.uca.application.service.UcaApplication;
import org.uca.application.testbed.Journey;
import org.uca.application.testbed.StaffRoles;
import org.uca.domain.cases.CaseId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook outbox (V32): an event is queued with the change it tells of, once per enabled receiving system that
 * takes its type, its CloudEvents body made once; a change rolled back leaves nothing to send.
 */
abstract class WebhookOutbox extends OnADatabase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private long register(EventType... types) {
        return app.webhooks().register(StaffRoles.ADMINISTRATOR.id(), "Repairs system", "https://repairs.example.org/uca",
                List.of(types).map(EventType::type)).get().system().id();
    }

    @Test
    @DisplayName("an authorised restriction is queued, in the change's transaction, as one CloudEvent for each enabled"
            + " system that takes its type, and for no other")
    void anAuthorisedRestrictionIsQueuedForTheSystemsThatTakeIt() {
        long repairs = register(EventType.RESTRICTION_AUTHORISED);
        long crm = register(EventType.RESTRICTION_AUTHORISED, EventType.RESTRICTION_LIFTED);
        long liftsOnly = register(EventType.RESTRICTION_LIFTED);
        long disabled = register(EventType.RESTRICTION_AUTHORISED);
        app.webhooks().enable(StaffRoles.ADMINISTRATOR.id(), disabled, false);
        db.database.webhooksFrom("https://uca.example.org", false);

        CaseId caseId = caseWithContactStandards(ALEX);

        var due = db.database.dueWebhooks(clock.now(), 10);
        assertThat(due.map(d -> d.to().id())).containsExactlyInAnyOrder(repairs, crm);
        assertThat(due.map(d -> d.delivery().eventId()).distinct()).as("one event, one id").hasSize(1);
        JsonNode event = JSON.readTree(due.head().delivery().body());
        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        assertThat(event.get("type").asString()).isEqualTo("uk.org.uca.restriction.authorised.v1");
        assertThat(event.get("id").asString()).isEqualTo(due.head().delivery().eventId());
        assertThat(event.get("data").get("caseId").asString()).isEqualTo(caseId.value().toString());
        assertThat(event.get("data").get("resident").asString()).isEqualTo(ALEX.value());
        assertThat(event.get("data").get("links").get("case").asString())
                .isEqualTo("https://uca.example.org/cases/" + caseId.value());
        assertThat(db.database.dueWebhooks(clock.now(), 10).map(d -> d.to().id())).doesNotContain(liftsOnly,
                disabled);
    }

    @Test
    @DisplayName("a change rolled back after its event was written leaves nothing to send")
    void aRolledBackChangeSendsNothing() {
        register(EventType.RESTRICTION_AUTHORISED);
        Notifications real = ports.notifications();
        Notifications failing = (Notifications) Proxy.newProxyInstance(Notifications.class.getClassLoader(),
                new Class<?>[] {Notifications.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send") && ((Notifications.Notification) args[0]).audience()
                            == Notifications.Audience.TEAMS_INFORMED) {
                        assertThat(db.log.statements()).as("the event was written before the failure")
                                .anyMatch(s -> s.startsWith("insert into webhook_delivery"));
                        throw new IllegalStateException("the notification outbox failed");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Ports p = ports;
        app = new UcaApplication(new Ports(p.cases(), p.caseQueries(), p.residents(), p.staff(), failing, p.audit(),
                p.access(), p.letters(), p.monitoring(), p.readModels(), p.guidance(), p.retention(),
                p.subjectAccess(), p.unitOfWork(), p.clock(), p.workingDays(), p.staffRecords(), p.accounts(),
                p.credentials(), p.machineCredentials(), p.webhooks(), p.workProperties()));
        journey = new Journey(app, clock);

        assertThatThrownBy(() -> caseWithContactStandards(ALEX)).hasMessageContaining("notification outbox failed");

        assertThat(db.database.dueWebhooks(clock.now().plus(Duration.ofDays(1)), 10)).isEmpty();
    }

    @Test
    @DisplayName("the recipients of a resident's data, for their subject access export: each system an event about"
            + " their case was queued for, oldest first, and no other case's")
    void theRecipientsOfACase() {
        register(EventType.RESTRICTION_AUTHORISED);
        app.webhooks().register(StaffRoles.ADMINISTRATOR.id(), "Housing CRM", "https://crm.example.org/in",
                List.of(EventType.RESTRICTION_AUTHORISED.type())).get();
        CaseId caseId = caseWithContactStandards(ALEX);

        var sent = ports.webhooks().sentAbout(caseId);
        assertThat(sent.map(s -> s.system())).containsExactly("Repairs system", "Housing CRM");
        assertThat(sent).allMatch(s -> s.type() == EventType.RESTRICTION_AUTHORISED
                && s.status() == DeliveryStatus.PENDING);
        assertThat(sent.map(s -> s.eventId()).distinct()).hasSize(1);
        assertThat(ports.webhooks().sentAbout(new CaseId(java.util.UUID.randomUUID()))).isEmpty();
    }

    @Test
    @DisplayName("a disabled receiving system is sent nothing, not even what was queued before; enabled again, it is")
    void aDisabledSystemIsSentNothing() {
        long repairs = register(EventType.RESTRICTION_AUTHORISED);
        caseWithContactStandards(ALEX);
        assertThat(db.database.dueWebhooks(clock.now(), 10)).hasSize(1);

        app.webhooks().enable(StaffRoles.ADMINISTRATOR.id(), repairs, false).get();
        assertThat(db.database.dueWebhooks(clock.now(), 10)).isEmpty();
        app.webhooks().enable(StaffRoles.ADMINISTRATOR.id(), repairs, true).get();
        assertThat(db.database.dueWebhooks(clock.now(), 10)).hasSize(1);
    }

    @Test
    @DisplayName("each attempt is logged with its status code or error; a redelivery queues the same event (same"
            + " webhook-id and body) again, and a delivery given up is never due again")
    void attemptsAreLoggedAndARedeliveryIsTheSameEvent() {
        long repairs = register(EventType.RESTRICTION_AUTHORISED);
        caseWithContactStandards(ALEX);
        var first = db.database.dueWebhooks(clock.now(), 10).single().delivery();
        Instant t = clock.now();
        db.database.webhookAttempted(first.id(), new Attempt(t, Option.some(500), Option.some("HTTP 500")), false,
                Option.some(t.plus(Duration.ofMinutes(1))));
        assertThat(db.database.dueWebhooks(t, 10)).as("held back for its back-off").isEmpty();
        db.database.webhookAttempted(first.id(), new Attempt(t.plus(Duration.ofMinutes(1)), Option.none(),
                Option.some("Connection refused")), false, Option.none());
        assertThat(db.database.dueWebhooks(t.plus(Duration.ofDays(1)), 10)).as("given up").isEmpty();

        var log = app.webhooks().deliveries(StaffRoles.ADMINISTRATOR.id(), repairs).get();
        assertThat(log.single().status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(log.single().attempts().map(Attempt::statusCode)).containsExactly(Option.some(500), Option.none());

        var again = app.webhooks().redeliver(StaffRoles.ADMINISTRATOR.id(), repairs, first.id()).get();
        var due = db.database.dueWebhooks(clock.now(), 10).single().delivery();
        assertThat(due.id()).isEqualTo(again.id()).isNotEqualTo(first.id());
        assertThat(due.eventId()).isEqualTo(first.eventId());
        assertThat(due.body()).isEqualTo(first.body());
    }
}
