package org.uca.adapter.web.api;

import io.javalin.http.Context;
import io.vavr.control.Option;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.input.JsonParams;
import org.uca.adapter.web.input.Params;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads a JSON request body as input, and writes a typed record as the JSON response. */
public final class JsonExchange {

    private final ObjectMapper json = JsonMapper.builder().build();

    /** The request body as named input: 415 unless it is JSON, 400 unless it is a JSON object. */
    public Params body(Context ctx) {
        return new JsonParams(object(ctx));
    }

    /** The request body as a JSON object: 415 unless it is JSON, 400 unless it is a JSON object. */
    public JsonNode object(Context ctx) {
        String type = Option.of(ctx.contentType()).getOrElse("");
        if (!type.startsWith("application/json")) {
            throw new HttpProblem(415, "Send JSON", "Send the request body as application/json.");
        }
        try {
            JsonNode root = json.readTree(ctx.body());
            if (root == null || !root.isObject()) {
                throw new HttpProblem(400, "The body is not a JSON object", "Send a JSON object.");
            }
            return root;
        } catch (JacksonException e) {
            throw new HttpProblem(400, "The body is not valid JSON", "Send a valid JSON object.");
        }
    }

    public void write(Context ctx, int status, Object body) {
        write(ctx, status, "application/json", body);
    }

    public void write(Context ctx, int status, String contentType, Object body) {
        ctx.status(status).contentType(contentType).result(json.writeValueAsString(body));
    }
}
