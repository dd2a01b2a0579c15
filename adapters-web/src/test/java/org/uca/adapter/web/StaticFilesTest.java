package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.uca.adapter.web.support.WebFixture;

/** UCA's own CSS and JavaScript under /static: the right type, revalidated by ETag, nothing else reachable. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticFilesTest {

    WebFixture fixture;
    HttpClient http;

    @BeforeAll
    void start() {
        fixture = new WebFixture();
        fixture.app.start(0);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    HttpResponse<byte[]> get(String rawPath, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + fixture.app.port()
                + rawPath)).timeout(Duration.ofSeconds(20)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @ParameterizedTest(name = "{0} is served as {1}")
    @CsvSource({"uca.css, text/css", "print.css, text/css", "uca.js, text/javascript", "favicon.ico, image/x-icon"})
    @DisplayName("every page's own style sheets and script are served, without signing in, as what they are")
    void servedAsWhatTheyAre(String file, String type) throws Exception {
        HttpResponse<byte[]> r = get("/static/" + file);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(type));
        assertThat(r.body()).isEqualTo(classpathFile("/public/" + file));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    @DisplayName("a browser revalidates a file on each use and gets 304 without the body while its copy is current")
    void revalidatedByEntityTag() throws Exception {
        HttpResponse<byte[]> first = get("/static/uca.css");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=0");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/static/print.css").headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

        HttpResponse<byte[]> current = get("/static/uca.css", "If-None-Match", etag);
        assertThat(current.statusCode()).isEqualTo(304);
        assertThat(current.body()).isEmpty();
        assertThat(get("/static/uca.css", "If-None-Match", "W/" + etag).statusCode()).isEqualTo(304);

        HttpResponse<byte[]> stale = get("/static/uca.css", "If-None-Match", "\"an-older-copy\"");
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(classpathFile("/public/uca.css"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/static/no-such-file.css", "/static/", "/static/.hidden", "/static/uca.css.bak"})
    @DisplayName("an address that is not one of UCA's files is 404")
    void unknownFilesAreNotFound(String path) throws Exception {
        assertThat(get(path).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/static/../openapi.json", "/static/..%2Fopenapi.json", "/static/%2e%2e/openapi.json",
        "/static/%2e%2e%2fopenapi.json", "/static/..%5Copenapi.json", "/static/a/../../openapi.json",
        "/static/..%2F..%2Forg/uca/adapter/web/UcaWeb.class", "/static/%2e%2e%2fpsw4j.properties"})
    @DisplayName("\"..\" cannot reach a file outside /public, however it is written")
    void noPathTraversal(String path) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertThat(r.statusCode()).as(path).isNotEqualTo(200).isNotEqualTo(304);
        String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).as(path).doesNotContain("\"openapi\"").doesNotContain("hash.");
        assertThat(r.body().length >= 4 && r.body()[0] == (byte) 0xCA && r.body()[1] == (byte) 0xFE)
                .as(path + " is not a class file").isFalse();
    }

    private static byte[] classpathFile(String name) throws IOException {
        try (InputStream in = StaticFilesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
