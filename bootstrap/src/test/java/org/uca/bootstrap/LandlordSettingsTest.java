package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uca.adapter.web.view.Landlord;

/** The landlord on letters comes from UCA_LANDLORD_… settings; a bad one stops UCA starting, in one line. */
class LandlordSettingsTest {

    @TempDir
    Path dir;

    private static Configuration with(Map<String, String> settings) {
        return Configuration.from(settings, new Properties());
    }

    @Test
    @DisplayName("the landlord's name, address, phone, e-mail, website and logo are read from UCA_LANDLORD_…")
    void landlordFromSettings() throws IOException {
        Path logo = dir.resolve("logo.png");
        Files.write(logo, Landlord.defaultLogo());
        Landlord l = with(Map.of("UCA_LANDLORD_NAME", "Riverside Homes", "UCA_LANDLORD_ADDRESS",
                "Civic Centre, 1 Upper Street, London, N1 2UD", "UCA_LANDLORD_PHONE", "020 7946 0123",
                "UCA_LANDLORD_EMAIL", "letters@riverside.example", "UCA_LANDLORD_WEBSITE", "www.riverside.example",
                "UCA_LANDLORD_LOGO", logo.toString())).landlord();
        assertThat(l.name()).isEqualTo("Riverside Homes");
        assertThat(l.addressLines()).containsExactly("Civic Centre", "1 Upper Street", "London", "N1 2UD");
        assertThat(l.phone()).isEqualTo("020 7946 0123");
        assertThat(l.email()).isEqualTo("letters@riverside.example");
        assertThat(l.website()).isEqualTo("www.riverside.example");
        assertThat(l.logo()).isEqualTo(Files.readAllBytes(logo));
    }

    @Test
    @DisplayName("unset, the landlord is Octavia with UCA's plain logo and no contact details")
    void defaults() {
        Landlord l = with(Map.of()).landlord();
        assertThat(l.name()).isEqualTo("Octavia");
        assertThat(l.address()).isEmpty();
        assertThat(l.logo()).isEqualTo(Landlord.defaultLogo());
    }

    @Test
    @DisplayName("a logo that is not there, or is not a PNG, is refused naming the setting")
    void badLogo() throws IOException {
        assertThatThrownBy(() -> with(Map.of("UCA_LANDLORD_LOGO", dir.resolve("missing.png").toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("UCA_LANDLORD_LOGO must name a PNG file that exists, not \"");
        Path svg = dir.resolve("logo.svg");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertThatThrownBy(() -> with(Map.of("UCA_LANDLORD_LOGO", svg.toString())))
                .hasMessageStartingWith("UCA_LANDLORD_LOGO must name a PNG image;");
    }

    @Test
    @DisplayName("a phone number, e-mail address or website that is not one is refused naming the setting")
    void badContactDetails() {
        assertThatThrownBy(() -> with(Map.of("UCA_LANDLORD_PHONE", "call us")))
                .hasMessage("UCA_LANDLORD_PHONE must be a telephone number such as 020 7946 0123, not \"call us\".");
        assertThatThrownBy(() -> with(Map.of("UCA_LANDLORD_EMAIL", "letters.example")))
                .hasMessageStartingWith("UCA_LANDLORD_EMAIL must be an e-mail address");
        assertThatThrownBy(() -> with(Map.of("UCA_LANDLORD_WEBSITE", "our web site")))
                .hasMessageStartingWith("UCA_LANDLORD_WEBSITE must be a web address");
    }

    @Test
    @DisplayName("a missing logo file stops UCA at start-up: one line on standard error, exit status 2")
    void missingLogoExitsWithTwo() throws IOException, InterruptedException {
        ProcessBuilder started = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName());
        Map<String, String> env = new HashMap<>(Map.of("UCA_STORE", "memory", "UCA_PORT", "0",
                "UCA_LANDLORD_LOGO", dir.resolve("nowhere.png").toString()));
        started.environment().putAll(env);
        Process uca = started.start();
        assertThat(uca.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(uca.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(uca.exitValue()).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("UCA cannot start: UCA_LANDLORD_LOGO must name a PNG file that exists, not \""
                + dir.resolve("nowhere.png") + "\".");
    }
}
