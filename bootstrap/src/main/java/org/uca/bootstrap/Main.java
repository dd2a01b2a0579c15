package org.uca.bootstrap;

import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.javalin.Javalin;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.web.UcaWeb;
import org.uca.adapter.web.port.UseCases;
import org.uca.adapter.web.WebSettings;
import org.uca.adapter.web.security.oidc.OpenIdProvider;
import org.uca.application.port.in.ApplyRetentionUseCase;
import org.uca.application.port.out.LetterDocuments;
import org.uca.application.service.UcaApplication;
import org.uca.bootstrap.cli.AdminCommand;
import org.uca.bootstrap.mail.LetterEmailRelay;
import org.uca.bootstrap.mail.NotificationRelay;
import org.uca.bootstrap.mail.ReminderDigests;
import org.uca.bootstrap.mail.SmtpNotificationMail;

/**
 * Starts UCA: reads the configuration, opens the store, wires the application and the web adapter, and serves until
 * stopped (Ctrl+C or SIGTERM shut it down gracefully). {@code --demo} loads a demo data set and prints one login
 * per role.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("admin")) {
            UcaLogging.forTheCommandLine();
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true);
            PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true);
            System.exit(AdminCommand.run(Arrays.copyOfRange(args, 1, args.length),
                    CommandLineStore.opener(System.getenv(), System.getProperties()), System.in, out, err,
                    System::console));
            return;
        }
        List<String> options = Arrays.asList(args);
        if (options.contains("--help") || options.contains("-h")) {
            System.out.println("""
                    Usage: java -jar uca.jar [--demo | --apply-retention | --train-start-archive]
                           java -jar uca.jar admin <command>   (create-administrator, list-accounts,
                                         disable-account, enable-account, unlock-account, import-residents;
                                         admin --help says more)
                      --demo             load demo residents, staff and cases, and print one login per role
                      --apply-retention  anonymise cases ended more than UCA_RETENTION_YEARS ago, then exit
                                         (it also runs daily, on one server: UCA_RETENTION_SCHEDULE)
                      --train-start-archive
                                         start on a throwaway demo database, answer a few requests, stop:
                                         run it with -XX:ArchiveClassesAtExit=uca.jsa, then start UCA with
                                         -XX:SharedArchiveFile=uca.jsa to start in about half the CPU time
                                         (the build does this: bootstrap/target/uca.jsa)

                    Configuration (environment variables or -D system properties):
                      UCA_HOST             address to listen on (127.0.0.1: this machine only;
                                           0.0.0.0 for every interface)
                      UCA_PORT             HTTP port (8080)
                      UCA_JDBC_URL         database URL (default: embedded H2 under UCA_DATA_DIR, ./data)
                      UCA_DB_USER, UCA_DB_PASSWORD
                      UCA_MIGRATION_DB_USER, UCA_MIGRATION_DB_PASSWORD
                                           the user that migrates (and owns) the schema, if not UCA_DB_USER
                      UCA_SESSION_SECRET   at least 32 characters; unset, the database keeps its own
                      UCA_RETENTION_YEARS  years to keep ended cases before anonymising them (6)
                      UCA_RETENTION_SCHEDULE  when the retention rule runs (DAILY|02:00|Europe/London)
                      UCA_JOBS_POLL_SECONDS   how often each server looks for a scheduled job that is due (10)
                      UCA_LAPSE_GRACE_WORKING_DAYS  working days after its review date a restriction not
                                           reviewed lapses (10; 0 to 60); checked daily at 01:00 UK time
                      UCA_LANDLORD_NAME    shown in the header and letters (Octavia)
                      UCA_LANDLORD_ADDRESS the landlord's postal address on letters, lines separated by
                                           commas (e.g. "Civic Centre, 1 Upper Street, London, N1 2UD")
                      UCA_LANDLORD_PHONE, UCA_LANDLORD_EMAIL, UCA_LANDLORD_WEBSITE
                                           the landlord's contact details on letters (left off unless set)
                      UCA_LANDLORD_LOGO    a PNG file for the letters' logo (unset: UCA's plain logo)
                      UCA_SECURE_COOKIES   true behind HTTPS
                      UCA_TRUSTED_PROXIES  addresses / CIDR ranges of reverse proxies whose
                                           X-Forwarded-For and X-Forwarded-Proto are believed
                      UCA_STORE            database (default) or memory
                      UCA_PUBLIC_URL       the address staff use, e.g. https://uca.example.org (set-password links
                                           start with it; single sign-on's callback is
                                           UCA_PUBLIC_URL/sign-in/oidc/callback)
                      UCA_OIDC_ISSUER      OpenID Connect issuer URL: switches single sign-on on
                      UCA_OIDC_CLIENT_ID, UCA_OIDC_CLIENT_SECRET
                      UCA_OIDC_ROLE_CLAIM  the ID token claim with groups or roles (groups)
                      UCA_OIDC_ROLE_MAP    claim values to roles and levels, e.g.
                                           uca-officers=OFFICER,uca-sm=SERVICE_MANAGER/SERVICE_MANAGER
                      UCA_OIDC_PROVIDER_NAME  on the button: "Sign in with ..." (single sign-on)
                      UCA_LOCAL_PASSWORDS  false: single sign-on only (true)
                      UCA_SMTP_HOST        SMTP server: switches e-mailing notifications on
                      UCA_SMTP_PORT        (587 for STARTTLS, 465 for TLS, 25 for NONE)
                      UCA_SMTP_SECURITY    STARTTLS (default), TLS or NONE
                      UCA_SMTP_USER, UCA_SMTP_PASSWORD
                      UCA_SMTP_FROM        the address notifications are sent from
                      UCA_SDT_EMAIL        the Service Development Team's address until one is set in UCA
                      UCA_REMINDERS        on (default): a daily digest e-mailed to each manager with
                                           something due (needs UCA_SMTP_HOST); off: none
                      UCA_REMINDERS_AT     when, UK time, on working days only (07:00)
                      UCA_REMINDERS_APPEALS_WITHIN, UCA_REMINDERS_REVIEWS_WITHIN, UCA_REMINDERS_INFORMED_AFTER
                                           appeals due within (2), reviews due within (10), residents not
                                           recorded as informed after (5) working days""");
            return;
        }
        if (options.contains("--train-start-archive")) {
            trainStartArchive();
            return;
        }
        Configuration configuration;
        try {
            configuration = Configuration.from(System.getenv(), System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println("UCA cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.contains("--apply-retention")) {
            Backend backend;
            try {
                backend = Backends.open(configuration, new DemoClock());
            } catch (RuntimeException e) {
                exitBecause(e, configuration);
                return;
            }
            try {
                int done = applyRetention(backend, configuration.retentionYears());
                System.out.println("Retention: " + done + " case(s) ended more than " + configuration.retentionYears()
                        + " years ago anonymised (audited as " + ApplyRetentionUseCase.RETENTION_RULE + ").");
            } finally {
                backend.close();
            }
            return;
        }
        Running running;
        try {
            running = start(configuration, options.contains("--demo"));
        } catch (RuntimeException e) {
            exitBecause(e, configuration);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "uca-shutdown"));
        String url = "http://" + urlHost(configuration.host()) + ":" + running.port() + "/";
        System.out.println();
        System.out.println("UCA is running at " + url + "  (store: " + running.backend().describe() + ")");
        if (options.contains("--demo")) {
            System.out.println("Demo logins (one per role):");
            for (String[] login : DemoData.logins()) {
                System.out.printf("  %-26s username: %-20s password: %s%n", login[0], login[1], login[2]);
            }
        }
        System.out.println(notificationsLine(configuration, running.backend()));
        if (!running.backend().hasActiveAdministrator()) {
            System.out.println(NO_ADMINISTRATOR);
        }
        configuration.signIn().singleSignOn().ifPresent(oidc -> System.out.println("Single sign-on: "
                + oidc.issuer() + " (callback " + oidc.redirectUri() + ")" + (new OpenIdProvider(oidc, Clock.systemUTC()).discover() ? ""
                : " -- its discovery document could not be read just now; sign-in will try again")
                + (configuration.signIn().localPasswords() ? "" : "; UCA passwords are switched off")));
        System.out.println("Health: " + url + "health   API description: " + url + "api/openapi.json"
                + "   Stop with Ctrl+C.");
    }

    /** How a person types the address UCA listens on into a browser. */
    static String urlHost(String host) {
        if (host.equals(Configuration.LOOPBACK)) {
            return "localhost";
        }
        if (host.equals("0.0.0.0") || host.equals("::")) {
            return "localhost"; // and this machine's other addresses
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** What the start-up banner says while no administrator can sign in. */
    static final String NO_ADMINISTRATOR = "No administrator can sign in yet. Create one (stop UCA first when it"
            + " runs on H2) with:\n  java -jar uca.jar admin create-administrator --username NAME";

    /** Every failure to start: one line on standard error, the detail in the log (at debug), exit status 1. */
    private static void exitBecause(RuntimeException failure, Configuration configuration) {
        LOG.debug("UCA did not start", failure);
        System.err.println(StartFailures.oneLine(failure, configuration));
        System.exit(1);
    }

    /** Exits 0 when every training request was answered as expected, 1 otherwise (so the build fails). */
    private static void trainStartArchive() {
        List<String> failures;
        try {
            failures = StartArchiveTraining.run();
        } catch (java.io.IOException | RuntimeException e) {
            LOG.error("The start archive's training failed", e);
            failures = List.of(String.valueOf(e));
        }
        failures.forEach(failure -> System.err.println("Start archive training: " + failure));
        System.out.println("Start archive training " + (failures.isEmpty() ? "done." : "failed."));
        // Exit now (the archive is written at exit); nothing of UCA is left running by then.
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    /** A started UCA: its web server, store and scheduled jobs. */
    /** @param letters the letters as documents (PDF, with the configured landlord), for whatever sends them */
    record Running(Javalin web, Backend backend, ScheduledJobs jobs, LetterDocuments letters) {
        int port() {
            return web.port();
        }

        void stop() {
            LOG.info("UCA is stopping");
            web.stop(); // no new requests; those under way finish
            // A job under way finishes its transaction before the store closes (it is never interrupted mid-write);
            // one that takes longer than ScheduledJobs.STOP_WAIT is interrupted and rolled back, and runs again at
            // its next turn.
            jobs.close();
            backend.close();
        }
    }

    static Running start(Configuration configuration, boolean demo) {
        // An address UCA cannot listen on is refused before any store is created or migrated.
        StartFailures.wrongHost(configuration.host()).ifPresent(why -> {
            throw new CannotStart(why);
        });
        tellJettyTheReferenceSize();
        DemoClock clock = new DemoClock();
        // The store is migrated, but its ORM may still be booting: the pages are built and the port bound meanwhile
        // (a request waits for it, /health says 503), and a store that fails to get ready stops UCA below.
        Backend backend = Backends.start(configuration, clock);
        Javalin web = null;
        try {
            DemoStore.admit(backend, demo); // published passwords never outside a demo
            if (demo) {
                backend.awaitReady();
                new DemoData(backend, clock).load();
            }
            WebSettings settings = new WebSettings(configuration.landlord(),
                    configuration.sessionSecret().orElseGet(backend::sessionSecret),
                    configuration.secureCookies(), configuration.sessionIdle(), configuration.sessionLifetime(), 5,
                    Duration.ofMinutes(15), Clock.systemUTC(), configuration.signIn(), configuration.embeddedBy(),
                    configuration.reviewPeriods());
            UcaWeb uca = new UcaWeb(useCases(backend.application()), settings, backend.accounts(),
                    backend.colleagues(), backend.health(), backend.sessions(), backend.signInCounts(),
                    configuration.clientAddress(), backend.linkedAccounts());
            web = uca.javalin();
            web.start(configuration.host(), configuration.port());
            backend.awaitReady();
            return new Running(web, backend, ScheduledJobs.start(backend.scheduledJobsStore(),
                    scheduledJobs(configuration, backend, uca), configuration.jobs().pollEvery()),
                    letterDocuments(uca));
        } catch (RuntimeException e) {
            if (web != null) {
                web.stop();
            }
            backend.close();
            throw e;
        }
    }

    /**
     * The application's letters as documents: the web adapter's PDFs, with the configured landlord's details (the same
     * the letter pages serve at {@code ….pdf}), e.g. to attach to an e-mail to a resident.
     */
    static LetterDocuments letterDocuments(UcaWeb web) {
        return web.letterPdfs()::pdf;
    }

    /**
     * The jobs UCA runs by itself, each on one server at a time: the retention rule (daily by default), the lapse of
     * restrictions not reviewed in time (daily) and the sweep of expired sessions. A new job is one more entry here.
     */
    static List<ScheduledJobs.Job> scheduledJobs(Configuration configuration, Backend backend, UcaWeb web) {
        List<ScheduledJobs.Job> jobs = new ArrayList<>(List.of(retention(configuration, backend),
                lapse(configuration, backend), new ScheduledJobs.Job("session-sweep", Schedules.fixedDelay(SESSION_SWEEP_EVERY),
                        () -> sweepSessions(web))));
        Optional<ReminderDigests> digests = reminderDigests(configuration, backend);
        notificationRelay(configuration, backend, letterDocuments(web), digests).ifPresent(jobs::add);
        webhookRelay(backend).ifPresent(jobs::add);
        digests.ifPresent(d -> jobs.add(reminderDigest(configuration.jobs().reminders().get(), d)));
        return List.copyOf(jobs);
    }

    /**
     * The daily reminder digest, when it is on ({@code UCA_REMINDERS}), e-mailed ({@code UCA_SMTP_HOST}) and the store
     * keeps it (a database): written by its own job, sent by the relay's.
     */
    static Optional<ReminderDigests> reminderDigests(Configuration configuration, Backend backend) {
        return configuration.jobs().reminders().flatMap(reminders -> configuration.mail().flatMap(mail ->
                backend.reminderDigests().map(store -> new ReminderDigests(store,
                        backend.application().reminderDigests(), reminders.thresholds(), new SmtpNotificationMail(mail),
                        mail, configuration.signIn().publicUrl(), Instant::now))));
    }

    /** The job that writes the day's digests (at most one per manager per day, however often it runs). */
    static ScheduledJobs.Job reminderDigest(Configuration.Reminders reminders, ReminderDigests digests) {
        return new ScheduledJobs.Job("reminder-digest", reminders.schedule(), digests::write);
    }

    /**
     * The outbox relay as a scheduled job, when notifications are e-mailed ({@code UCA_SMTP_HOST}) from a database,
     * on one server at a time, so a notification is never sent by two at once: notifications, then the letters staff
     * chose to e-mail to residents (each attached as the PDF {@code documents} makes), then the reminder digests
     * written, over one SMTP configuration.
     */
    static Optional<ScheduledJobs.Job> notificationRelay(Configuration configuration, Backend backend,
            LetterDocuments documents, Optional<ReminderDigests> digests) {
        return configuration.mail().flatMap(mail -> backend.outbox().map(outbox -> {
            SmtpNotificationMail smtp = new SmtpNotificationMail(mail);
            NotificationRelay relay = new NotificationRelay(outbox, smtp, mail, Instant::now);
            Optional<LetterEmailRelay> letters = backend.lettersToEmail().map(waiting -> new LetterEmailRelay(waiting,
                    email -> letterOf(backend, email), documents::pdf, smtp, mail, Instant::now));
            checkSmtp(smtp);
            return new ScheduledJobs.Job("notification-relay", Schedules.fixedDelay(RELAY_EVERY), () -> {
                relay(relay);
                letters.ifPresent(Main::relay);
                digests.ifPresent(Main::deliver);
            });
        }));
    }

    /**
     * The webhook relay as a scheduled job, when the store keeps a queue (a database), on one server at a time, so
     * an event is never posted by two at once.
     */
    static Optional<ScheduledJobs.Job> webhookRelay(Backend backend) {
        return backend.webhooks().map(queue -> {
            org.uca.bootstrap.webhooks.WebhookRelay relay = new org.uca.bootstrap.webhooks.WebhookRelay(queue,
                    Instant::now);
            return new ScheduledJobs.Job("webhook-relay", Schedules.fixedDelay(RELAY_EVERY), () -> {
                try {
                    relay.relay();
                } catch (RuntimeException e) {
                    LOG.warn("The webhook relay did not run; it tries again in {} s: {}", RELAY_EVERY.toSeconds(),
                            e.getMessage());
                }
            });
        });
    }

    /** The letter an e-mail is of, as it stands, read as the member of staff who chose to e-mail it. */
    private static io.vavr.control.Either<String, org.uca.application.port.out.Letter> letterOf(Backend backend,
            org.uca.adapter.persistence.LetterEmail email) {
        var sending = email.sending();
        return org.uca.application.port.in.SendLetterUseCase.letterAt(sending.letter())
                .toEither("no letter " + sending.letter())
                .flatMap(which -> backend.application().letters().letter(sending.by(), sending.caseId(), which)
                        .mapLeft(failure -> "the letter cannot be read: " + failure.message()));
    }

    /** One run of the letter e-mails (a failure waits for the next run). */
    static void relay(LetterEmailRelay relay) {
        try {
            relay.relay();
        } catch (RuntimeException e) {
            LOG.warn("The letter e-mail relay did not run; it tries again in {} s: {}", RELAY_EVERY.toSeconds(),
                    e.getMessage());
        }
    }

    /** One run of sending the reminder digests (a failure waits for the relay's next run). */
    static void deliver(ReminderDigests digests) {
        try {
            digests.deliver();
        } catch (RuntimeException e) {
            LOG.warn("The reminder digests were not sent; the relay tries again in {} s: {}", RELAY_EVERY.toSeconds(),
                    e.getMessage());
        }
    }

    /**
     * A wrong SMTP setting is said at start-up in one line, without holding the start up (a server that does not
     * answer takes the connection timeout): notifications wait in the outbox meanwhile, and the administrators'
     * page shows each failed attempt's reason.
     */
    static void checkSmtp(SmtpNotificationMail smtp) {
        Thread check = new Thread(() -> smtp.check().ifPresentOrElse(
                why -> LOG.warn("Notifications cannot be e-mailed yet: {}. They wait in the outbox; check the"
                        + " UCA_SMTP_ settings.", why),
                () -> LOG.info("The SMTP server accepts UCA's connection: notifications will be e-mailed.")),
                "smtp-check");
        check.setDaemon(true);
        check.start();
    }

    /** How long after one run of the outbox relay the next is made. */
    static final Duration RELAY_EVERY = Duration.ofSeconds(30);

    /** One run of the relay (a failure, such as the database being unreachable, waits for the next run). */
    static void relay(NotificationRelay relay) {
        try {
            relay.relay();
        } catch (RuntimeException e) {
            LOG.warn("The notification relay did not run; it tries again in {} s: {}", RELAY_EVERY.toSeconds(),
                    e.getMessage());
        }
    }

    /** What the start-up banner says about notifications. */
    static String notificationsLine(Configuration configuration, Backend backend) {
        if (configuration.mail().isEmpty()) {
            return "Notifications are not being e-mailed (UCA_SMTP_HOST is not set): they wait in the outbox.";
        }
        if (backend.outbox().isEmpty()) {
            return "Notifications are not being e-mailed: the in-memory store (UCA_STORE=memory) keeps no outbox.";
        }
        return "Notifications: " + configuration.mail().get().inWords() + ".";
    }

    /** The retention rule as a scheduled job. */
    static ScheduledJobs.Job retention(Configuration configuration, Backend backend) {
        return new ScheduledJobs.Job("retention", configuration.jobs().retention(),
                () -> applyRetention(backend, configuration.retentionYears()));
    }

    /** When restrictions not reviewed in time lapse: daily, early, before the reminder digest is written. */
    static final java.time.LocalTime LAPSE_AT = java.time.LocalTime.of(1, 0);

    /** Restrictions not reviewed in time lapse, daily at {@link #LAPSE_AT} UK time. */
    static ScheduledJobs.Job lapse(Configuration configuration, Backend backend) {
        return new ScheduledJobs.Job("lapse", Schedules.daily(org.uca.domain.shared.UkTime.ZONE, LAPSE_AT),
                () -> lapseRestrictions(backend, configuration.lapseGraceWorkingDays()));
    }

    /** Lapses the restrictions not reviewed in time (the application's use case); how many lapsed (0 if it failed). */
    static int lapseRestrictions(Backend backend, int graceWorkingDays) {
        try {
            return backend.application().lapseRestrictions().lapseRestrictions(graceWorkingDays).fold(failure -> {
                LOG.warn("Restrictions did not lapse ({}); it runs again tomorrow", failure.message());
                return 0;
            }, lapsed -> {
                if (lapsed.lapsed() > 0 || lapsed.notYet() > 0) {
                    LOG.info("Lapse: {} restrictions not reviewed by {} lapsed, {} left for the next run",
                            lapsed.lapsed(), lapsed.reviewDatesBefore(), lapsed.notYet());
                }
                return lapsed.lapsed();
            });
        } catch (RuntimeException e) {
            LOG.warn("Lapse job failed; it runs again tomorrow", e);
            return 0;
        }
    }

    /** How long after one sweep of expired sessions the next is made. */
    static final Duration SESSION_SWEEP_EVERY = Duration.ofMinutes(5);

    /** Jetty's own property: how many object references fill a cache line (it pads its hot counters with it). */
    static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    /** Jetty's own property: the cache line's size in bytes (64 unless set), which it divides by a reference's. */
    static final String JETTY_CACHE_LINE_BYTES = "org.eclipse.jetty.util.cacheLineBytes";

    /**
     * Jetty works out how many references fill a cache line by asking the platform MBean server whether references
     * are compressed; starting that server costs start-up time, and nothing else in UCA needs it. The same VM
     * option, read from the diagnostic bean directly, and Jetty's own cache line size give Jetty the same answer
     * (unless the property is set already).
     */
    static void tellJettyTheReferenceSize() {
        if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
            boolean compressed = Boolean.parseBoolean(java.lang.management.ManagementFactory
                    .getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .getVMOption("UseCompressedOops").getValue());
            int cacheLineBytes = Integer.getInteger(JETTY_CACHE_LINE_BYTES, 64);
            System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE,
                    String.valueOf(compressed ? cacheLineBytes >> 2 : cacheLineBytes >> 3));
        }
    }

    /** The web adapter drives the application through its incoming ports only. */
    static UseCases useCases(UcaApplication app) {
        return new UseCases(app.recordUnacceptableActions(), app.recordResidentNeeds(), app.recordContact(),
                app.issueWarning(), app.authoriseMeasures(), app.recordResidentInformed(), app.lodgeAppeal(),
                app.decideAppeal(), app.reviewRestriction(), app.liftRestriction(), app.markEnteredInError(),
                app.amendRecords(),
                app.contactGuidance(),
                app.viewCase(), app.findResidents(), app.workQueues(), app.letters(), app.monitoring(),
                app.myWork(), app.casePage(), app.guidancePage(), app.importResidents(), app.manageStaff(),
                app.manageAccounts(), app.setPasswordFromLink(), app.changePassword(),
                app.manageMachineCredentials(), app.syncResidents(), app.notificationDelivery(),
                app.notificationAddresses(), app.serviceDevelopmentInbox(), app.sendLetter(), app.caseAudit(),
                app.exportSubjectAccess(), app.recordRefusedAttempt(), app.webhooks(), app.safeVisit(),
                app.workProperties(), app.withholdNotice(), app.filedCorrespondence());
    }

    /** Deletes expired sessions and tokens (one statement; a failure waits for the next run). */
    static void sweepSessions(UcaWeb uca) {
        try {
            int swept = uca.sweepExpiredSessions();
            LOG.debug("Swept {} expired sessions", swept);
        } catch (RuntimeException e) {
            LOG.warn("Sweeping expired sessions failed; it runs again in 5 minutes: {}", e.getMessage());
        }
    }

    /**
     * Runs the retention rule (the application's use case: the period counted in UK dates, audited as the system);
     * returns how many cases were anonymised (0 if it failed).
     */
    static int applyRetention(Backend backend, int years) {
        try {
            return backend.application().applyRetention().applyRetention(Period.ofYears(years)).fold(failure -> {
                LOG.warn("Retention rule did not run ({}); it runs again tomorrow", failure.message());
                return 0;
            }, applied -> {
                if (applied.anonymised() > 0) {
                    LOG.info("Retention: anonymised {} cases that ended before {}", applied.anonymised(),
                            applied.cutOff());
                }
                return applied.anonymised();
            });
        } catch (RuntimeException e) {
            LOG.warn("Retention job failed; it runs again tomorrow", e);
            return 0;
        }
    }
}
