package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionCommandTest {

    @Test
    @DisplayName("the retention rule runs on demand with --apply-retention, on the configured database, and exits")
    void retentionOnDemand(@TempDir Path data) {
        // The demo's cases are recent, so nothing is old enough to anonymise; the command still runs the rule.
        Main.start(Configuration.from(Map.of("UCA_PORT", "0", "UCA_DATA_DIR", data.toString()), new Properties()),
                true).stop();
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setProperty("UCA_DATA_DIR", data.toString());
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            Main.main(new String[] {"--apply-retention"});
        } finally {
            System.setOut(original);
            System.clearProperty("UCA_DATA_DIR");
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Retention: 0 case(s) ended more than 6 years ago anonymised");
    }
}
