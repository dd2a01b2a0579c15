package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("UCA's logging")
class UcaLoggingTest {

    @Test
    @DisplayName("unconfigured, UCA's own messages go to the console at INFO and the libraries' at WARN")
    void ucaAtInfoLibrariesAtWarn() {
        LoggerContext context = new LoggerContext();
        UcaLogging.toConsole(context);
        assertThat(context.getLogger("org.uca.adapter.persistence.UcaDatabase").getEffectiveLevel())
                .isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.uca.audit").isInfoEnabled()).isTrue();
        for (String library : java.util.List.of("org.hibernate.orm.deprecation", "org.flywaydb.core.Flyway",
                "org.eclipse.jetty.server.Server", "io.javalin.Javalin", "com.zaxxer.hikari.HikariDataSource")) {
            assertThat(context.getLogger(library).isInfoEnabled()).as(library).isFalse();
            assertThat(context.getLogger(library).isWarnEnabled()).as(library).isTrue();
        }
        var appender = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
        assertThat(appender).isInstanceOf(ConsoleAppender.class);
        assertThat(appender.isStarted()).isTrue();
    }

    @Test
    @DisplayName("a start that fails is one line, UCA's: Javalin's \"Failed to start Javalin\" error is not shown"
            + " before it, and Javalin's other errors still are")
    void javalinsStartFailureIsNotAnExtraLine() {
        LoggerContext context = new LoggerContext();
        UcaLogging.toConsole(context);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> shown =
                new ch.qos.logback.core.read.ListAppender<>();
        shown.setContext(context);
        shown.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(shown);
        org.slf4j.Logger javalin = context.getLogger("io.javalin.Javalin");

        javalin.error("Failed to start Javalin", new IllegalStateException("Failed to bind"));
        javalin.error("Exception occurred while servicing http-request");

        assertThat(shown.list).extracting(e -> e.getFormattedMessage())
                .containsExactly("Exception occurred while servicing http-request");
    }

    @Test
    @DisplayName("each line reads as Logback's pattern %d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n would write it,"
            + " stack trace included")
    void linesAsThePatternWritesThem() {
        LoggerContext context = new LoggerContext();
        ch.qos.logback.classic.PatternLayout pattern = new ch.qos.logback.classic.PatternLayout();
        pattern.setContext(context);
        pattern.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n");
        pattern.start();
        UcaLogging.Line line = new UcaLogging.Line();
        line.setContext(context);
        line.start();
        for (String name : java.util.List.of("org.uca.adapter.persistence.UcaDatabase", "org.uca.audit", "Main")) {
            ch.qos.logback.classic.Logger logger = context.getLogger(name);
            for (Level level : java.util.List.of(Level.INFO, Level.WARN, Level.ERROR, Level.DEBUG)) {
                for (Throwable thrown : java.util.Arrays.asList(null, new IllegalStateException("broken",
                        new java.io.IOException("disk")))) {
                    ch.qos.logback.classic.spi.LoggingEvent event = new ch.qos.logback.classic.spi.LoggingEvent(
                            org.slf4j.Logger.class.getName(), logger, level, "Connected to {} in {} ms", thrown,
                            new Object[] {"jdbc:h2:file:./data/uca", 42});
                    assertThat(line.doLayout(event)).as(name + " " + level + " " + thrown)
                            .isEqualTo(pattern.doLayout(event));
                }
            }
        }
    }

    @Test
    @DisplayName("a logging file given to Logback wins: UCA's own set-up steps aside")
    void aGivenFileWins() {
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "/etc/uca/logback.xml");
        try {
            LoggerContext context = new LoggerContext();
            UcaLogging logging = new UcaLogging();
            logging.setContext(context);
            assertThat(logging.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE")).isNull();
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }
}
