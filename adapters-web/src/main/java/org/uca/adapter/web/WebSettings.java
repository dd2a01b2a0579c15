package org.uca.adapter.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the web adapter runs.
 *
 * @param landlordName       the landlord's name in the header and letters
 * @param sessionSecret      signs session cookies and API tokens; at least 32 characters
 * @param secureCookies      mark cookies Secure (always behind HTTPS); they are also marked Secure whenever the
 *                           request arrived over HTTPS
 * @param sessionIdle        how long a session (or API token) lasts without use
 * @param sessionLifetime    how long a session (or API token) lasts at most, however much it is used
 * @param signInAttempts     failed sign-ins allowed per username and per address within {@code signInWindow}
 * @param signInWindow       the window failed sign-ins are counted over
 * @param clock              today's date for form defaults, and time for sessions
 */
public record WebSettings(String landlordName, String sessionSecret, boolean secureCookies, Duration sessionIdle,
        Duration sessionLifetime, int signInAttempts, Duration signInWindow, Clock clock) {

    /** OWASP ASVS 3.3.2's figures: 30 minutes idle, 12 hours at most. */
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);

    public WebSettings {
        Objects.requireNonNull(landlordName, "landlordName");
        Objects.requireNonNull(sessionSecret, "sessionSecret");
        Objects.requireNonNull(sessionIdle, "sessionIdle");
        Objects.requireNonNull(sessionLifetime, "sessionLifetime");
        if (sessionIdle.compareTo(Duration.ofMinutes(1)) < 0 || sessionLifetime.compareTo(sessionIdle) < 0) {
            throw new IllegalArgumentException("Sessions need an idle time-out of at least a minute and a lifetime"
                    + " no shorter than it.");
        }
        Objects.requireNonNull(signInWindow, "signInWindow");
        Objects.requireNonNull(clock, "clock");
        if (sessionSecret.length() < 32) {
            throw new IllegalArgumentException("The session secret must be at least 32 characters long.");
        }
    }

    /** With the default lifetime (12 hours, or the idle time if longer). */
    public WebSettings(String landlordName, String sessionSecret, boolean secureCookies, Duration sessionIdle,
            int signInAttempts, Duration signInWindow, Clock clock) {
        this(landlordName, sessionSecret, secureCookies, sessionIdle,
                sessionIdle.compareTo(DEFAULT_LIFETIME) > 0 ? sessionIdle : DEFAULT_LIFETIME, signInAttempts,
                signInWindow, clock);
    }

    /** Sensible settings for a landlord: 30-minute idle sessions of 12 hours at most, 5 failed sign-ins per 15 minutes. */
    public static WebSettings defaults(String landlordName, String sessionSecret, boolean secureCookies) {
        return new WebSettings(landlordName, sessionSecret, secureCookies, DEFAULT_IDLE, DEFAULT_LIFETIME, 5,
                Duration.ofMinutes(15), Clock.systemUTC());
    }

    public WebSettings withClock(Clock other) {
        return new WebSettings(landlordName, sessionSecret, secureCookies, sessionIdle, sessionLifetime,
                signInAttempts, signInWindow, other);
    }
}
