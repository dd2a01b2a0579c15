package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uca.bootstrap.cli.AdminCommand;

@DisplayName("java -jar uca.jar admin import-residents FILE [--dry-run]")
class ImportResidentsCommandTest {

    @TempDir
    Path data;

    /** The command's exit code and what it wrote, on the H2 store in {@link #data}. */
    private record Ran(int exitCode, String out, String err) {
    }

    private Ran admin(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AdminCommand.run(args, CommandLineStore.opener(Map.of("UCA_DATA_DIR", data.toString()),
                new Properties()), new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                () -> null);
        return new Ran(code, out.toString(), err.toString());
    }

    /** The store is there already, as the server (or create-administrator) made it: the import needs one. */
    @org.junit.jupiter.api.BeforeEach
    void aStoreIsThere() {
        CommandLineStore.opener(Map.of("UCA_DATA_DIR", data.toString()), new Properties()).open().get().close();
    }

    private Path example() throws IOException {
        Path file = data.resolve("residents.csv");
        try (InputStream in = getClass().getResourceAsStream("/residents/example-residents.csv")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    @DisplayName("the documented example file is previewed with --dry-run (nothing stored), imported, and imported"
            + " again without change")
    void theExampleFileImportsOnceAndThenChangesNothing() throws IOException {
        String file = example().toString();

        Ran preview = admin("import-residents", file, "--dry-run");
        Ran imported = admin("import-residents", file);
        Ran again = admin("import-residents", file);

        assertThat(preview.exitCode()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("Dry run, nothing stored: 3 rows: 3 added, 0 changed, 0 unchanged.")
                .contains("line 4  R-1003  added");
        assertThat(imported.out()).contains("Imported: 3 rows: 3 added, 0 changed, 0 unchanged.");
        assertThat(again.out()).contains("Imported: 3 rows: 0 added, 0 changed, 3 unchanged.");
    }

    @Test
    @DisplayName("a file that is not UTF-8 (Windows-1252) is refused naming its line, and nothing is imported")
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path file = data.resolve("windows-1252.csv");
        Files.writeString(file, "reference,name,address_line_1\nR-3002,Caf\u00e9 Latin,1 St\n",
                java.nio.charset.Charset.forName("windows-1252"));

        Ran refused = admin("import-residents", file.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("Nothing was imported")
                .contains("line 2: is not UTF-8 text (save the file as CSV UTF-8)").doesNotContain("\uFFFD");
        assertThat(refused.out()).doesNotContain("Imported");
    }

    @Test
    @DisplayName("a file with a wrong row imports nothing, and the problem is named by line and column (exit code 1)")
    void aWrongRowIsNamedByLineAndColumn() throws IOException {
        Path file = data.resolve("wrong.csv");
        Files.writeString(file, "reference,name,address_line_1,postcode\nR-1,Ann Lee,1 High St,LS1 4AB\n"
                + "R-2,Bo Tan,2 High St,LS1-4AB\n", StandardCharsets.UTF_8);
        Path good = data.resolve("good.csv");
        Files.writeString(good, "reference,name,address_line_1\nR-1,Ann Lee,1 High St\n", StandardCharsets.UTF_8);

        Ran wrong = admin("import-residents", file.toString());
        Ran after = admin("import-residents", good.toString(), "--dry-run");

        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).contains("Nothing was imported").contains("line 3, postcode: is not a UK postcode")
                .doesNotContain("LS1-4AB");
        assertThat(after.out()).as("R-1 was not stored by the refused import").contains("1 added");
    }

    @Test
    @DisplayName("a file that cannot be read, or no file at all, is a clear message and a non-zero exit code")
    void aMissingFileIsAClearMessage() {
        Ran missing = admin("import-residents", data.resolve("nowhere.csv").toString());
        Ran noFile = admin("import-residents");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Cannot read");
        assertThat(noFile.exitCode()).isNotZero();
        assertThat(noFile.err()).contains("FILE");
    }
}
