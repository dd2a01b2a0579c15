package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Role;

/**
 * Notifications not delivered, under Administration (page and JSON): the ones that keep failing, "Retry now"
 * (audited), and a warning when nothing is e-mailing them. The Service Development Team must be told (policy 5.1).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UndeliveredNotificationsTest {

    static final Instant LATER = Instant.parse("2030-01-01T10:00:00Z");

    /** The application's clock: the fixture's case is written now, and the page is read ten minutes later. */
    final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);
    WebFixture fixture;
    /** One notification failing for each test, so the tests do not depend on their order. */
    long failing;
    long failingToo;

    @BeforeAll
    void start() {
        fixture = new WebFixture(5, () -> Instant.now().plus(ahead.get()));
        ahead.set(Duration.ofMinutes(10)); // the relay (every 30 s) would have tried them by now
        fixture.app.start(0);
        var waiting = fixture.uca.notifications.undelivered(0, 2);
        failing = waiting.get(0).id();
        failingToo = waiting.get(1).id();
        fixture.uca.notifications.send(fixture.uca.notifications.sent().head()); // one never tried
        for (int attempt = 1; attempt <= 3; attempt++) {
            fixture.uca.notifications.notDelivered(failing, "cannot reach the SMTP server smtp.example.org:587",
                    LATER);
            fixture.uca.notifications.notDelivered(failingToo, "535 authentication failed", LATER);
        }
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    @Test
    @DisplayName("an administrator sees a notification that failed three attempts (what, case, attempts, last error,"
            + " next attempt), retries it now (audited, before and after) and is told nothing is e-mailing the rest")
    void listAndRetryOnThePage() {
        WebClient admin = new WebClient(fixture.app.port()).signIn(Role.ADMINISTRATOR);
        assertThat(admin.get("/").body()).contains("href=\"/admin/notifications\"");
        var n = fixture.uca.notifications.undelivered(failing).get();
        String page = admin.get("/admin/notifications").body();
        assertThat(page).contains(n.subject(), n.caseId().value().toString(),
                "cannot reach the SMTP server smtp.example.org:587", "Notification " + failing,
                "action=\"/admin/notifications/" + failing + "/retry\"", "Retry now")
                .contains("Notifications are not being e-mailed")
                .contains("The latest failed attempt: cannot reach the SMTP server smtp.example.org:587");

        long entries = fixture.uca.audit.count();
        HttpResponse<String> retried = admin.post("/admin/notifications/" + failing + "/retry");
        assertThat(retried.statusCode()).isEqualTo(303);
        assertThat(fixture.uca.notifications.undelivered(failing).get().nextAttemptAt().get()).isBefore(LATER);
        assertThat(fixture.uca.audit.count()).isEqualTo(entries + 1);
        AuditLog.Entry entry = fixture.uca.audit.all().last();
        assertThat(entry.who()).isEqualTo(fixture.staffOf.get(Role.ADMINISTRATOR));
        assertThat(entry.command()).isEqualTo(Task.RETRY_NOTIFICATIONS.description());
        assertThat(entry.why()).contains("notification " + failing, "before next attempt " + LATER,
                "after next attempt");

        assertThat(admin.post("/admin/notifications/999999/retry").statusCode()).isEqualTo(404);
        assertThat(admin.post("/admin/notifications/x/retry").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("the JSON API lists them with the documented fields and retries one; other roles are refused (403)")
    void listAndRetryInTheApi() {
        WebClient admin = new WebClient(fixture.app.port()).withToken(Role.ADMINISTRATOR);
        HttpResponse<String> listed = admin.getJson("/api/admin/notifications/undelivered");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).contains("\"id\":" + failingToo, "\"attempts\":3", "\"keepsFailingAfter\":3",
                "\"stalled\":true", "535 authentication failed");
        HttpResponse<String> retried = admin.postJson("/api/admin/notifications/" + failingToo + "/retry", "{}");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(retried.body()).contains("\"id\":" + failingToo, "\"nextAttemptAt\"");
        assertThat(fixture.uca.notifications.undelivered(failingToo).get().nextAttemptAt().get()).isBefore(LATER);
        assertThat(admin.postJson("/api/admin/notifications/999999/retry", "{}").statusCode()).isEqualTo(404);

        WebClient manager = new WebClient(fixture.app.port()).withToken(Role.SERVICE_MANAGER);
        assertThat(manager.getJson("/api/admin/notifications/undelivered").statusCode()).isEqualTo(403);
        assertThat(manager.postJson("/api/admin/notifications/" + failingToo + "/retry", "{}").statusCode())
                .isEqualTo(403);
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        assertThat(officer.get("/admin/notifications").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("a letter e-mailed to a resident that keeps failing is listed too (which letter, case, to whom,"
            + " attempts, last error) and retried now, audited, on the page and in the API")
    void letterEmailsThatKeepFailing() {
        var officer = fixture.staffOf.get(Role.OFFICER);
        fixture.uca.letters.sent(new org.uca.application.port.out.LetterOutput.Sending(fixture.caseId, "warning/1",
                org.uca.application.port.out.LetterOutput.How.EMAILED, officer, LATER,
                io.vavr.control.Option.some("carol@example.org"), io.vavr.control.Option.none()));
        long id = fixture.uca.letters.sendings(fixture.caseId).size();
        for (int attempt = 1; attempt <= 3; attempt++) {
            fixture.uca.letters.notEmailed(id, "552 message size exceeds fixed limit", LATER);
        }
        WebClient admin = new WebClient(fixture.app.port()).signIn(Role.ADMINISTRATOR);
        assertThat(admin.get("/admin/notifications").body()).contains("Letters e-mailed to residents",
                "warning/1", "carol@example.org", "552 message size exceeds fixed limit",
                "action=\"/admin/notifications/letters/" + id + "/retry\"");
        assertThat(admin.post("/admin/notifications/letters/" + id + "/retry").statusCode()).isEqualTo(303);
        assertThat(fixture.uca.letters.emailNotDelivered(id).get().nextAttemptAt().get()).isBefore(LATER);
        assertThat(fixture.uca.audit.all().last().why()).contains("retry now of the e-mail of letter warning/1");
        assertThat(admin.post("/admin/notifications/letters/999999/retry").statusCode()).isEqualTo(404);

        WebClient api = new WebClient(fixture.app.port()).withToken(Role.ADMINISTRATOR);
        assertThat(api.getJson("/api/admin/notifications/undelivered").body()).contains("\"letterEmails\":[{",
                "\"emailTo\":\"carol@example.org\"");
        assertThat(api.postJson("/api/admin/notifications/letters/" + id + "/retry", "{}").statusCode())
                .isEqualTo(200);
    }
}
