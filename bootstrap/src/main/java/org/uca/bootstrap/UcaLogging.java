package org.uca.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * UCA's logging when nobody configured any: UCA's own messages at INFO, the libraries' at WARN, on the console.
 * Logback finds this as a service and runs it before looking for a file; set in code rather than in a
 * {@code logback.xml} because parsing that file cost a tenth of UCA's start-up. A file still wins: with
 * {@code -Dlogback.configurationFile=...} (or a {@code logback-test.xml} on a test class path) this steps aside.
 */
public final class UcaLogging extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";

    /** The libraries that say too much at INFO. */
    static final Map<String, Level> LIBRARIES = Map.of("org.eclipse.jetty", Level.WARN, "io.javalin", Level.WARN,
            "org.hibernate", Level.WARN, "com.zaxxer.hikari", Level.WARN, "org.flywaydb", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (aFileIsGiven()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        toConsole(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static boolean aFileIsGiven() {
        return System.getProperty("logback.configurationFile") != null
                || UcaLogging.class.getClassLoader().getResource("logback-test.xml") != null;
    }

    static void toConsole(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
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
    }
}
