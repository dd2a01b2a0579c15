package org.uca.adapter.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.uca.adapter.web.http.RouteTable;

/** {@code GET /api/openapi.json}: the API's OpenAPI document (written by hand; the tests hold it to the code). */
final class OpenApiEndpoint {

    private final String document;

    OpenApiEndpoint() {
        try (InputStream in = OpenApiEndpoint.class.getResourceAsStream("/openapi.json")) {
            this.document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("openapi.json is missing from the web adapter", e);
        }
    }

    void register(RouteTable routes) {
        routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(document));
    }
}
