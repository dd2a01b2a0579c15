package org.uca.adapter.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.uca.adapter.web.security.SignInOptions;

/**
 * How the web adapter runs.
 *
 * @param landlordName       the landlord's name in the header and letters
 * @param sessionSecret      signs session cookies and API tokens; at least 32 characters
 * @param secureCookies      mark cookies Secure (always behind HTTPS); they are also marked Secure whenever the
 *                           request arrived over HTTPS
 * @param sessionIdle        how long a session lasts without use
 * @param signInAttempts     failed sign-ins allowed per username and per address within {@code signInWindow}
 * @param signInWindow       the window failed sign-ins are counted over
 * @param clock              today's date for form defaults, and time for sessions
 * @param signIn             passwords, single sign-on, or both
 */
public record WebSettings(String landlordName, String sessionSecret, boolean secureCookies, Duration sessionIdle,
        int signInAttempts, Duration signInWindow, Clock clock, SignInOptions signIn) {

    /** UCA's own passwords only. */
    public WebSettings(String landlordName, String sessionSecret, boolean secureCookies, Duration sessionIdle,
            int signInAttempts, Duration signInWindow, Clock clock) {
        this(landlordName, sessionSecret, secureCookies, sessionIdle, signInAttempts, signInWindow, clock,
                SignInOptions.passwordsOnly());
    }

    public WebSettings {
        Objects.requireNonNull(landlordName, "landlordName");
        Objects.requireNonNull(sessionSecret, "sessionSecret");
        Objects.requireNonNull(sessionIdle, "sessionIdle");
        Objects.requireNonNull(signInWindow, "signInWindow");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(signIn, "signIn");
        if (sessionSecret.length() < 32) {
            throw new IllegalArgumentException("The session secret must be at least 32 characters long.");
        }
    }

    /** Sensible settings for a landlord: 8-hour idle sessions, 5 failed sign-ins per 15 minutes. */
    public static WebSettings defaults(String landlordName, String sessionSecret, boolean secureCookies) {
        return new WebSettings(landlordName, sessionSecret, secureCookies, Duration.ofHours(8), 5,
                Duration.ofMinutes(15), Clock.systemUTC());
    }

    public WebSettings withClock(Clock other) {
        return new WebSettings(landlordName, sessionSecret, secureCookies, sessionIdle, signInAttempts, signInWindow,
                other, signIn);
    }

    public WebSettings withSignIn(SignInOptions other) {
        return new WebSettings(landlordName, sessionSecret, secureCookies, sessionIdle, signInAttempts, signInWindow,
                clock, other);
    }
}
