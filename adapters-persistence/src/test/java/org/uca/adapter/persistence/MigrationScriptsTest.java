package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Migration scripts named, not searched for")
class MigrationScriptsTest {

    static Stream<Arguments> folders() {
        return Stream.of(Arguments.of(MigrationScripts.COMMON, MigrationScripts.COMMON_SCRIPTS),
                Arguments.of(MigrationScripts.H2, MigrationScripts.H2_SCRIPTS),
                Arguments.of(MigrationScripts.POSTGRESQL, MigrationScripts.POSTGRESQL_SCRIPTS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    @DisplayName("every script in a migration folder is named, in version order, and nothing else is")
    void everyScriptIsNamed(String folder, List<String> named) throws IOException, URISyntaxException {
        Path dir = Path.of(MigrationScripts.class.getClassLoader().getResource(folder).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(named).containsExactlyElementsOf(files.map(f -> f.getFileName().toString())
                    .sorted(java.util.Comparator.comparing(MigrationScriptsTest::version)).toList());
        }
    }

    @ParameterizedTest(name = "H2: {0}")
    @MethodSource("folders")
    @DisplayName("a named script is read in full from the class path")
    void scriptsAreRead(String folder, List<String> named) throws IOException {
        for (String name : named) {
            try (var in = new MigrationScripts.Script(folder, name).read()) {
                assertThat(in.transferTo(java.io.Writer.nullWriter())).as(name).isPositive();
            }
        }
    }

    /** As Flyway reads it: V11_1 is version 11.1, after 11 and before 12. */
    private static org.flywaydb.core.api.MigrationVersion version(String script) {
        return org.flywaydb.core.api.MigrationVersion.fromVersion(script.substring(1, script.indexOf("__")));
    }
}
