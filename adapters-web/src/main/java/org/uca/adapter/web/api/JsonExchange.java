package org.uca.adapter.web.api;

import io.javalin.http.Context;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.input.JsonParams;
import org.uca.adapter.web.input.Params;
import org.uca.domain.shared.Refusal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads a JSON request body as input, and writes a typed record as the JSON response. */
public final class JsonExchange {

    /** Strict: a field given twice is malformed, not "the last one wins". */
    private final ObjectMapper json = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final DeclaredFields declared = DeclaredFields.fromOpenApiDocument();

    /**
     * The request body as named input: 415 unless it is JSON, 400 unless it is a JSON object, 422 naming each field
     * of the wrong type or that the API document does not declare for this request (nothing is done with a request
     * that carries one).
     */
    public Params body(Context ctx) {
        JsonNode root = parsed(ctx);
        DeclaredFields.Mismatches mismatches = declared.in(ctx.method().name(), ctx.endpoint().path, root);
        refuse(mismatches.mistyped().appendAll(mismatches.unknown()), mismatches.unknown().isEmpty()
                ? "The request has values of the wrong type" : mismatches.mistyped().isEmpty()
                        ? "The request has fields UCA does not know"
                        : "The request has fields UCA does not know and values of the wrong type");
        return new JsonParams(root);
    }

    /**
     * The request body as a JSON object: 415 unless it is JSON, 400 unless it is a JSON object (in UTF-8), 422 naming
     * each value of a type other than the API document declares. Its fields are the caller's to check (the
     * residents' sync names an unknown one with the rest of a resident's problems).
     */
    public JsonNode object(Context ctx) {
        JsonNode root = parsed(ctx);
        refuse(declared.in(ctx.method().name(), ctx.endpoint().path, root).mistyped(),
                "The request has values of the wrong type");
        return root;
    }

    private JsonNode parsed(Context ctx) {
        String type = Option.of(ctx.contentType()).getOrElse("");
        if (!type.startsWith("application/json")) {
            throw new HttpProblem(415, "Send JSON", "Send the request body as application/json.");
        }
        String text;
        try {
            // Strictly: read leniently, a byte sequence that is not UTF-8 (a Latin-1 "é", UTF-16) would be kept as
            // U+FFFD, or guessed at.
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(ctx.bodyAsBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new HttpProblem(400, "The body is not UTF-8", "Send the JSON in UTF-8, as RFC 8259 requires.");
        }
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            throw new HttpProblem(400, "The body is not valid JSON", "Send one valid JSON object, with each field"
                    + " once.");
        }
        if (root == null || !root.isObject()) {
            throw new HttpProblem(400, "The body is not a JSON object", "Send a JSON object.");
        }
        return root;
    }

    private static void refuse(Seq<Refusal.Problem> problems, String title) {
        if (!problems.isEmpty()) {
            throw new HttpProblem(422, title, problems.map(p -> (p.field().isEmpty() ? "The body" : p.field()) + " "
                    + p.reason()).mkString(" ") + " Nothing was saved.", problems);
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
