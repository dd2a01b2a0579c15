package org.uca.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * UCA's logging when nobody configured any: UCA's own messages at INFO, the libraries' at WARN, on the console.
 * Logback finds this as a service and runs it before looking for a file; set in code rather than in a
 * {@code logback.xml} because parsing that file cost a tenth of UCA's start-up. A file still wins: with
 * {@code -Dlogback.configurationFile=...} (or a {@code logback-test.xml} on a test class path) this steps aside.
 */
public final class UcaLogging extends ContextAwareBase implements Configurator {

    /**
     * One line per event, as the pattern {@code %d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n} (then the stack
     * trace, if any) writes it: a layout of Logback's rather than its pattern layout, whose table of ~50 converters
     * is set up on the start-up's critical path.
     */
    static final class Line extends LayoutBase<ILoggingEvent> {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
                .withZone(ZoneId.systemDefault());
        private final TargetLengthBasedClassNameAbbreviator logger = new TargetLengthBasedClassNameAbbreviator(24);

        @Override
        public String doLayout(ILoggingEvent event) {
            StringBuilder line = new StringBuilder(128).append(TIME.format(Instant.ofEpochMilli(event.getTimeStamp())))
                    .append(' ').append(event.getLevel());
            for (int pad = event.getLevel().toString().length(); pad < 5; pad++) {
                line.append(' ');
            }
            line.append(' ').append(logger.abbreviate(event.getLoggerName())).append(" - ")
                    .append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
            IThrowableProxy thrown = event.getThrowableProxy();
            if (thrown != null) {
                line.append(ThrowableProxyUtil.asString(thrown)); // it ends with a line separator
            }
            return line.toString();
        }
    }

    /**
     * The libraries that say too much at INFO; and Hibernate's JDBC errors and session errors, which quote the
     * database's message (a refused row's key, a resident's reference, on H2 the statement) — personal data, never
     * logged: UCA's storage adapter turns every such error into a conflict or a refusal, and logs what it cannot.
     */
    static final Map<String, Level> LIBRARIES = Map.of("org.eclipse.jetty", Level.WARN, "io.javalin", Level.WARN,
            "org.hibernate", Level.WARN, "org.hibernate.orm.jdbc.error", Level.OFF,
            "org.hibernate.orm.session", Level.OFF, "com.zaxxer.hikari", Level.WARN, "org.flywaydb", Level.WARN,
            "com.github.kagkarlsson.scheduler", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (aFileIsGiven()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        toConsole(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * The command line ({@code uca.jar admin}) says what happened itself, in one line: the store's and libraries'
     * messages (a locked H2 file logs pages of stack trace) are not shown, unless a logging file asks for them.
     */
    static void forTheCommandLine() {
        if (!aFileIsGiven() && org.slf4j.LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        }
    }

    static boolean aFileIsGiven() {
        return System.getProperty("logback.configurationFile") != null
                || UcaLogging.class.getClassLoader().getResource("logback-test.xml") != null;
    }

    static void toConsole(LoggerContext context) {
        Line line = new Line();
        line.setContext(context);
        line.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(line);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder);
        console.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        LIBRARIES.forEach((name, level) -> context.getLogger(name).setLevel(level));
        // The PostgreSQL driver logs through java.util.logging, straight to standard error; its warnings (a URL it
        // cannot read) come back as the failure UCA reports in its one line. Held here: JUL keeps loggers weakly.
        POSTGRESQL_DRIVER.setLevel(java.util.logging.Level.SEVERE);
        BootWithoutTheDatabase quiet = new BootWithoutTheDatabase();
        quiet.setContext(context);
        quiet.start();
        context.addTurboFilter(quiet);
        JavalinDidNotStart started = new JavalinDidNotStart();
        started.setContext(context);
        started.start();
        context.addTurboFilter(started);
    }

    private static final java.util.logging.Logger POSTGRESQL_DRIVER = java.util.logging.Logger.getLogger(
            "org.postgresql");

    /**
     * Hibernate's warning, with a stack trace, that it booted without the database's metadata: it happens only when
     * the database cannot be reached at start-up, and then UCA does not start and says why in one line (the detail
     * is in that failure, logged at DEBUG).
     */
    static final class BootWithoutTheDatabase extends ch.qos.logback.classic.turbo.TurboFilter {
        static final String WARNING = "HHH100046";

        @Override
        public ch.qos.logback.core.spi.FilterReply decide(org.slf4j.Marker marker, ch.qos.logback.classic.Logger logger,
                Level level, String format, Object[] params, Throwable t) {
            return format != null && format.startsWith(WARNING) && logger.getName().startsWith("org.hibernate")
                    ? ch.qos.logback.core.spi.FilterReply.DENY
                    : ch.qos.logback.core.spi.FilterReply.NEUTRAL;
        }
    }

    /**
     * Javalin's ERROR "Failed to start Javalin" (with the bind failure's stack trace), printed before UCA's own
     * line that says what is wrong and what to do ({@link StartFailures}), which Main logs at DEBUG with the
     * failure.
     */
    static final class JavalinDidNotStart extends ch.qos.logback.classic.turbo.TurboFilter {
        static final String MESSAGE = "Failed to start Javalin";

        @Override
        public ch.qos.logback.core.spi.FilterReply decide(org.slf4j.Marker marker, ch.qos.logback.classic.Logger logger,
                Level level, String format, Object[] params, Throwable t) {
            return MESSAGE.equals(format) && logger.getName().startsWith("io.javalin")
                    ? ch.qos.logback.core.spi.FilterReply.DENY
                    : ch.qos.logback.core.spi.FilterReply.NEUTRAL;
        }
    }
}
