package org.uca.adapter.web.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The pending sign-in the browser keeps between the redirect and the callback. */
class PendingSignInCookieTest {

    static final String SECRET = "a-session-secret-that-is-long-enough-0123456789";
    final Clock now = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    final PendingSignInCookie cookie = new PendingSignInCookie(SECRET, now);

    @Test
    @DisplayName("it comes back as sent: the same state, nonce and PKCE verifier")
    void roundTrip() {
        PendingSignIn pending = cookie.fresh();
        PendingSignIn back = cookie.open(cookie.seal(pending)).orElseThrow();
        assertThat(back.state()).isEqualTo(pending.state());
        assertThat(back.nonce()).isEqualTo(pending.nonce());
        assertThat(back.verifier().getValue()).isEqualTo(pending.verifier().getValue());
    }

    @Test
    @DisplayName("the browser cannot read the verifier or nonce in it (encrypted, not only signed)")
    void secret() {
        PendingSignIn pending = cookie.fresh();
        String sealed = cookie.seal(pending);
        assertThat(sealed).doesNotContain(pending.verifier().getValue()).doesNotContain(pending.nonce().getValue());
        String payload = new String(java.util.Base64.getUrlDecoder().decode(sealed.split("\\.")[3]),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(payload).doesNotContain("verifier").doesNotContain("nonce");
    }

    @Test
    @DisplayName("an altered cookie, or one sealed under another UCA's secret, is not believed")
    void tamperedRefused() {
        String sealed = cookie.seal(cookie.fresh());
        char[] chars = sealed.toCharArray();
        int inCiphertext = sealed.lastIndexOf('.') - 3;
        chars[inCiphertext] = chars[inCiphertext] == 'A' ? 'B' : 'A';
        assertThat(cookie.open(new String(chars))).isEmpty();
        PendingSignInCookie other = new PendingSignInCookie("another-secret-that-is-long-enough-9876543210", now);
        assertThat(other.open(sealed)).isEmpty();
        assertThat(cookie.open("not-a-jwe")).isEmpty();
        assertThat(cookie.open("")).isEmpty();
    }

    @Test
    @DisplayName("it lasts ten minutes: a callback later than that must start again")
    void expires() {
        String sealed = cookie.seal(cookie.fresh());
        Clock later = Clock.offset(now, PendingSignInCookie.LIFETIME.plus(Duration.ofSeconds(1)));
        assertThat(new PendingSignInCookie(SECRET, later).open(sealed)).isEmpty();
        Clock inTime = Clock.offset(now, PendingSignInCookie.LIFETIME.minus(Duration.ofSeconds(1)));
        assertThat(new PendingSignInCookie(SECRET, inTime).open(sealed)).isPresent();
    }
}
