package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UCA starts on the embedded H2 database with the demo data, answers health, and every demo login works. */
class MainTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("on H2 with --demo: health is UP, each demo login gets a token, the demo cases are there")
    void startsOnH2WithTheDemo(@TempDir Path data) throws Exception {
        check(Configuration.from(Map.of("UCA_PORT", "0", "UCA_DATA_DIR", data.toString()), new Properties()));
    }

    @Test
    @DisplayName("in memory with --demo, the same")
    void startsInMemoryWithTheDemo() throws Exception {
        check(Configuration.from(Map.of("UCA_PORT", "0", "UCA_STORE", "memory"), new Properties()));
    }

    @Test
    @DisplayName("on a database whose schema is not the one UCA maps, UCA does not start, says why, and frees its port")
    void refusesAForeignSchema(@TempDir Path data) throws Exception {
        Configuration configuration = Configuration.from(Map.of("UCA_PORT", "0", "UCA_DATA_DIR", data.toString()),
                new Properties());
        Main.start(configuration, false).stop(); // a UCA store, migrated
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(org.uca.adapter.persistence.DatabaseSettings
                .h2File(data).jdbcUrl(), "uca", ""); java.sql.Statement s = c.createStatement()) {
            s.execute("alter table case_decision drop column team");
        }
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Configuration onThatPort = Configuration.from(Map.of("UCA_PORT", String.valueOf(port), "UCA_DATA_DIR",
                data.toString()), new Properties());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Main.start(onThatPort, false))
                .hasStackTraceContaining("team");
        try (java.net.ServerSocket again = new java.net.ServerSocket(port)) {
            assertThat(again.getLocalPort()).as("the web server was stopped").isEqualTo(port);
        }
    }

    @Test
    @DisplayName("Jetty is told the size of a reference as it would work it out through the platform MBean server,"
            + " and an operator's own setting is kept")
    void jettyGetsTheSameReferenceSize() throws Exception {
        String before = System.getProperty(Main.JETTY_REFERENCES_PER_CACHE_LINE);
        try {
            System.clearProperty(Main.JETTY_REFERENCES_PER_CACHE_LINE);
            Main.tellJettyTheReferenceSize();
            Object option = java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=HotSpotDiagnostic"), "getVMOption",
                    new Object[] {"UseCompressedOops"}, new String[] {"java.lang.String"});
            boolean compressed = Boolean.parseBoolean(String.valueOf(
                    ((javax.management.openmbean.CompositeData) option).get("value")));
            assertThat(System.getProperty(Main.JETTY_REFERENCES_PER_CACHE_LINE))
                    .isEqualTo(String.valueOf(compressed ? 16 : 8));

            System.clearProperty(Main.JETTY_REFERENCES_PER_CACHE_LINE);
            System.setProperty(Main.JETTY_CACHE_LINE_BYTES, "128"); // Jetty's cache line, if an operator sets it
            try {
                Main.tellJettyTheReferenceSize();
            } finally {
                System.clearProperty(Main.JETTY_CACHE_LINE_BYTES);
            }
            assertThat(System.getProperty(Main.JETTY_REFERENCES_PER_CACHE_LINE))
                    .isEqualTo(String.valueOf(compressed ? 32 : 16));

            System.setProperty(Main.JETTY_REFERENCES_PER_CACHE_LINE, "32");
            Main.tellJettyTheReferenceSize();
            assertThat(System.getProperty(Main.JETTY_REFERENCES_PER_CACHE_LINE)).isEqualTo("32");
        } finally {
            if (before == null) {
                System.clearProperty(Main.JETTY_REFERENCES_PER_CACHE_LINE);
            } else {
                System.setProperty(Main.JETTY_REFERENCES_PER_CACHE_LINE, before);
            }
        }
    }

    private static void check(Configuration configuration) throws Exception {
        Main.Running running = Main.start(configuration, true);
        try {
            String base = "http://localhost:" + running.port();
            HttpResponse<String> health = send(HttpRequest.newBuilder(URI.create(base + "/health")).build());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("UP");
            String officerToken = null;
            for (String[] login : DemoData.logins()) {
                HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + login[1]
                                + "\",\"password\":\"" + login[2] + "\"}")).build());
                assertThat(token.statusCode()).as(login[1]).isEqualTo(201);
                if (login[1].equals("officer")) {
                    officerToken = token.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
                }
            }
            HttpResponse<String> guidance = send(HttpRequest.newBuilder(URI.create(base
                    + "/api/residents/R-1003/guidance")).header("Authorization", "Bearer " + officerToken).build());
            assertThat(guidance.statusCode()).isEqualTo(200);
            assertThat(guidance.body()).contains("\"restricted\":true").contains("Priya Shah");
        } finally {
            running.stop();
        }
    }
}
