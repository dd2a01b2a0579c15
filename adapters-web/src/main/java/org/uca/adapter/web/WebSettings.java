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
 * @param sessionIdle        how long a session lasts without use
 * @param signInAttempts     failed sign-ins allowed per account and address before each further attempt waits
 *                           ({@code SignInLimiter}; 4 times as many per account, 10 times per address)
 * @param signInWindow       the longest wait between attempts once they are used
 * @param clock              today's date for form defaults, and time for sessions
 */
public record WebSettings(String landlordName, String sessionSecret, boolean secureCookies, Duration sessionIdle,
        int signInAttempts, Duration signInWindow, Clock clock) {

    public WebSettings {
        Objects.requireNonNull(landlordName, "landlordName");
        Objects.requireNonNull(sessionSecret, "sessionSecret");
        Objects.requireNonNull(sessionIdle, "sessionIdle");
        Objects.requireNonNull(signInWindow, "signInWindow");
        Objects.requireNonNull(clock, "clock");
        if (sessionSecret.length() < 32) {
            throw new IllegalArgumentException("The session secret must be at least 32 characters long.");
        }
    }

    /** Sensible settings for a landlord: 8-hour idle sessions, 5 failed sign-ins, then waits growing to 15 minutes. */
    public static WebSettings defaults(String landlordName, String sessionSecret, boolean secureCookies) {
        return new WebSettings(landlordName, sessionSecret, secureCookies, Duration.ofHours(8), 5,
                Duration.ofMinutes(15), Clock.systemUTC());
    }

    public WebSettings withClock(Clock other) {
        return new WebSettings(landlordName, sessionSecret, secureCookies, sessionIdle, signInAttempts, signInWindow,
                other);
    }
}
