package org.uca.bootstrap.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The start archive the build trained on this very {@code uca.jar} (the {@code package} phase runs
 * {@code java -XX:ArchiveClassesAtExit=target/uca.jsa -jar target/uca.jar --train-start-archive}): it was written
 * after the jar, every training request was answered, and the throwaway database it ran on is gone.
 */
class StartArchiveDrillTest {

    private static final Path TARGET = Path.of("target");
    private static final Pattern DATABASE = Pattern.compile("jdbc:h2:file:(\\S*uca-start-archive-\\d+)/uca");

    @Test
    @DisplayName("the build's start archive is trained on the jar it built and leaves no database behind")
    void trainedOnThisJarAndCleanedUp() throws IOException {
        Path jar = TARGET.resolve("uca.jar");
        Path archive = TARGET.resolve("uca.jsa");
        Path log = TARGET.resolve("uca-jsa.log");
        assumeTrue(Files.exists(jar) && Files.exists(log), "built with -Duca.startArchive.skip=true");

        String training = Files.readString(log);
        assertThat(training).contains("Start archive training done.").doesNotContain("Start archive training: ");
        assertThat(archive).exists();
        assertThat(Files.size(archive)).as("an archive of UCA's classes, not an empty file")
                .isGreaterThan(10L * 1024 * 1024);
        assertThat(Files.getLastModifiedTime(archive)).as("trained after the jar was built")
                .isGreaterThanOrEqualTo(Files.getLastModifiedTime(jar));

        Matcher database = DATABASE.matcher(training);
        assertThat(database.find()).as("the training names the database it ran on").isTrue();
        assertThat(Path.of(database.group(1))).as("the training's throwaway database").doesNotExist();
    }
}
