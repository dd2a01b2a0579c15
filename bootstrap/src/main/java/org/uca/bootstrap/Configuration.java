package org.uca.bootstrap;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.uca.adapter.web.security.ClientAddress;
import org.uca.adapter.web.security.FrameAncestors;
import org.uca.adapter.web.security.SignInOptions;
import org.uca.adapter.web.view.Landlord;
import org.uca.application.port.in.ReminderDigestQuery;
import org.uca.bootstrap.mail.MailSettings;
import org.uca.domain.shared.UkTime;
import org.uca.domain.cases.ReviewPeriods;

/**
 * How UCA runs, from environment variables (or the same names as system properties, which win):
 * {@code UCA_PORT} (8080), {@code UCA_JDBC_URL} (an H2 file database under {@code UCA_DATA_DIR}, default
 * {@code ./data}), {@code UCA_DB_USER}, {@code UCA_DB_PASSWORD}, {@code UCA_SESSION_SECRET} (unset, the
 * store's own: {@link #sessionSecret}), {@code UCA_RETENTION_YEARS} (6), the landlord on letters
 * ({@code UCA_LANDLORD_…}: {@link LandlordSettings}),
 * {@code UCA_SECURE_COOKIES} (false; set true behind HTTPS), {@code UCA_STORE} ({@code database}, or {@code memory} to keep nothing),
 * {@code UCA_SESSION_IDLE_MINUTES} (30) and {@code UCA_SESSION_LIFETIME_HOURS} (12), {@code UCA_HOST} (the
 * address to listen on: {@code 127.0.0.1}, this machine only, unless set, e.g. {@code 0.0.0.0} for every interface),
 * {@code UCA_TRUSTED_PROXIES} (addresses and CIDR ranges whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto}
 * are believed; none unless set), when the scheduled jobs run ({@link Jobs}), the daily reminder digest
 * ({@code UCA_REMINDERS…}: {@link Reminders}), {@code UCA_MIGRATION_DB_USER} and
 * {@code UCA_MIGRATION_DB_PASSWORD} (the user that migrates and owns the schema, when it is not the running user
 * {@code UCA_DB_USER}; unset, the one user does both); how staff sign in ({@code UCA_LOCAL_PASSWORDS},
 * {@code UCA_OIDC_…}, {@code UCA_PUBLIC_URL}: {@link SignInConfiguration}); how notifications are e-mailed
 * ({@code UCA_SMTP_…}, {@code UCA_SDT_EMAIL}: {@link MailSettings}; none unless {@code UCA_SMTP_HOST} is set);
 * {@code UCA_EMBED_FRAME_ANCESTORS} (the origins of the CRM screens that may frame the guidance banner,
 * {@code https://crm.example.org}, separated by spaces; unset, only UCA's own pages may);
 * {@code UCA_WEBHOOKS_LOOPBACK_HTTP} (false): whether a receiving system may be registered at a plain http address
 * on this machine (tests and development; every other address must be https);
 * {@code UCA_LAPSE_GRACE_WORKING_DAYS} (10): how many working days after its review date a restriction not reviewed
 * lapses; {@code UCA_REVIEW_MONTHS_CONTACT_STANDARDS} (6), {@code UCA_REVIEW_MONTHS_SERVICE_LIMITS} (3),
 * {@code UCA_REVIEW_MONTHS_TENANCY_ACTION} (6) and {@code UCA_REVIEW_MONTHS_INFORMING_THE_POLICE} (6): how soon each
 * kind of action is usually reviewed, as the authorise form fills it in (1 to 12).
 *
 * @param sessionSecret {@code UCA_SESSION_SECRET}, which signs session cookies, API tokens and form tokens; unset, the
 *                      store keeps its own (made at random once), so sessions survive a restart and every process on
 *                      one database shares it. Setting it (or changing it) ends every session signed under another.
 */
