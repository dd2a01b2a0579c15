package org.uca.adapter.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.uca.adapter.web.security.FrameAncestors;
import org.uca.adapter.web.security.SignInOptions;
import org.uca.adapter.web.view.Landlord;
import org.uca.domain.cases.ReviewPeriods;

/**
 * How the web adapter runs.
 *
 * @param landlord           the landlord: its name in the header, its details and logo on letters
 * @param sessionSecret      signs session cookies and API tokens; at least 32 characters
 * @param secureCookies      mark cookies Secure (always behind HTTPS); they are also marked Secure whenever the
 *                           request arrived over HTTPS
 * @param sessionIdle        how long a session (or API token) lasts without use
 * @param sessionLifetime    how long a session (or API token) lasts at most, however much it is used
 * @param signInAttempts     failed sign-ins allowed per account and address before each further attempt waits
 *                           ({@code SignInLimiter}; 4 times as many per account, 10 times per address)
 * @param signInWindow       the longest wait between attempts once they are used
 * @param clock              today's date for form defaults, and time for sessions
 * @param signIn             passwords, single sign-on, or both
 * @param embeddedBy         the origins whose pages may frame the guidance banner ({@code frame-ancestors}):
 *                           UCA itself unless the landlord names its CRM's
 * @param reviewPeriods      how soon each kind of action is usually reviewed: what the authorise form fills in
 */
public record WebSettings(Landlord landlord, String sessionSecret, boolean secureCookies, Duration sessionIdle,
        Duration sessionLifetime, int signInAttempts, Duration signInWindow, Clock clock, SignInOptions signIn,
        FrameAncestors embeddedBy, ReviewPeriods reviewPeriods) {

    /** With the usual review periods. */
    public WebSettings(Landlord landlord, String sessionSecret, boolean secureCookies, Duration sessionIdle,
            Duration sessionLifetime, int signInAttempts, Duration signInWindow, Clock clock, SignInOptions signIn,
            FrameAncestors embeddedBy) {
        this(landlord, sessionSecret, secureCookies, sessionIdle, sessionLifetime, signInAttempts, signInWindow,
                clock, signIn, embeddedBy, ReviewPeriods.usual());
    }

    /** OWASP ASVS 3.3.2's figures: 30 minutes idle, 12 hours at most. */
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);

    /** A landlord known by name only (UCA's plain logo on letters). */
    public WebSettings(String landlordName, String sessionSecret, boolean secureCookies, Duration sessionIdle,
            Duration sessionLifetime, int signInAttempts, Duration signInWindow, Clock clock, SignInOptions signIn) {
        this(Landlord.named(landlordName), sessionSecret, secureCookies, sessionIdle, sessionLifetime,
                signInAttempts, signInWindow, clock, signIn, FrameAncestors.SELF);
    }

    /** The banner framed by UCA's own pages only. */
    public WebSettings(Landlord landlord, String sessionSecret, boolean secureCookies, Duration sessionIdle,
            Duration sessionLifetime, int signInAttempts, Duration signInWindow, Clock clock, SignInOptions signIn) {
        this(landlord, sessionSecret, secureCookies, sessionIdle, sessionLifetime, signInAttempts, signInWindow,
                clock, signIn, FrameAncestors.SELF);
    }

    /** UCA's own passwords only. */
    public WebSettings(String landlordName, String sessionSecret, boolean secureCookies, Duration sessionIdle,
            Duration sessionLifetime, int signInAttempts, Duration signInWindow, Clock clock) {
        this(landlordName, sessionSecret, secureCookies, sessionIdle, sessionLifetime, signInAttempts, signInWindow,
                clock, SignInOptions.passwordsOnly());
    }

    public WebSettings {
        Objects.requireNonNull(landlord, "landlord");
        Objects.requireNonNull(sessionSecret, "sessionSecret");
        Objects.requireNonNull(sessionIdle, "sessionIdle");
        Objects.requireNonNull(sessionLifetime, "sessionLifetime");
        if (sessionIdle.compareTo(Duration.ofMinutes(1)) < 0 || sessionLifetime.compareTo(sessionIdle) < 0) {
            throw new IllegalArgumentException("Sessions need an idle time-out of at least a minute and a lifetime"
                    + " no shorter than it.");
        }
        Objects.requireNonNull(signInWindow, "signInWindow");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(embeddedBy, "embeddedBy");
        Objects.requireNonNull(reviewPeriods, "reviewPeriods");
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

    /**
     * Sensible settings for a landlord: 30-minute idle sessions of 12 hours at most; 5 failed sign-ins, then waits
     * growing to 15 minutes.
     */
    public static WebSettings defaults(String landlordName, String sessionSecret, boolean secureCookies) {
        return new WebSettings(landlordName, sessionSecret, secureCookies, DEFAULT_IDLE, DEFAULT_LIFETIME, 5,
                Duration.ofMinutes(15), Clock.systemUTC());
    }

    public String landlordName() {
        return landlord.name();
    }

    public WebSettings withClock(Clock other) {
        return new WebSettings(landlord, sessionSecret, secureCookies, sessionIdle, sessionLifetime,
                signInAttempts, signInWindow, other, signIn, embeddedBy, reviewPeriods);
    }

    public WebSettings withLandlord(Landlord other) {
        return new WebSettings(other, sessionSecret, secureCookies, sessionIdle, sessionLifetime,
                signInAttempts, signInWindow, clock, signIn, embeddedBy, reviewPeriods);
    }

    public WebSettings withSignIn(SignInOptions other) {
        return new WebSettings(landlord, sessionSecret, secureCookies, sessionIdle, sessionLifetime,
                signInAttempts, signInWindow, clock, other, embeddedBy, reviewPeriods);
    }

    public WebSettings framedBy(FrameAncestors other) {
        return new WebSettings(landlord, sessionSecret, secureCookies, sessionIdle, sessionLifetime,
                signInAttempts, signInWindow, clock, signIn, other, reviewPeriods);
    }

    public WebSettings reviewedAfter(ReviewPeriods other) {
        return new WebSettings(landlord, sessionSecret, secureCookies, sessionIdle, sessionLifetime,
                signInAttempts, signInWindow, clock, signIn, embeddedBy, other);
    }
}
