package org.uca.bootstrap.drills;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.uca.domain.cases.InformedHow;
import org.uca.domain.cases.ResidentInformed;
import org.uca.application.port.in.RecordResidentInformedUseCase;
import org.uca.adapter.persistence.DatabaseSettings;
import org.uca.adapter.persistence.SharedPostgres;
import org.uca.adapter.persistence.UcaDatabase;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.LodgeAppealUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.application.service.UcaApplication;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.ActionKind;
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.AffectedParty;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.MeasuresProposal;
import org.uca.domain.cases.WarningId;
import org.uca.domain.cases.WhileInForce;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ResidentId;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.bootstrap.drills.ConcurrentWriters.Attempt;
import static org.uca.bootstrap.drills.ConcurrentWriters.CaseState;
import static org.uca.bootstrap.drills.ConcurrentWriters.Outcome;
import static org.uca.bootstrap.drills.ConcurrentWriters.Result;

/**
 * Drill: fifty members of staff change the same case at the same moment. A landlord relies on no change being lost
 * silently: each one is either on the case or its author was told plainly that someone else got there first, and the
 * audit log shows every attempt once.
 */
@DisplayName("Drill: 50 staff change the same case at once")
class ConcurrentWritersDrillTest {

    enum Store { H2, POSTGRESQL }

    private static final ResidentId ALEX = new ResidentId("R-ALEX");

    // ---- through the application on the database ports --------------------------------------------------------

    @ParameterizedTest(name = "through the application on {0}")
    @EnumSource(Store.class)
    @DisplayName("through the application: every accepted change is kept, every other writer is told of the conflict,"
            + " one audit entry per attempt, version = before + accepted")
    void noChangeIsLostThroughTheApplication(Store store) throws Exception {
        String url = store == Store.H2
                ? "jdbc:h2:mem:drill-writers-" + UUID.randomUUID() + DatabaseSettings.H2_OPTIONS + ";DB_CLOSE_DELAY=-1"
                : SharedPostgres.freshDatabase().jdbcUrl();
        String user = store == Store.H2 ? "uca" : "postgres";
        try (UcaDatabase database = UcaDatabase.connect(new DatabaseSettings(url, user, "", 10))) {
            Ports ports = database.ports(Instant::now, WorkingDays.ENGLAND_AND_WALES);
            UcaApplication app = new UcaApplication(ports);
            // Each with an account giving their role: officers, and managers at their own level.
            Staff.everyone().forEach(member -> {
                database.saveStaff(member);
                database.saveAccount("drill-" + member.id().value(), "drill account: no password matches",
                        member.id(), member.authority() == AuthorityLevel.NONE ? Role.OFFICER
                                : Role.valueOf(member.authority().name()));
            });
            database.saveResident(new Resident(ALEX, "Alex Morgan", "Flat 3, 12 Elm Road"));

            // A case with a warning, a further action after it, and one decision in force.
            CaseId caseId = ok(app.recordUnacceptableActions().recordActions(record(Instant.now()
                    .minus(Duration.ofHours(1))))).caseId();
            ok(app.issueWarning().issueWarning(new IssueWarningUseCase.Command(Staff.OFFICER.id(), caseId,
                    List.of(new ActionId(1)), "Abuse of staff is unacceptable.", "Keep calls polite.")));
            Thread.sleep(5);
            ok(app.recordUnacceptableActions().recordActions(record(Instant.now())));
            DecisionId decision = ok(app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(
                    Staff.SERVICE_MANAGER.id(), caseId, proposal())));
            ok(app.recordResidentInformed().recordResidentInformed(new RecordResidentInformedUseCase.Command(
                    Staff.OFFICER.id(), caseId, decision, new ResidentInformed(Instant.now(), Staff.OFFICER.id(),
                    InformedHow.LETTER))));

            CaseState before = state(ports, caseId);
            Map<Outcome, Long> auditBefore = ConcurrentWriters.audit(url, user);
            long auditTotalBefore = ConcurrentWriters.auditTotal(url, user);

            java.util.List<Result> results = ConcurrentWriters.runTogether(writer -> {
                Attempt attempt = Attempt.of(writer);
                Either<Failure, ?> outcome = switch (attempt) {
                    case RECORD_ACTION -> app.recordUnacceptableActions().recordActions(
                            record(Instant.now().minus(Duration.ofMinutes(writer + 1))));
                    case AUTHORISE_MEASURES -> app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(
                            Staff.SERVICE_MANAGER.id(), caseId, proposal()));
                    case LODGE_APPEAL -> app.lodgeAppeal().lodgeAppeal(new LodgeAppealUseCase.Command(
                            Staff.OFFICER.id(), caseId, new DecisionId(1), today(),
                            "The resident says the calls were about an urgent repair."));
                };
                return result(attempt, outcome);
            });

