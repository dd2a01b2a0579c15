package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;

/** The machine credentials page under Administration: create (secret shown once), list, revoke. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MachineCredentialPagesTest {

    private static final Pattern SECRET = Pattern.compile("(uca_mc_[A-Za-z0-9_-]{43})");

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

    @Test
    @DisplayName("an administrator creates a credential, is shown its secret once, sees it listed without it and"
            + " revokes it; the secret then gets 401")
    void createListRevoke() {
        WebClient admin = new WebClient(fixture.app.port()).signIn(Role.ADMINISTRATOR);
        assertThat(admin.get("/admin/machine-credentials/new").statusCode()).isEqualTo(200);
        HttpResponse<String> created = admin.post("/admin/machine-credentials", "name", "Nightly sync",
                "scope", "RESIDENT_SYNC");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(created.headers().firstValue("Cache-Control")).contains("no-store");
        Matcher m = SECRET.matcher(created.body());
        assertThat(m.find()).as(created.body()).isTrue();
        String secret = m.group(1);

        String list = admin.get("/admin/machine-credentials").body();
        assertThat(list).contains("Nightly sync").contains("resident sync").contains("Never")
                .doesNotContain(secret);
        Matcher revoke = Pattern.compile("action=\"(/admin/machine-credentials/[0-9a-f]{16}/revoke)\"").matcher(list);
        assertThat(revoke.find()).isTrue();
        assertThat(admin.post(revoke.group(1)).statusCode()).isEqualTo(303);
        assertThat(admin.get("/admin/machine-credentials").body()).contains("Revoked ");
        assertThat(new WebClient(fixture.app.port()).withBearer(secret).postJson("/api/residents/batch",
                "{\"residents\":[]}").statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("a blank name is shown as a field error and nothing is created; other roles are refused (403)")
    void fieldErrorsAndAdministratorsOnly() {
        WebClient admin = new WebClient(fixture.app.port()).signIn(Role.ADMINISTRATOR);
        int before = fixture.uca.machineCredentials.all().size();
        HttpResponse<String> refused = admin.post("/admin/machine-credentials", "name", "", "scope",
                "RESIDENT_SYNC");
        HttpResponse<String> unchosen = admin.post("/admin/machine-credentials", "name", "Nightly sync");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("govuk-error-summary").contains("#name");
        assertThat(unchosen.statusCode()).as("no scope is chosen for the administrator").isEqualTo(422);
        assertThat(unchosen.body()).contains("#scope").contains("Choose what the credential is for.");
        assertThat(fixture.uca.machineCredentials.all().size()).isEqualTo(before);
        WebClient manager = new WebClient(fixture.app.port()).signIn(Role.SERVICE_MANAGER);
        assertThat(manager.get("/admin/machine-credentials").statusCode()).isEqualTo(403);
        assertThat(manager.post("/admin/machine-credentials", "name", "x").statusCode()).isEqualTo(403);
    }
}
