package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.port.in.Task.*;

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
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.in.AccessPolicy;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Role;
import org.uca.application.port.in.Task;

/** Each role × each command, on the pages and the API: allowed (never 403) or refused with 403. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    /** The policy's division of work, written out independently of the code that enforces it. */
    static final Map<Role, Set<Task>> EXPECTED = new EnumMap<>(Role.class);

    static {
        Set<Task> reading = EnumSet.of(FIND_RESIDENTS, READ_CONTACT_GUIDANCE, VIEW_CASE, READ_LETTERS,
                SEE_WORK_QUEUES);
        Set<Task> officer = EnumSet.of(RECORD_ACTIONS, RECORD_CONTACT, RECORD_NEEDS, ISSUE_WARNING,
                RECORD_RESIDENT_INFORMED, LODGE_APPEAL, Task.CHANGE_OWN_PASSWORD, Task.RECORD_LETTER_SENT,
                Task.MARK_ENTERED_IN_ERROR, Task.AMEND_RECORDS, Task.LOG_FILED_CORRESPONDENCE,
                Task.SCREEN_FILED_CORRESPONDENCE);
        officer.addAll(reading);
        // A subject access export is the Data Protection Officer's (or an administrator's), not casework; staff,
        // accounts and the residents' import are the administrator's. Managers see a case's audit trail.
        Set<Task> manager = EnumSet.complementOf(EnumSet.of(EXPORT_SUBJECT_ACCESS, IMPORT_RESIDENTS,
                Task.MANAGE_STAFF, Task.MANAGE_ACCOUNTS, Task.MANAGE_MACHINE_CREDENTIALS, Task.RETRY_NOTIFICATIONS,
                Task.SET_NOTIFICATION_ADDRESSES, Task.READ_SDT_INBOX, Task.MANAGE_WEBHOOKS, Task.SAFE_VISIT,
                Task.WITHHOLD_NOTICE));
        // Withholding notice from the resident is signed off by an Assistant Director or above (issue 15 §3).
        Set<Task> director = EnumSet.copyOf(manager);
        director.add(Task.WITHHOLD_NOTICE);
        Set<Task> serviceDevelopment = EnumSet.copyOf(reading);
        serviceDevelopment.add(SEE_MONITORING);
        serviceDevelopment.add(Task.SEE_AUDIT_TRAIL);
        serviceDevelopment.add(Task.CHANGE_OWN_PASSWORD);
        serviceDevelopment.add(Task.READ_SDT_INBOX);
        EXPECTED.put(Role.OFFICER, officer);
        EXPECTED.put(Role.SERVICE_MANAGER, manager);
        EXPECTED.put(Role.ASSISTANT_DIRECTOR, director);
        EXPECTED.put(Role.DIRECTOR, director);
        EXPECTED.put(Role.SERVICE_DEVELOPMENT_TEAM, serviceDevelopment);
        // The Data Protection Officer finds the resident and exports what is held about them, and sees no case.
        EXPECTED.put(Role.DATA_PROTECTION_OFFICER, EnumSet.of(FIND_RESIDENTS, EXPORT_SUBJECT_ACCESS,
                Task.CHANGE_OWN_PASSWORD));
        // An administrator keeps staff and accounts and brings the residents over from the housing system,
        // seeing counts and references only.
        EXPECTED.put(Role.ADMINISTRATOR, EnumSet.of(SEE_MONITORING, IMPORT_RESIDENTS, Task.MANAGE_STAFF,
                Task.MANAGE_ACCOUNTS, Task.MANAGE_MACHINE_CREDENTIALS, Task.RETRY_NOTIFICATIONS, Task.CHANGE_OWN_PASSWORD,
                Task.SET_NOTIFICATION_ADDRESSES, EXPORT_SUBJECT_ACCESS, Task.MANAGE_WEBHOOKS));
        // A contractor asks what a visitor must do, and nothing else (issue 14 §1).
        EXPECTED.put(Role.CONTRACTOR, EnumSet.of(Task.SAFE_VISIT, Task.CHANGE_OWN_PASSWORD));
    }

    record Command(Task task, String method, String path) {
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
                new Command(FIND_RESIDENTS, "GET", "/residents?q=Carol"),
                new Command(Task.SAFE_VISIT, "GET", "/visits?resident=R-1"),
                new Command(READ_CONTACT_GUIDANCE, "GET", "/residents/R-1"),
                new Command(VIEW_CASE, "GET", c),
                new Command(Task.SEE_AUDIT_TRAIL, "GET", c + "/audit"),
                new Command(EXPORT_SUBJECT_ACCESS, "GET", "/residents/R-1/subject-access"),
                new Command(READ_LETTERS, "GET", c + "/letters/warning/1"),
                new Command(READ_LETTERS, "GET", c + "/letters/warning/1.pdf"),
                new Command(RECORD_ACTIONS, "GET", "/residents/R-2/record-action"),
                new Command(RECORD_ACTIONS, "POST", "/residents/R-2/record-action"),
                new Command(RECORD_NEEDS, "POST", "/residents/R-2/adjustments"),
                new Command(RECORD_CONTACT, "POST", "/residents/R-1/contact"),
                new Command(ISSUE_WARNING, "POST", c + "/warning"),
                new Command(AUTHORISE_MEASURES, "GET", c + "/authorise"),
                new Command(AUTHORISE_MEASURES, "POST", c + "/authorise"),
                new Command(RECORD_RESIDENT_INFORMED, "POST", c + "/decisions/1/informed"),
                new Command(LODGE_APPEAL, "POST", c + "/decisions/1/appeal"),
                new Command(DECIDE_APPEAL, "POST", c + "/appeals/1/decide"),
                new Command(REVIEW_RESTRICTION, "POST", c + "/decisions/1/review"),
                new Command(LIFT_RESTRICTION, "POST", c + "/decisions/1/lift"),
                new Command(Task.WITHHOLD_NOTICE, "GET", c + "/decisions/1/withhold-notice"),
                new Command(Task.WITHHOLD_NOTICE, "POST", c + "/decisions/1/withhold-notice"),
                new Command(Task.WITHHOLD_NOTICE, "POST", c + "/decisions/1/notice-recheck"),
                new Command(Task.WITHHOLD_NOTICE, "GET", "/work/notices-withheld"),
                new Command(Task.MARK_ENTERED_IN_ERROR, "GET", c + "/actions/1/entered-in-error"),
                new Command(Task.MARK_ENTERED_IN_ERROR, "POST", c + "/warnings/1/entered-in-error"),
                new Command(Task.MARK_ENTERED_IN_ERROR, "POST", c + "/decisions/1/entered-in-error"),
                new Command(Task.AMEND_RECORDS, "GET", c + "/actions/1/amend"),
                new Command(Task.AMEND_RECORDS, "POST", c + "/warnings/1/amend"),
                new Command(Task.AMEND_RECORDS, "POST", c + "/decisions/1/amend"),
                new Command(SEE_MONITORING, "GET", "/monitoring"),
                new Command(SEE_MONITORING, "GET", "/monitoring.csv"),
                new Command(SEE_MONITORING, "GET", "/monitoring/board-pack.pdf"),
                new Command(IMPORT_RESIDENTS, "GET", "/residents/import"),
                new Command(IMPORT_RESIDENTS, "POST", "/residents/import"),
                new Command(IMPORT_RESIDENTS, "POST", "/residents/import/confirm"),
                new Command(Task.RETRY_NOTIFICATIONS, "GET", "/admin/notifications"),
                new Command(Task.RETRY_NOTIFICATIONS, "POST", "/admin/notifications/999999/retry"),
                new Command(Task.RETRY_NOTIFICATIONS, "POST", "/admin/notifications/letters/999999/retry"),
                new Command(Task.SET_NOTIFICATION_ADDRESSES, "GET", "/admin/notification-addresses"),
                new Command(Task.SET_NOTIFICATION_ADDRESSES, "POST", "/admin/notification-addresses/team"),
                new Command(Task.MANAGE_WEBHOOKS, "GET", "/admin/webhooks"),
                new Command(Task.MANAGE_WEBHOOKS, "GET", "/admin/webhooks/new"),
                new Command(Task.MANAGE_WEBHOOKS, "POST", "/admin/webhooks/999999/disable"),
                new Command(Task.MANAGE_WEBHOOKS, "GET", "/admin/webhooks/999999/deliveries"),
                new Command(Task.RECORD_LETTER_SENT, "POST", "/cases/" + fixture.caseId + "/letter-sendings"),
                new Command(Task.READ_SDT_INBOX, "GET", "/inbox"),
                new Command(Task.READ_SDT_INBOX, "GET", "/inbox/999999"),
                new Command(Task.LOG_FILED_CORRESPONDENCE, "GET", "/cases/" + fixture.caseId + "/correspondence"),
                new Command(Task.LOG_FILED_CORRESPONDENCE, "POST", "/cases/" + fixture.caseId + "/correspondence"),
                new Command(Task.SCREEN_FILED_CORRESPONDENCE, "POST", "/cases/" + fixture.caseId
                        + "/correspondence/1/screening"));
    }

    List<Command> apiCommands() {
        String c = "/api/cases/" + fixture.caseId;
        return List.of(
                new Command(FIND_RESIDENTS, "GET", "/api/residents?q=Carol"),
                new Command(Task.SAFE_VISIT, "GET", "/api/visits?resident=R-1"),
                new Command(READ_CONTACT_GUIDANCE, "GET", "/api/residents/R-1/guidance"),
                new Command(VIEW_CASE, "GET", c),
                new Command(Task.SEE_AUDIT_TRAIL, "GET", c + "/audit"),
                new Command(EXPORT_SUBJECT_ACCESS, "GET", "/api/residents/R-1/subject-access"),
                new Command(SEE_WORK_QUEUES, "GET", "/api/work"),
                new Command(RECORD_ACTIONS, "POST", "/api/residents/R-2/actions"),
                new Command(RECORD_CONTACT, "POST", "/api/residents/R-1/contacts"),
                new Command(Task.LOG_FILED_CORRESPONDENCE, "POST", c + "/correspondence"),
                new Command(Task.SCREEN_FILED_CORRESPONDENCE, "POST", c + "/correspondence/1/screening"),
                new Command(RECORD_NEEDS, "POST", "/api/residents/R-2/needs"),
                new Command(ISSUE_WARNING, "POST", c + "/warnings"),
                new Command(AUTHORISE_MEASURES, "POST", c + "/decisions"),
                new Command(RECORD_RESIDENT_INFORMED, "POST", c + "/decisions/1/informed"),
                new Command(LODGE_APPEAL, "POST", c + "/decisions/1/appeals"),
                new Command(DECIDE_APPEAL, "POST", c + "/appeals/1/decision"),
                new Command(REVIEW_RESTRICTION, "POST", c + "/decisions/1/reviews"),
                new Command(LIFT_RESTRICTION, "POST", c + "/decisions/1/lift"),
                new Command(Task.WITHHOLD_NOTICE, "POST", c + "/decisions/1/notice-withheld"),
                new Command(Task.WITHHOLD_NOTICE, "POST", c + "/decisions/1/notice-withheld/kept"),
                new Command(Task.WITHHOLD_NOTICE, "POST", c + "/decisions/1/notice-withheld/ended"),
                new Command(Task.WITHHOLD_NOTICE, "GET", "/api/work/notices-withheld"),
                new Command(Task.MARK_ENTERED_IN_ERROR, "POST", c + "/actions/1/entered-in-error"),
                new Command(Task.MARK_ENTERED_IN_ERROR, "POST", c + "/warnings/1/entered-in-error"),
                new Command(Task.MARK_ENTERED_IN_ERROR, "POST", c + "/decisions/1/entered-in-error"),
                new Command(Task.AMEND_RECORDS, "POST", c + "/actions/1/amend"),
                new Command(Task.AMEND_RECORDS, "POST", c + "/warnings/1/amend"),
                new Command(Task.AMEND_RECORDS, "POST", c + "/decisions/1/amend"),
                new Command(SEE_MONITORING, "GET", "/api/monitoring?from=2026-01-01&to=2026-12-31"),
                new Command(Task.RETRY_NOTIFICATIONS, "GET", "/api/admin/notifications/undelivered"),
                new Command(Task.RETRY_NOTIFICATIONS, "POST", "/api/admin/notifications/999999/retry"),
                new Command(Task.RETRY_NOTIFICATIONS, "POST", "/api/admin/notifications/letters/999999/retry"),
                new Command(Task.SET_NOTIFICATION_ADDRESSES, "GET", "/api/admin/notification-addresses"),
                new Command(Task.SET_NOTIFICATION_ADDRESSES, "PUT", "/api/admin/notification-addresses/teams/Repairs"),
                new Command(Task.MANAGE_WEBHOOKS, "GET", "/api/admin/webhooks"),
                new Command(Task.MANAGE_WEBHOOKS, "POST", "/api/admin/webhooks/999999/secret"),
                new Command(Task.MANAGE_WEBHOOKS, "GET", "/api/admin/webhooks/999999/deliveries"),
                new Command(Task.RECORD_LETTER_SENT, "POST", c + "/letter-sendings"),
                new Command(Task.READ_SDT_INBOX, "GET", "/api/inbox"),
                new Command(Task.READ_SDT_INBOX, "GET", "/api/inbox/999999"));
    }

    @Test
    @DisplayName("the matrix in the code is the matrix the policy's division of work expects")
    void permissionsMatchTheExpectedMatrix() {
        for (Role role : Role.values()) {
            assertThat(AccessPolicy.tasksOf(role)).as(role.name())
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
                        : command.method().equals("PUT") ? client.putJson(command.path(), "{}")
                        : client.postJson(command.path(), "{}");
                check(role, command, r.statusCode(), wrong);
                if (r.statusCode() == 403) {
                    assertThat(r.headers().firstValue("Content-Type")).hasValue(JsonApiTest.PROBLEM_JSON);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void check(Role role, Command command, int status, List<String> wrong) {
        boolean allowed = EXPECTED.get(role).contains(command.task());
        if (allowed && (status == 403 || status >= 500) || !allowed && status != 403) {
            wrong.add(role + " " + command.method() + " " + command.path() + " -> " + status + " (expected "
                    + (allowed ? "allowed" : "403") + ")");
        }
    }

    @Test
    @DisplayName("a command the role may not do is refused by the application: 403, nothing changed, audited once")
    void refusalsAreAuditedOnceByTheApplication() {
        String warning = "/cases/" + fixture.caseId + "/warning";
        long accepted = accepted();
        long refusedBefore = notPermitted(Role.SERVICE_DEVELOPMENT_TEAM);
        int webRefusals = fixture.refusals.size();

        HttpResponse<String> page = new WebClient(fixture.app.port()).signIn(Role.SERVICE_DEVELOPMENT_TEAM)
                .post(warning, "actionsReferredTo", "1", "reasons", "Abuse.", "whatMustChange", "Stop.");
        HttpResponse<String> api = new WebClient(fixture.app.port()).withToken(Role.SERVICE_DEVELOPMENT_TEAM)
                .postJson("/api" + warning + "s",
                        "{\"actionsReferredTo\":[1],\"reasons\":\"Abuse.\",\"whatMustChange\":\"Stop.\"}");

        String said = "As a Service Development Team member you cannot issue a warning.";
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains(said);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.headers().firstValue("Content-Type")).hasValue(JsonApiTest.PROBLEM_JSON);
        assertThat(api.body()).contains(said);
        assertThat(accepted()).as("nothing changed").isEqualTo(accepted);
        assertThat(notPermitted(Role.SERVICE_DEVELOPMENT_TEAM)).isEqualTo(refusedBefore + 2);
        // the form page the client opened first (for its CSRF token) is a page refused, and audited as one
        assertThat(fixture.refusals.subList(webRefusals, fixture.refusals.size()))
                .as("the web audits none of the submissions again").noneMatch(r -> r.contains(" POST "))
                .allMatch(r -> r.contains("ISSUE_WARNING GET " + warning));
    }

    @Test
    @DisplayName("input the role may not submit at all is refused with 403, not answered field by field, and audited"
            + " once")
    void theRoleIsCheckedBeforeTheInput() {
        String authorise = "/cases/" + fixture.caseId + "/authorise";
        long refusedBefore = notPermitted(Role.OFFICER);
        int webRefusals = fixture.refusals.size();

        HttpResponse<String> page = new WebClient(fixture.app.port()).signIn(Role.OFFICER)
                .post(authorise, "grounds.type", "NOT_A_CHOICE");
        HttpResponse<String> api = new WebClient(fixture.app.port()).withToken(Role.OFFICER)
                .postJson("/api" + authorise.replace("/authorise", "/decisions"), "{\"grounds\":{\"type\":\"?\"}}");
        HttpResponse<String> managers = new WebClient(fixture.app.port()).signIn(Role.SERVICE_MANAGER)
                .post(authorise, "grounds.type", "NOT_A_CHOICE");

        String said = "As an officer you cannot authorise measures.";
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains(said).doesNotContain("grounds");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains(said).doesNotContain("grounds");
        assertThat(managers.statusCode()).as("a role that may authorise sees its field errors").isEqualTo(422);
        assertThat(fixture.refusals.subList(webRefusals, fixture.refusals.size())).as("audited by the web, once each")
                .filteredOn(r -> r.contains(" POST ")).hasSize(2).allMatch(r -> r.contains("AUTHORISE_MEASURES"));
        // The use case was never asked; the web's refusal is on the case's audit trail, once each (issue 13 §6).
        assertThat(notPermitted(Role.OFFICER)).as("on the case once each").isEqualTo(refusedBefore + 2);
        assertThat(fixture.uca.audit.forCase(fixture.caseId)
                .filter(e -> e.outcome() == AuditLog.Outcome.NOT_PERMITTED)).hasSize(2).allMatch(e -> e.command().equals("authorise measures") && e.why().equals(said));
    }

    private long accepted() {
        return fixture.uca.audit.all().count(e -> e.outcome() == AuditLog.Outcome.ACCEPTED);
    }

    private long notPermitted(Role role) {
        return fixture.uca.audit.all().count(e -> e.outcome() == AuditLog.Outcome.NOT_PERMITTED
                && e.who().equals(fixture.staffOf.get(role)));
    }
}