            System.out.println("[drill] application on " + store + " outcomes: " + results.stream().collect(
                    java.util.stream.Collectors.groupingBy(r -> r.attempt() + "/" + r.outcome(),
                            java.util.TreeMap::new, java.util.stream.Collectors.counting())));
            String summary = ConcurrentWriters.assertAccountedFor(results, before, state(ports, caseId), auditBefore,
                    auditTotalBefore, ConcurrentWriters.audit(url, user),
                    ConcurrentWriters.auditTotal(url, user));
            System.out.println("[drill] concurrent writers, application on " + store + ": " + summary);
        }
    }

    private static RecordUnacceptableActionsUseCase.Command record(Instant occurred) {
        return new RecordUnacceptableActionsUseCase.Command(Staff.OFFICER.id(), ALEX, List.of(new ActionReport(
                ActionKind.VERBAL_ABUSE, "", Set.of(AffectedParty.STAFF), occurred, Channel.PHONE,
                Staff.OFFICER.id(), "Shouted at the officer during a call about a repair.", false)));
    }

    /** Each writer's decision adds to any in force (one writer's may be the first). */
    private static MeasuresProposal proposal() {
        return AProposal.contactStandards(Measures.noEmail()).afterWarning(new WarningId(1), new ActionId(2))
                .decidedOn(today()).build().whileInForce(new WhileInForce.AddsTo());
    }

    private static LocalDate today() {
        return UkTime.dateOf(Instant.now());
    }

    private static <T> T ok(Either<Failure, T> result) {
        assertThat(result.isRight()).as("setting up: %s", result).isTrue();
        return result.get();
    }

    private static Result result(Attempt attempt, Either<Failure, ?> outcome) {
        if (outcome.isRight()) {
            return new Result(attempt, Outcome.ACCEPTED, "");
        }
        Failure failure = outcome.getLeft();
        if (failure instanceof Failure.Conflict) {
            return new Result(attempt, Outcome.CONFLICT, failure.message());
        }
        if (failure instanceof Failure.Refused refused) {
            return new Result(attempt, Outcome.REFUSED, refused.refusal().problems().map(p -> p.field() + ": "
                    + p.reason()).mkString("; "));
        }
        if (failure instanceof Failure.Unavailable) {
            return new Result(attempt, Outcome.UNAVAILABLE, failure.message());
        }
        throw new AssertionError(attempt + " failed neither by conflict nor by refusal: " + failure);
    }

    private static CaseState state(Ports ports, CaseId caseId) {
        Case c = ports.unitOfWork().inTransaction(() -> ports.cases().find(caseId).get());
        return new CaseState(c.version(), c.actions().size(), c.decisions().size(), c.appeals().size());
    }

    // ---- through HTTP, the real app on localhost ---------------------------------------------------------------

    @ParameterizedTest(name = "through the JSON API on {0}")
    @EnumSource(Store.class)
    @DisplayName("through the JSON API: every 201 is on the case, every other answer a 409 problem document (or 422"
            + " for a second appeal), one audit entry per request, version = before + 201s")
    void noChangeIsLostThroughTheApi(Store store) throws Exception {
        String url = store == Store.H2 ? RunningUca.h2Url("drill-http-writers-" + UUID.randomUUID())
                : SharedPostgres.freshDatabase().jdbcUrl();
        String user = store == Store.H2 ? "" : "postgres";
        try (RunningUca uca = RunningUca.start(Map.of("UCA_JDBC_URL", url, "UCA_DB_USER", user))) {
            Api api = new Api(uca.base);
            String officer = api.token("officer", "demo-officer-pass");
            String manager = api.token("manager", "demo-manager-pass");
            Api.Reply first = created(api.post("/api/residents/R-1005/actions", officer,
                    action(Instant.now().minus(Duration.ofHours(1)))));
            String caseId = first.json().get("caseId").asString();
            String cases = "/api/cases/" + caseId;
            created(api.post(cases + "/warnings", officer, Map.of("actionsReferredTo", java.util.List.of(1),
                    "reasons", "Abuse of staff is unacceptable.", "whatMustChange", "Keep calls polite.")));
            Thread.sleep(5);
            created(api.post("/api/residents/R-1005/actions", officer, action(Instant.now())));
            created(api.post(cases + "/decisions", manager, decision()));
            Api.Reply informed = api.post(cases + "/decisions/1/informed", officer, Map.of("informedAt",
                    Instant.now().toString(), "informedBy", "S-OFF-1", "how", "LETTER"));
            assertThat(informed.status()).as("setting up: %s", informed).isEqualTo(200);

            CaseState before = state(api, officer, cases);
            Map<Outcome, Long> auditBefore = ConcurrentWriters.audit(url, user);
            long auditTotalBefore = ConcurrentWriters.auditTotal(url, user);

            java.util.List<Result> results = ConcurrentWriters.runTogether(writer -> {
                Attempt attempt = Attempt.of(writer);
                Api.Reply reply = switch (attempt) {
                    case RECORD_ACTION -> api.post("/api/residents/R-1005/actions", officer,
                            action(Instant.now().minus(Duration.ofMinutes(writer + 1))));
                    case AUTHORISE_MEASURES -> api.post(cases + "/decisions", manager, decision());
                    case LODGE_APPEAL -> api.post(cases + "/decisions/1/appeals", officer, Map.of("received",
                            today().toString(), "grounds", "The resident says the calls were about a repair."));
                };
                return result(attempt, reply);
            });

            System.out.println("[drill] JSON API on " + store + " outcomes: " + results.stream().collect(
                    java.util.stream.Collectors.groupingBy(r -> r.attempt() + "/" + r.outcome(),
                            java.util.TreeMap::new, java.util.stream.Collectors.counting())));
            String summary = ConcurrentWriters.assertAccountedFor(results, before, state(api, officer, cases),
                    auditBefore, auditTotalBefore, ConcurrentWriters.audit(url, user),
                    ConcurrentWriters.auditTotal(url, user));
            System.out.println("[drill] concurrent writers, JSON API on " + store + ": " + summary);
        }
    }

    private static Map<String, Object> action(Instant occurred) {
        return Map.of("kind", "VERBAL_ABUSE", "affected", java.util.List.of("STAFF"), "occurredAt",
                occurred.toString(), "channel", "PHONE", "whatHappened",
                "Shouted at the officer during a call about a repair.");
    }

    private static Map<String, Object> decision() {
        return Map.of("measures", java.util.List.of(Map.of("kind", "EXCLUDED_CONTACT_METHODS", "excluded",
                        java.util.List.of("EMAIL"))),
                "grounds", Map.of("type", "AFTER_WARNING", "warning", 1, "furtherActions", java.util.List.of(2)),
                "reasons", "The abuse continued after the warning.",
                "safeguards", Map.of("equalityAndVulnerabilityNotes", "No known vulnerability; letters stay open.",
                        "teamsConsulted", java.util.List.of("Repairs"), "teamsInformed",
                        java.util.List.of("Customer Services"), "howComplaintsAreStillHeard",
                        "In writing to the Complaints Team."),
                "reviewDate", today().plusMonths(6).toString(), "whileInForce", Map.of("type", "ADDS_TO"));
    }

    private static Api.Reply created(Api.Reply reply) {
        assertThat(reply.status()).as("setting up: %s", reply).isEqualTo(201);
        return reply;
    }

    private static Result result(Attempt attempt, Api.Reply reply) {
        if (reply.status() == 201) {
            return new Result(attempt, Outcome.ACCEPTED, "");
        }
        if (reply.status() == 409 && reply.isProblem()) {
            assertThat(reply.json().get("title").asString()).isEqualTo("Someone else changed this case");
            return new Result(attempt, Outcome.CONFLICT, reply.json().get("detail").asString());
        }
        if (reply.status() == 412 && reply.isProblem()) {
            // read before another writer's change landed: stale, audited as a conflict
            assertThat(reply.json().get("title").asString()).isEqualTo("The case has changed since you read it");
            return new Result(attempt, Outcome.CONFLICT, reply.json().get("detail").asString());
        }
        if (reply.status() == 422 && reply.isProblem()) {
            return new Result(attempt, Outcome.REFUSED, reply.body());
        }
        if (reply.status() == 503 && reply.isProblem()) {
            return new Result(attempt, Outcome.UNAVAILABLE, reply.body());
        }
        throw new AssertionError(attempt + " answered neither 201, 409, 412 nor 422: " + reply);
    }

    private static CaseState state(Api api, String token, String casePath) {
        Api.Reply reply = api.get(casePath, token);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        var c = reply.json();
        return new CaseState(c.get("version").asLong(), c.get("actions").size(), c.get("decisions").size(),
                c.get("appeals").size());
    }
}
