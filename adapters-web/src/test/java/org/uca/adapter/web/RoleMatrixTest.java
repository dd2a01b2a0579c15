package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.adapter.web.security.Permission.*;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.security.Permission;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;

/** Each role × each command, on the pages and the API: allowed (never 403) or refused with 403. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    /** The policy's division of work, written out independently of the code that enforces it. */
    static final Map<Role, Set<Permission>> EXPECTED = new EnumMap<>(Role.class);

    static {
        Set<Permission> officer = EnumSet.of(VIEW_RESIDENTS_AND_CASES, RECORD_ACTIONS, RECORD_CONTACT,
                RECORD_ADJUSTMENTS, ISSUE_WARNING, RECORD_RESIDENT_INFORMED, LODGE_APPEAL);
        Set<Permission> manager = EnumSet.allOf(Permission.class);
        EXPECTED.put(Role.OFFICER, officer);
        EXPECTED.put(Role.SERVICE_MANAGER, manager);
        EXPECTED.put(Role.ASSISTANT_DIRECTOR, manager);
        EXPECTED.put(Role.DIRECTOR, manager);
        EXPECTED.put(Role.SERVICE_DEVELOPMENT_TEAM, EnumSet.of(VIEW_RESIDENTS_AND_CASES, VIEW_MONITORING));
        EXPECTED.put(Role.ADMINISTRATOR, EnumSet.of(VIEW_MONITORING));
    }

    record Command(Permission permission, String method, String path) {
    }

    WebFixture fixture;

    @BeforeAll
    void start() {
        fixture = new WebFixture();
        fixture.app.start(0);
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    List<Command> pageCommands() {
        String c = "/cases/" + fixture.caseId;
        return List.of(
                new Command(VIEW_RESIDENTS_AND_CASES, "GET", "/residents?q=Carol"),
                new Command(VIEW_RESIDENTS_AND_CASES, "GET", "/residents/R-1"),
                new Command(VIEW_RESIDENTS_AND_CASES, "GET", c),
                new Command(VIEW_RESIDENTS_AND_CASES, "GET", c + "/letters/warning/1"),
                new Command(RECORD_ACTIONS, "GET", "/residents/R-2/record-action"),
                new Command(RECORD_ACTIONS, "POST", "/residents/R-2/record-action"),
                new Command(RECORD_ADJUSTMENTS, "POST", "/residents/R-2/adjustments"),
                new Command(RECORD_CONTACT, "POST", "/residents/R-1/contact"),
                new Command(ISSUE_WARNING, "POST", c + "/warning"),
                new Command(AUTHORISE_MEASURES, "GET", c + "/authorise"),
                new Command(AUTHORISE_MEASURES, "POST", c + "/authorise"),
                new Command(RECORD_RESIDENT_INFORMED, "POST", c + "/decisions/1/informed"),
                new Command(LODGE_APPEAL, "POST", c + "/decisions/1/appeal"),
                new Command(DECIDE_APPEAL, "POST", c + "/appeals/1/decide"),
                new Command(REVIEW_RESTRICTION, "POST", c + "/decisions/1/review"),
                new Command(LIFT_RESTRICTION, "POST", c + "/decisions/1/lift"),
                new Command(VIEW_MONITORING, "GET", "/monitoring"),
                new Command(VIEW_MONITORING, "GET", "/monitoring.csv"));
    }

    List<Command> apiCommands() {
        String c = "/api/cases/" + fixture.caseId;
        return List.of(
                new Command(VIEW_RESIDENTS_AND_CASES, "GET", "/api/residents?q=Carol"),
                new Command(VIEW_RESIDENTS_AND_CASES, "GET", "/api/residents/R-1/guidance"),
                new Command(VIEW_RESIDENTS_AND_CASES, "GET", c),
                new Command(VIEW_RESIDENTS_AND_CASES, "GET", "/api/work"),
                new Command(RECORD_ACTIONS, "POST", "/api/residents/R-2/actions"),
                new Command(RECORD_CONTACT, "POST", "/api/residents/R-1/contacts"),
                new Command(RECORD_ADJUSTMENTS, "POST", "/api/residents/R-2/needs"),
                new Command(ISSUE_WARNING, "POST", c + "/warnings"),
                new Command(AUTHORISE_MEASURES, "POST", c + "/decisions"),
                new Command(RECORD_RESIDENT_INFORMED, "POST", c + "/decisions/1/informed"),
                new Command(LODGE_APPEAL, "POST", c + "/decisions/1/appeals"),
                new Command(DECIDE_APPEAL, "POST", c + "/appeals/1/decision"),
                new Command(REVIEW_RESTRICTION, "POST", c + "/decisions/1/reviews"),
                new Command(LIFT_RESTRICTION, "POST", c + "/decisions/1/lift"),
                new Command(VIEW_MONITORING, "GET", "/api/monitoring?from=2026-01-01&to=2026-12-31"));
    }

    @Test
    @DisplayName("the matrix in the code is the matrix the policy's division of work expects")
    void permissionsMatchTheExpectedMatrix() {
        for (Role role : Role.values()) {
            assertThat(org.uca.adapter.web.security.Permissions.of(role)).as(role.name())
                    .isEqualTo(EXPECTED.get(role));
        }
    }

    @Test
    @DisplayName("on the pages, every role may do exactly its commands; the rest are refused with 403")
    void pages() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            WebClient client = new WebClient(fixture.app.port()).signIn(role);
            for (Command command : pageCommands()) {
                HttpResponse<String> r = command.method().equals("GET") ? client.get(command.path())
                        : client.post(command.path());
                check(role, command, r.statusCode(), wrong);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("on the API, every role may do exactly its commands; the rest are refused with 403")
    void api() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            WebClient client = new WebClient(fixture.app.port()).withToken(role);
            for (Command command : apiCommands()) {
                HttpResponse<String> r = command.method().equals("GET") ? client.getJson(command.path())
                        : client.postJson(command.path(), "{}");
                check(role, command, r.statusCode(), wrong);
                if (r.statusCode() == 403) {
                    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void check(Role role, Command command, int status, List<String> wrong) {
        boolean allowed = EXPECTED.get(role).contains(command.permission());
        if (allowed && (status == 403 || status >= 500) || !allowed && status != 403) {
            wrong.add(role + " " + command.method() + " " + command.path() + " -> " + status + " (expected "
                    + (allowed ? "allowed" : "403") + ")");
        }
    }

    @Test
    @DisplayName("a refusal by role is audited")
    void refusalsAreAudited() {
        new WebClient(fixture.app.port()).signIn(Role.OFFICER).post("/cases/" + fixture.caseId + "/authorise");
        assertThat(fixture.refusals).anyMatch(r -> r.contains("AUTHORISE_MEASURES"));
    }
}
