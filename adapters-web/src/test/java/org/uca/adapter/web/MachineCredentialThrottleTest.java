package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.uca.adapter.web.support.SettableClock;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;

/**
 * Wrong machine credentials are throttled per client address (OWASP ASVS 2.2.1, anti-automation), with the
 * sign-in limiter's growing delays: once the allowed failures are used, every credential from that address waits,
 * a right one too, and is answered 429 with Retry-After; nothing logged or audited holds a credential.
 */
class MachineCredentialThrottleTest {

    private static final int ALLOWED = 3;
    private static final String PUT_RESIDENT = "{\"name\":\"Dan New\",\"address_line_1\":\"1 New Row\"}";

    SettableClock clock = new SettableClock(Instant.parse("2026-12-01T09:00:00Z"));
    WebFixture fixture;

    @BeforeEach
    void start() {
        fixture = new WebFixture(ALLOWED, clock);
        fixture.app.start(0);
    }

    @AfterEach
    void stop() {
        fixture.app.stop();
    }

    private String newSecret() {
        HttpResponse<String> created = new WebClient(fixture.app.port()).withToken(Role.ADMINISTRATOR)
                .postJson("/api/admin/machine-credentials", "{\"name\":\"Nightly sync\"}");
        Matcher m = Pattern.compile("\"secret\":\"(uca_mc_[^\"]+)\"").matcher(created.body());
        assertThat(m.find()).as(created.body()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> put(String secret) {
        return new WebClient(fixture.app.port()).withBearer(secret).putJson("/api/residents/R-900", PUT_RESIDENT);
    }

    @Test
    @DisplayName("after the allowed wrong credentials from one address, the next waits 2 s, then 4 s (429 with"
            + " Retry-After and a problem document), a right one too; after the wait a right one works and clears"
            + " the count")
    void wrongCredentialsAreHeldBack() {
        String right = newSecret();
        String wrong = "uca_mc_" + "x".repeat(43);
        Logger audit = (Logger) LoggerFactory.getLogger("org.uca.audit");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        audit.addAppender(lines);
        try {
            for (int i = 0; i < ALLOWED; i++) {
                assertThat(put(wrong).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> held = put(wrong);
            assertThat(held.statusCode()).isEqualTo(429);
            assertThat(held.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(held.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/problem+json"));
            assertThat(held.body()).contains("Too many failed machine credentials", "Wait 2 seconds");

            HttpResponse<String> rightDuringTheWait = put(right);
            assertThat(rightDuringTheWait.statusCode()).as("not checked during the wait").isEqualTo(429);

            clock.advance(Duration.ofSeconds(2));
            assertThat(put(wrong).statusCode()).isEqualTo(401);
            assertThat(put(right).headers().firstValue("Retry-After")).as("the delay doubles").hasValue("4");

            clock.advance(Duration.ofSeconds(4));
            assertThat(put(right).statusCode()).isEqualTo(201);
            for (int i = 0; i < ALLOWED; i++) {
                assertThat(put(wrong).statusCode()).as("the right credential cleared the count").isEqualTo(401);
            }
        } finally {
            audit.detachAppender(lines);
        }
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.contains("too many failed machine credentials from 127.0.0.1"))
                .noneMatch(line -> line.contains(right) || line.contains(wrong) || line.contains("uca_mc_"));
        assertThat(fixture.signIns).anyMatch(line -> line.startsWith("a machine credential:"))
                .noneMatch(line -> line.contains("uca_mc_"));
    }

    @Test
    @DisplayName("a machine credential's failures are their own count: they do not hold back staff signing in from"
            + " the same address")
    void apartFromSignIn() {
        String wrong = "uca_mc_" + "y".repeat(43);
        for (int i = 0; i <= ALLOWED; i++) {
            put(wrong);
        }
        assertThat(put(wrong).statusCode()).isEqualTo(429);
        assertThat(new WebClient(fixture.app.port()).withToken(Role.OFFICER).token()).isNotBlank();
    }
}
