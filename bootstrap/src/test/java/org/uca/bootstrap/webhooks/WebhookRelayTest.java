package org.uca.bootstrap.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.sun.net.httpserver.HttpServer;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.persistence.DatabaseSettings;
import org.uca.adapter.persistence.UcaDatabase;
import org.uca.application.port.in.DecideAppealUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.LiftRestrictionUseCase;
import org.uca.application.port.in.MarkEnteredInErrorUseCase;
import org.uca.application.port.in.ReviewRestrictionUseCase;
import org.uca.application.port.in.WebhooksUseCase;
import org.uca.application.port.out.Notifications;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Webhooks.DeliveryStatus;
import org.uca.application.port.out.Webhooks.EventType;
import org.uca.application.service.UcaApplication;
import org.uca.application.testbed.Journey;
import org.uca.application.testbed.MovableClock;
import org.uca.application.testbed.StaffRoles;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.cases.WarningId;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Fixtures;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.ResidentId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook relay against a real receiving HTTP server in the test JVM (the JDK's) and a real database (H2):
 * each event is delivered once, signed so the receiver can check it with the published algorithm, retried after a
 * failure, never for a change that was rolled back, and always as its published JSON Schema says.
 */
@DisplayName("The webhook relay posts signed CloudEvents to a real receiving server")
class WebhookRelayTest {

    static final ResidentId ALEX = new ResidentId("R-1001");
    static final ResidentId BEA = new ResidentId("R-1002");
    static final ResidentId CAL = new ResidentId("R-1003");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request the receiver got. */
    record Received(Map<String, java.util.List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }

        JsonNode event() {
            return JSON.readTree(body);
        }
    }

    private final CopyOnWriteArrayList<Received> received = new CopyOnWriteArrayList<>();
    /** The status the receiver answers with, in turn; 204 once they are used up. */
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private HttpServer receiver;
    private UcaDatabase database;
    private MovableClock clock;
    private Ports ports;
    private UcaApplication app;
    private Journey journey;

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/events", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(Map.copyOf(exchange.getRequestHeaders()),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 204 : status, -1);
            exchange.close();
        });
        receiver.start();
        database = UcaDatabase.connect(new DatabaseSettings("jdbc:h2:mem:webhooks-" + UUID.randomUUID()
                + DatabaseSettings.H2_OPTIONS + ";DB_CLOSE_DELAY=-1", "uca", "", 2));
        database.webhooksFrom("https://uca.example.org", true);
        clock = new MovableClock(Fixtures.NOW.minus(Duration.ofDays(40)));
        ports = database.ports(clock, WorkingDays.ENGLAND_AND_WALES);
        app = new UcaApplication(ports);
        journey = new Journey(app, clock);
        StaffRoles.everyone().forEach(e -> {
            database.saveStaff(e._1);
            database.saveAccount("test-" + e._1.id().value(), "test account: no password matches", e._1.id(), e._2);
        });
        database.saveResident(new Resident(ALEX, "Alex Morgan", List.of("Flat 3, 12 Elm Road", "London"), "W10 5AA",
                Option.some("100023336956"), Option.none(), Option.none(), Option.none(), Option.none(),
                Option.none()));
        database.saveResident(new Resident(BEA, "Bea Okafor", "4 Canal Walk, London W9 2PP"));
        database.saveResident(new Resident(CAL, "Cal Mills", List.of("7 Mill Lane", "London"), "E8 1AB",
                Option.some("100000000007"), Option.none(), Option.none(), Option.none(), Option.none(),
                Option.none()));
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        database.close();
    }

    private java.time.LocalDate today() {
        return org.uca.domain.shared.UkTime.dateOf(clock.now());
    }

    private String address() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/events";
    }

    private WebhooksUseCase.Registered register(EventType... types) {
        return app.webhooks().register(StaffRoles.ADMINISTRATOR.id(), "Housing CRM", address(),
                List.of(types).map(EventType::type)).get();
    }

    private WebhookRelay relay() {
        return new WebhookRelay(WebhookRelay.queueOf(database), clock);
    }

    private CaseId caseWithContactStandards(ResidentId resident) {
        CaseId caseId = journey.recordVerbalAbuse(resident).caseId();
        WarningId warning = journey.warn(caseId, List.of(new ActionId(1)));
        var further = journey.recordVerbalAbuse(resident).actions();
        journey.authorise(caseId, Staff.SERVICE_MANAGER, AProposal.contactStandards(Measures.singlePointOfContact(),
                Measures.noEmail()).afterWarning(warning, further));
        return caseId;
    }

    /** The Standard Webhooks check, written from the specification (not UCA's signer): any v1 signature matches. */
    private static boolean signedWith(String secret, Received request) throws Exception {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String content = request.header("webhook-id") + "." + request.header("webhook-timestamp") + "."
                + request.body();
        byte[] expected = mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        for (String signature : request.header("webhook-signature").split(" ")) {
            if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                    Base64.getDecoder().decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    @Test
    @DisplayName("an authorised restriction reaches the receiving system once, as a CloudEvent whose signature checks"
            + " out with the published algorithm and the secret shown at registration")
    void deliveredOnceAndSigned() throws Exception {
        WebhooksUseCase.Registered crm = register(EventType.RESTRICTION_AUTHORISED);
        assertThat(crm.secret()).matches("whsec_[A-Za-z0-9+/]+={0,2}");
        assertThat(Base64.getDecoder().decode(crm.secret().substring(6)).length).isBetween(24, 64);
        CaseId caseId = caseWithContactStandards(ALEX);

        assertThat(relay().relay()).isEqualTo(new WebhookRelay.Relayed(1, 0));
        assertThat(relay().relay()).as("the next run").isEqualTo(new WebhookRelay.Relayed(0, 0));

        Received request = received.get(0);
        assertThat(received).hasSize(1);
        assertThat(signedWith(crm.secret(), request)).as("signature verified").isTrue();
        assertThat(Long.parseLong(request.header("webhook-timestamp"))).isEqualTo(clock.now().getEpochSecond());
        JsonNode event = request.event();
        assertThat(event.get("id").asString()).isEqualTo(request.header("webhook-id"));
        assertThat(event.get("type").asString()).isEqualTo("uk.org.uca.restriction.authorised.v1");
        assertThat(event.get("subject").asString()).isEqualTo("cases/" + caseId.value() + "/decisions/1");
        JsonNode data = event.get("data");
        assertThat(data.get("resident").asString()).isEqualTo("R-1001");
        assertThat(data.get("uprn").asString()).as("from the resident directory").isEqualTo("100023336956");
        assertThat(data.get("measures").values()).extracting(JsonNode::asString)
                .containsExactly("SINGLE_POINT_OF_CONTACT", "EXCLUDED_CONTACT_METHODS");
        assertThat(data.get("links").get("caseApi").asString())
                .isEqualTo("https://uca.example.org/api/cases/" + caseId.value());
        assertThat(request.header("Content-Type")).startsWith("application/cloudevents+json");

        var log = app.webhooks().deliveries(StaffRoles.ADMINISTRATOR.id(), crm.system().id()).get();
        assertThat(log.single().status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(log.single().attempts().single().statusCode()).isEqualTo(Option.some(204));

        String rotated = app.webhooks().rotateSecret(StaffRoles.ADMINISTRATOR.id(), crm.system().id()).get().secret();
        app.webhooks().redeliver(StaffRoles.ADMINISTRATOR.id(), crm.system().id(), log.single().id()).get();
        relay().relay();
        assertThat(received).hasSize(2);
        assertThat(received.get(1).header("webhook-id")).as("the same event").isEqualTo(request.header("webhook-id"));
        assertThat(received.get(1).body()).isEqualTo(request.body());
        assertThat(signedWith(rotated, received.get(1))).as("signed with the new secret").isTrue();
        assertThat(signedWith(crm.secret(), received.get(1))).as("not with the old one").isFalse();
    }

    @Test
    @DisplayName("UK GDPR Article 15: the resident's subject access export names each system their case was sent to,"
            + " what and when, and whether it was delivered; another resident's export names none of it")
    void theSubjectAccessExportNamesTheRecipients() {
        register(EventType.RESTRICTION_AUTHORISED);
        caseWithContactStandards(ALEX);
        relay().relay();
        caseWithContactStandards(BEA);
        answers.add(500);
        relay().relay();

        var alex = app.exportSubjectAccess().export(StaffRoles.DATA_PROTECTION_OFFICER.id(), ALEX).get()
                .sentToOtherSystems();
        var bea = app.exportSubjectAccess().export(StaffRoles.DATA_PROTECTION_OFFICER.id(), BEA).get()
                .sentToOtherSystems();

        assertThat(alex).singleElement().satisfies(sent -> {
            assertThat(sent.system()).isEqualTo("Housing CRM");
            assertThat(sent.type()).isEqualTo(EventType.RESTRICTION_AUTHORISED);
            assertThat(sent.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(sent.eventId()).isEqualTo(received.get(0).header("webhook-id"));
        });
        assertThat(bea).singleElement().satisfies(sent -> {
            assertThat(sent.status()).as("tried, to be tried again").isEqualTo(DeliveryStatus.PENDING);
            assertThat(sent.eventId()).isNotEqualTo(alex.head().eventId());
        });
    }

    @Test
    @DisplayName("a receiver that answers 500 is tried again after the back-off, with the same webhook-id and body,"
            + " and every attempt is in the delivery log")
    void retriedAfterAFailure() {
        WebhooksUseCase.Registered crm = register(EventType.RESTRICTION_AUTHORISED);
        caseWithContactStandards(ALEX);
        answers.add(500);

        assertThat(relay().relay()).isEqualTo(new WebhookRelay.Relayed(0, 1));
        assertThat(relay().relay()).as("not before its back-off").isEqualTo(new WebhookRelay.Relayed(0, 0));
        clock.advance(Duration.ofMinutes(1));
        assertThat(relay().relay()).isEqualTo(new WebhookRelay.Relayed(1, 0));

        assertThat(received).hasSize(2);
        assertThat(received.get(1).header("webhook-id")).isEqualTo(received.get(0).header("webhook-id"));
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        var attempts = app.webhooks().deliveries(StaffRoles.ADMINISTRATOR.id(), crm.system().id()).get().single()
                .attempts();
        assertThat(attempts.map(a -> a.statusCode().get())).containsExactly(500, 204);
        assertThat(attempts.head().error()).isEqualTo(Option.some("HTTP 500"));
    }

    @Test
    @DisplayName("a receiver that never takes it is given up after the last attempt, marked failed, and sent again"
            + " only when an administrator redelivers it")
    void givenUpAfterTheLastAttempt() {
        WebhooksUseCase.Registered crm = register(EventType.RESTRICTION_AUTHORISED);
        caseWithContactStandards(ALEX);
        for (int i = 0; i < WebhookRelay.MOST_ATTEMPTS; i++) {
            answers.add(503);
            relay().relay();
            clock.advance(Duration.ofHours(1));
        }
        assertThat(received).hasSize(WebhookRelay.MOST_ATTEMPTS);
        assertThat(relay().relay()).isEqualTo(new WebhookRelay.Relayed(0, 0));
        var failed = app.webhooks().deliveries(StaffRoles.ADMINISTRATOR.id(), crm.system().id()).get().single();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(WebhookRelay.backOff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(WebhookRelay.backOff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(WebhookRelay.backOff(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(WebhookRelay.backOff(7)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    @DisplayName("nothing is sent for a change that was rolled back after its event was written")
    void nothingSentForARolledBackChange() {
        register(EventType.values());
        Notifications real = ports.notifications();
        Notifications failing = (Notifications) Proxy.newProxyInstance(Notifications.class.getClassLoader(),
                new Class<?>[] {Notifications.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send") && ((Notifications.Notification) args[0]).audience()
                            == Notifications.Audience.TEAMS_INFORMED) {
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
        clock.advance(Duration.ofDays(1));

        assertThat(relay().relay()).isEqualTo(new WebhookRelay.Relayed(0, 0));
        assertThat(received).isEmpty();
    }

    @Test
    @DisplayName("a webhook address that is not https is refused with a field error (plain http only to this machine,"
            + " where the server allows it), and nothing is registered")
    void aNonHttpsAddressIsRefused() {
        Failure refused = app.webhooks().register(StaffRoles.ADMINISTRATOR.id(), "CRM", "http://crm.example.org/events",
                List.of(EventType.RESTRICTION_AUTHORISED.type())).getLeft();
        assertThat(((Failure.Refused) refused).refusal().problems()).extracting(p -> p.field())
                .containsExactly("url");
        database.webhooksFrom("https://uca.example.org", false);
        assertThat(app.webhooks().register(StaffRoles.ADMINISTRATOR.id(), "CRM", address(),
                List.of(EventType.RESTRICTION_AUTHORISED.type())).isLeft()).as("loopback http, not allowed").isTrue();
        assertThat(app.webhooks().receivingSystems(StaffRoles.ADMINISTRATOR.id()).get()).isEmpty();
    }

    @Test
    @DisplayName("payloads carry no free-text reasons: every payload sent for every event type is valid against its"
            + " published JSON Schema, and holds no field the schema does not name")
    void everyPayloadIsAsItsSchemaSays() {
        register(EventType.values());
        CaseId alex = caseWithContactStandards(ALEX);
        DecisionId first = new DecisionId(1);
        app.amendRecords().amend(new org.uca.application.port.in.AmendRecordUseCase.Command(
                Staff.SERVICE_MANAGER.id(), alex, 1, new org.uca.application.port.in.AmendRecordUseCase
                        .DecisionCorrection("Reasons as they should have read.", Option.some(today().plusMonths(5))),
                "The review date was mistyped.")).get();
        journey.review(alex, first, Staff.SERVICE_MANAGER, ReviewOutcome.CONTINUE, Option.some(
                today().plusMonths(3)));
        clock.advance(Duration.ofDays(1));
        app.reviewRestriction().review(new ReviewRestrictionUseCase.Command(Staff.SERVICE_MANAGER.id(), alex, first,
                ReviewOutcome.VARY, List.of(Measures.singlePointOfContact()), "Contact has improved.",
                Option.some(today().plusMonths(3)))).get();
        var appeal = journey.appeal(alex, first).appeal();
        journey.decide(alex, appeal, Staff.ASSISTANT_DIRECTOR, AppealOutcome.DECISION_VARIED,
                Measures.singlePointOfContact(), Measures.noEmail());
        clock.advance(Duration.ofDays(1));
        app.liftRestriction().lift(new LiftRestrictionUseCase.Command(Staff.SERVICE_MANAGER.id(), alex, first,
                "No incidents for six months.", Option.none())).get();
        CaseId bea = caseWithContactStandards(BEA);
        clock.advance(Duration.ofDays(1));
        app.markEnteredInError().markEnteredInError(new MarkEnteredInErrorUseCase.Command(Staff.SERVICE_MANAGER.id(),
                bea, EnteredInError.Part.DECISION, 1, "Recorded on the wrong resident.", Option.none())).get();
        CaseId cal = journey.recordVerbalAbuse(CAL).caseId();
        WarningId warned = journey.warn(cal, List.of(new ActionId(1)));
        journey.authorise(cal, Staff.SERVICE_MANAGER, AProposal.contactStandards(Measures.accompaniedOnly())
                .afterWarning(warned, journey.recordVerbalAbuse(CAL).actions()).forTheProperty());
        journey.decide(cal, journey.appeal(cal, first).appeal(), Staff.ASSISTANT_DIRECTOR,
                AppealOutcome.DECISION_OVERTURNED);

        CaseId bea2 = journey.recordVerbalAbuse(BEA).caseId();
        assertThat(bea2).isEqualTo(bea);
        WarningId second = journey.warn(bea, List.of(new ActionId(3)));
        var again = journey.recordVerbalAbuse(BEA).actions();
        journey.authorise(bea, Staff.SERVICE_MANAGER, AProposal.contactStandards(Measures.singlePointOfContact(),
                Measures.noEmail()).afterWarning(second, again));
        clock.advance(Duration.ofDays(1));
        app.authoriseMeasures().authorise(new org.uca.application.port.in.AuthoriseMeasuresUseCase.Command(
                Staff.SERVICE_MANAGER.id(), bea, AProposal.contactStandards(Measures.singlePointOfContact())
                        .afterWarning(second, again).decidedOn(today()).build()
                        .whileInForce(new org.uca.domain.cases.WhileInForce.Replaces(new DecisionId(2))))).get();

        relay().relay();

        Seq<String> types = List.ofAll(received).map(r -> r.event().get("type").asString());
        assertThat(types.distinct()).containsExactlyInAnyOrderElementsOf(List.of(EventType.values())
                .map(EventType::type));
        assertThat(List.ofAll(received).map(Received::event).filter(e -> e.at("/data/heldOnProperty").isString()))
                .as("the property marker is sent, and checked against the schemas too").isNotEmpty()
                .allMatch(e -> e.at("/data/heldOnProperty").asString().equals("100000000007"));
        assertThat(List.ofAll(received).map(Received::event).filter(e -> e.at("/data/cause").asString("")
                .equals("appeal") && e.get("type").asString().endsWith("lifted.v1"))).as("overturned: lifted")
                .hasSize(1);
        assertThat(List.ofAll(received).map(r -> r.event().at("/data/cause").asString("")).distinct())
                .as("every cause a variation or lifting has, checked against the schemas")
                .contains("replacement", "review", "appeal", "correction", "lifted");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (Received request : received) {
            String type = request.event().get("type").asString();
            JsonNode schemaJson = schema(type);
            Schema schema = registry.getSchema(schemaJson.toString());
            // formats (uuid, date-time, date, uri) asserted, not only annotated as 2020-12 leaves them by default
            java.util.List<Error> errors = schema.validate(request.body(), InputFormat.JSON,
                    context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
            assertThat(errors).as("%s against its schema: %s", type, request.body()).isEmpty();
            assertThat(unnamed(request.event(), schemaJson, "")).as("fields of %s its schema does not name", type)
                    .isEmpty();
            assertThat(request.body()).as("no free text from the case").doesNotContain("Recorded on the wrong",
                    "No incidents", "Contact has improved", "Reviewed the recordings", "abusive", "upset");
        }
    }

    private static JsonNode schema(String type) {
        try (InputStream in = WebhookRelayTest.class.getResourceAsStream("/events/schemas/" + type + ".json")) {
            assertThat(in).as("a published schema for " + type).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every field of the payload (at any depth) that the schema's properties do not name. */
    private static Seq<String> unnamed(JsonNode value, JsonNode schema, String path) {
        Seq<String> found = List.empty();
        if (!value.isObject()) {
            return found;
        }
        JsonNode properties = schema.get("properties");
        for (Iterator<String> names = value.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (properties == null || !properties.has(name)) {
                found = found.append(path + name);
            } else {
                found = found.appendAll(unnamed(value.get(name), properties.get(name), path + name + "."));
            }
        }
        return found;
    }
}
