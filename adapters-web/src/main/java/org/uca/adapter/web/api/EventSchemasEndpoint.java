package org.uca.adapter.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.http.RouteTable;
import org.uca.application.port.out.Webhooks.EventType;

/**
 * {@code GET /api/events/schemas}: the events UCA sends by webhook, and {@code GET /api/events/schemas/{type}.json}
 * the JSON Schema (draft 2020-12) of each, published beside the OpenAPI document (written by hand; the tests check
 * every payload sent against them).
 */
final class EventSchemasEndpoint {

    private final String index;
    private final Map<String, String> schemas = new TreeMap<>();

    EventSchemasEndpoint() {
        this.index = read("index.json");
        for (EventType type : EventType.values()) {
            schemas.put(type.type() + ".json", read(type.type() + ".json"));
        }
    }

    private static String read(String name) {
        try (InputStream in = EventSchemasEndpoint.class.getResourceAsStream("/events/schemas/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("events/schemas/" + name + " is missing from the web adapter", e);
        }
    }

    void register(RouteTable routes) {
        routes.get("/api/events/schemas", ctx -> ctx.contentType("application/json").result(index));
        routes.get("/api/events/schemas/{file}", ctx -> {
            String schema = schemas.get(ctx.pathParam("file"));
            if (schema == null) {
                throw new HttpProblem(404, "Not found", "UCA publishes no event schema " + ctx.pathParam("file")
                        + "; GET /api/events/schemas lists them.");
            }
            ctx.contentType("application/json").result(schema);
        });
    }
}
