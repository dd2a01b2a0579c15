package org.uca.adapter.web.api;

import io.javalin.http.Context;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.input.JsonParams;
import org.uca.adapter.web.input.Params;
import org.uca.domain.shared.Refusal;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads a JSON request body as input, and writes a typed record as the JSON response. */
public final class JsonExchange {

    private final ObjectMapper json = JsonMapper.builder().build();
    private final DeclaredFields declared = DeclaredFields.fromOpenApiDocument();

    /**
     * The request body as named input: 415 unless it is JSON, 400 unless it is a JSON object, 422 naming each field the
     * API document does not declare for this request (nothing is done with a request that carries one).
     */
    public Params body(Context ctx) {
        JsonNode root = object(ctx);
        Seq<Refusal.Problem> unknown = declared.unknownIn(ctx.method().name(), ctx.endpoint().path, root);
        if (!unknown.isEmpty()) {
            throw new HttpProblem(422, "The request has fields UCA does not know",
                    unknown.map(p -> p.field() + " " + p.reason()).mkString(" ") + " Nothing was saved.", unknown);
        }
        return new JsonParams(root);
    }

    /**
     * The request body as a JSON object: 415 unless it is JSON, 400 unless it is a JSON object. Its fields are the
     * caller's to check (the residents' sync names an unknown one with the rest of a resident's problems).
     */
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

    /**
     * The body as UTF-8 bytes, whatever the container's default: written as a string, a problem's curly quotes
     * became "?" (Jetty encodes a type it does not know as JSON in ISO-8859-1). A type other than
     * {@code application/json} (which is UTF-8 by definition, RFC 8259) says its charset too, for clients that guess.
     */
    public void write(Context ctx, int status, String contentType, Object body) {
        ctx.status(status).contentType(contentType.equals("application/json") || contentType.contains("charset")
                ? contentType : contentType + "; charset=utf-8").result(json.writeValueAsBytes(body));
    }
}
