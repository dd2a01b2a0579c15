package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks' way in: UCA started in this JVM on a given configuration serves, and stops when closed. */
class InProcessUcaTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> health(int port) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("started on an H2 database it answers health, and once closed it no longer listens")
    void startsServesAndStops(@TempDir Path data) throws Exception {
        int port;
        try (InProcessUca uca = InProcessUca.start(Map.of("UCA_PORT", "0", "UCA_DATA_DIR", data.toString()))) {
            port = uca.port();
            HttpResponse<String> health = health(port);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("UP");
        }
        assertThatThrownBy(() -> health(port)).isInstanceOf(IOException.class);
    }

    @Test
    @DisplayName("a configuration uca.jar would refuse is refused with the same reason")
    void refusesWhatUcaJarRefuses() {
        assertThatThrownBy(() -> InProcessUca.start(Map.of("UCA_PORT", "0", "UCA_STORE", "memory",
                "UCA_SESSION_SECRET", "too short")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UCA_SESSION_SECRET must be at least 32 characters");
    }
}