public record Configuration(int port, String jdbcUrl, String dbUser, String dbPassword, Path dataDir,
        Optional<String> sessionSecret, int retentionYears, Landlord landlord,
        boolean secureCookies, boolean inMemory, Duration sessionIdle, Duration sessionLifetime, String host,
        String trustedProxies, Jobs jobs, String migrationDbUser, String migrationDbPassword,
        SignInOptions signIn, Optional<MailSettings> mail, FrameAncestors embeddedBy,
        boolean webhooksToLoopbackHttp, int lapseGraceWorkingDays, ReviewPeriods reviewPeriods) {

    /** The most working days {@code UCA_LAPSE_GRACE_WORKING_DAYS} may be: a quarter of a year. */
    static final int MOST_LAPSE_GRACE_WORKING_DAYS = 60;

    /** Where UCA listens unless {@code UCA_HOST} says otherwise: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    /**
     * When the scheduled jobs run (each on one server at a time, however many share the database).
     *
     * @param retention {@code UCA_RETENTION_SCHEDULE}: the retention rule's schedule, as db-scheduler writes one:
     *                  {@code DAILY|02:00|Europe/London} (the default: daily at 02:00 UK time) or
     *                  {@code FIXED_DELAY|3600s} (an hour after the last run ended)
     * @param pollEvery {@code UCA_JOBS_POLL_SECONDS} (10): how often each server looks for a job that is due
     * @param reminders the daily reminder digest ({@link Reminders}); none when {@code UCA_REMINDERS=off}
     */
    public record Jobs(Schedule retention, Duration pollEvery, Optional<Reminders> reminders) {

        static final String DEFAULT_RETENTION = "DAILY|02:00|Europe/London";

        public Jobs {
            java.util.Objects.requireNonNull(retention, "retention");
            java.util.Objects.requireNonNull(pollEvery, "pollEvery");
            java.util.Objects.requireNonNull(reminders, "reminders");
        }

        static Jobs from(String retention, int pollSeconds, Optional<Reminders> reminders) {
            if (pollSeconds < 1) {
                throw new IllegalArgumentException("UCA_JOBS_POLL_SECONDS must be at least 1.");
            }
            return new Jobs(schedule("UCA_RETENTION_SCHEDULE", retention), Duration.ofSeconds(pollSeconds),
                    reminders);
        }

        private static Schedule schedule(String name, String value) {
            String expected = name + " must be a schedule such as " + DEFAULT_RETENTION
                    + " (daily at 02:00 UK time) or FIXED_DELAY|3600s (an hour after the last run), not \""
                    + value + "\".";
            Schedule schedule;
            try {
                schedule = Schedules.parseSchedule(value);
            } catch (RuntimeException e) { // not a schedule, or an unknown time zone
                throw new IllegalArgumentException(expected, e);
            }
            Instant now = Instant.now();
            if (schedule.isDisabled()
                    || !schedule.getNextExecutionTime(ExecutionComplete.simulatedSuccess(now)).isAfter(now)) {
                throw new IllegalArgumentException(expected + " The retention rule cannot be switched off, and a"
                        + " run must leave time before the next.");
            }
            return schedule;
        }
    }

    /**
     * The daily reminder digest to each responsible manager, by e-mail (so only when {@code UCA_SMTP_HOST} is set):
     * {@code UCA_REMINDERS} ({@code on}, or {@code off}), {@code UCA_REMINDERS_AT} (07:00, UK time, on working days
     * only), and how far ahead it looks, in working days: {@code UCA_REMINDERS_APPEALS_WITHIN} (2),
     * {@code UCA_REMINDERS_REVIEWS_WITHIN} (10), {@code UCA_REMINDERS_INFORMED_AFTER} (5).
     */
    public record Reminders(LocalTime at, ReminderDigestQuery.Thresholds thresholds) {

        static final int MOST_WORKING_DAYS = 60;

        public Reminders {
            java.util.Objects.requireNonNull(at, "at");
            java.util.Objects.requireNonNull(thresholds, "thresholds");
        }

        /** Daily at {@link #at}, UK time (the job itself sends nothing on a day that is not a working day). */
        public Schedule schedule() {
            return Schedules.daily(UkTime.ZONE, at);
        }

        static Optional<Reminders> from(Settings s) {
            if (s.oneOf("UCA_REMINDERS", "on", "off").equals("off")) {
                return Optional.empty();
            }
            String at = s.get("UCA_REMINDERS_AT", "07:00");
            LocalTime time;
            try {
                time = LocalTime.parse(at);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("UCA_REMINDERS_AT must be a time of day such as 07:00 (UK time),"
                        + " not \"" + at + "\".", e);
            }
            return Optional.of(new Reminders(time, new ReminderDigestQuery.Thresholds(
                    workingDays(s, "UCA_REMINDERS_APPEALS_WITHIN", 2), workingDays(s, "UCA_REMINDERS_REVIEWS_WITHIN", 10),
                    workingDays(s, "UCA_REMINDERS_INFORMED_AFTER", 5))));
        }

        private static int workingDays(Settings s, String name, int fallback) {
            int days = s.number(name, fallback);
            if (days < 0 || days > MOST_WORKING_DAYS) {
                throw new IllegalArgumentException(name + " must be a number of working days from 0 to "
                        + MOST_WORKING_DAYS + ", not " + days + ".");
            }
            return days;
        }
    }

    public static Configuration from(Map<String, String> env, Properties props) {
        Settings s = new Settings(env, props);
        String secret = s.get("UCA_SESSION_SECRET", "");
        if (!secret.isBlank() && secret.length() < 32) {
            throw new IllegalArgumentException("UCA_SESSION_SECRET must be at least 32 characters long.");
        }
        int port = s.number("UCA_PORT", 8080);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("UCA_PORT must be 0 to 65535 (0: any free port), not " + port + ".");
        }
        int retention = s.number("UCA_RETENTION_YEARS", 6);
        if (retention < 1) {
            throw new IllegalArgumentException("UCA_RETENTION_YEARS must be at least 1.");
        }
        int idleMinutes = s.number("UCA_SESSION_IDLE_MINUTES", 30);
        int lifetimeHours = s.number("UCA_SESSION_LIFETIME_HOURS", 12);
        if (idleMinutes < 1 || lifetimeHours < 1 || Duration.ofMinutes(idleMinutes).compareTo(
                Duration.ofHours(lifetimeHours)) > 0) {
            throw new IllegalArgumentException("UCA_SESSION_IDLE_MINUTES must be at least 1 and"
                    + " UCA_SESSION_LIFETIME_HOURS at least 1, and a session's idle time no longer than its lifetime.");
        }
        Jobs jobs = Jobs.from(s.get("UCA_RETENTION_SCHEDULE", Jobs.DEFAULT_RETENTION),
                s.number("UCA_JOBS_POLL_SECONDS", 10), Reminders.from(s));
        return new Configuration(port, s.get("UCA_JDBC_URL", ""), s.get("UCA_DB_USER", ""),
                s.get("UCA_DB_PASSWORD", ""), Path.of(s.get("UCA_DATA_DIR", "data")),
                secret.isBlank() ? Optional.empty() : Optional.of(secret), retention,
                LandlordSettings.from(name -> s.get(name, "")), s.trueOrFalse("UCA_SECURE_COOKIES", false),
                s.oneOf("UCA_STORE", "database", "memory").equals("memory"), Duration.ofMinutes(idleMinutes),
                Duration.ofHours(lifetimeHours), s.get("UCA_HOST", LOOPBACK),
                trustedProxies(s.get("UCA_TRUSTED_PROXIES", "")), jobs, s.get("UCA_MIGRATION_DB_USER", ""),
                s.get("UCA_MIGRATION_DB_PASSWORD", ""), SignInConfiguration.from(name -> s.get(name, ""), port),
                MailSettings.from(name -> s.get(name, "")),
                FrameAncestors.parse(s.get("UCA_EMBED_FRAME_ANCESTORS", ""), "UCA_EMBED_FRAME_ANCESTORS"),
                s.trueOrFalse("UCA_WEBHOOKS_LOOPBACK_HTTP", false), lapseGrace(s),
                reviewPeriods(s));
    }

    /**
     * {@code UCA_LAPSE_GRACE_WORKING_DAYS} (10): how many working days after its review date a restriction not
     * reviewed lapses (issue 15 §4).
     */
    private static int lapseGrace(Settings s) {
        String name = "UCA_LAPSE_GRACE_WORKING_DAYS";
        int days = s.number(name, org.uca.domain.cases.LapseRule.DEFAULT_GRACE_WORKING_DAYS);
        if (days < 0 || days > MOST_LAPSE_GRACE_WORKING_DAYS) {
            throw new IllegalArgumentException(name + " must be a number of working days from 0 to "
                    + MOST_LAPSE_GRACE_WORKING_DAYS + " (10 unless set), not " + days + ": a restriction not"
                    + " reviewed lapses that many working days after its review date.");
        }
        return days;
    }

    /** The usual review period of each kind of action, in months (issue 15 §4): each from 1 to 12. */
    private static ReviewPeriods reviewPeriods(Settings s) {
        ReviewPeriods usual = ReviewPeriods.usual();
        return new ReviewPeriods(months(s, "UCA_REVIEW_MONTHS_CONTACT_STANDARDS", usual.contactStandards()),
                months(s, "UCA_REVIEW_MONTHS_SERVICE_LIMITS", usual.serviceLimits()),
                months(s, "UCA_REVIEW_MONTHS_TENANCY_ACTION", usual.tenancyAction()),
                months(s, "UCA_REVIEW_MONTHS_INFORMING_THE_POLICE", usual.informingThePolice()));
    }

    private static int months(Settings s, String name, int usual) {
        int months = s.number(name, usual);
        if (months < 1 || months > org.uca.domain.cases.Case.MAX_MONTHS_TO_REVIEW) {
            throw new IllegalArgumentException(name + " must be a number of months from 1 to "
                    + org.uca.domain.cases.Case.MAX_MONTHS_TO_REVIEW + " (" + usual + " unless set), not " + months
                    + ": the usual review period the authorise form fills in.");
        }
        return months;
    }

    /** The setting, checked: a start with an entry that is not an address or range is refused. */
    private static String trustedProxies(String setting) {
        ClientAddress.trusting(setting); // throws IllegalArgumentException naming the entry
        return setting;
    }

    /** The landlord's name, in the header and on letters. */
    public String landlordName() {
        return landlord.name();
    }

    /** Which proxies' forwarding headers the web adapter believes. */
    public ClientAddress clientAddress() {
        return ClientAddress.trusting(trustedProxies);
    }

    /** Never prints the password or the session secret. */
    @Override
    public String toString() {
        return "Configuration[port=" + port + ", store=" + (inMemory ? "memory" : "database") + ", jdbcUrl="
                + (jdbcUrl.isBlank() ? "(embedded H2 in " + dataDir + ")"
                : jdbcUrl) + (migrationDbUser.isBlank() ? "" : ", migrated by " + migrationDbUser) + ", retentionYears="
                + retentionYears + ", lapseGraceWorkingDays=" + lapseGraceWorkingDays + ", jobs=" + jobs + ", landlord="
                + landlord
                + ", secureCookies=" + secureCookies + ", sessionIdle=" + sessionIdle + ", sessionLifetime="
                + sessionLifetime + ", host=" + host + ", trustedProxies="
                + (trustedProxies.isBlank() ? "(none)" : trustedProxies) + ", localPasswords=" + signIn.localPasswords()
                + ", singleSignOn=" + signIn.singleSignOn().map(Object::toString).orElse("off") + ", mail="
                + mail.map(MailSettings::toString).orElse("off") + "]";
    }

    private record Settings(Map<String, String> env, Properties props) {
        String get(String name, String fallback) {
            String value = props.getProperty(name);
            if (value == null) {
                value = env.get(name);
            }
            return value == null || value.isBlank() ? fallback : value.strip();
        }

        /** {@code true} or {@code false} (any case); anything else is refused, never read as false. */
        boolean trueOrFalse(String name, boolean fallback) {
            String value = get(name, String.valueOf(fallback));
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException(name + " must be true or false, not \"" + value + "\".");
            }
            return Boolean.parseBoolean(value);
        }

        /** One of the values (any case), the first when unset; anything else is refused with the values it takes. */
        String oneOf(String name, String fallback, String... others) {
            String value = get(name, fallback);
            java.util.List<String> values = new java.util.ArrayList<>(java.util.List.of(others));
            values.add(0, fallback);
            return values.stream().filter(value::equalsIgnoreCase).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(name + " must be " + String.join(" or ",
                            values) + ", not \"" + value + "\"."));
        }

        int number(String name, int fallback) {
            String value = get(name, String.valueOf(fallback));
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number, not \"" + value + "\".", e);
            }
        }
    }
}
