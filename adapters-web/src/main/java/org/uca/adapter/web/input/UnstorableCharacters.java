package org.uca.adapter.web.input;

import io.javalin.http.Context;
import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.domain.shared.Refusal;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request with a NUL character (U+0000) in any field — form, query or JSON — as a field error (422)
 * before anything reads it: PostgreSQL cannot store NUL in text at all (H2 can), so without this the same input
 * was a field error on H2 and a failure (500) on PostgreSQL wherever a value reaches the database unchecked (a
 * username, a search, an id).
 */
public final class NulCharacters {

    static final String REASON = "contains a character that cannot be stored (U+0000); remove it.";
    private final ObjectMapper json = JsonMapper.builder().build();

    /** A before-handler. */
    public void refuse(Context ctx) {
        java.util.List<Refusal.Problem> found = new ArrayList<>();
        fields(ctx.queryParamMap(), found);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            fields(ctx.formParamMap(), found);
        } else if (type.startsWith("multipart/form-data")) {
            // its text fields (a file's content is its reader's to check: ResidentCsv names line and column)
            try {
                fields(ctx.formParamMap(), found);
            } catch (Exception malformed) { // Javalin rethrows Jetty's "bad multipart" as a ServletException, unchecked
                return; // a body that is not multipart after all: the endpoint answers it (a 4xx) itself
            }
        } else if (type.contains("json")) {
            String body = ctx.body();
            if (body.indexOf('\0') >= 0 || body.toLowerCase(Locale.ROOT).contains("\\u0000")) {
                try {
                    walk(json.readTree(body), "", found);
                } catch (JacksonException malformed) {
                    return; // the endpoint answers malformed JSON itself
                }
            }
        }
        if (!found.isEmpty()) {
            throw new HttpProblem(422, "Check what you entered",
                    "A value contains a character that cannot be stored.", List.ofAll(found));
        }
    }

    private static void fields(Map<String, java.util.List<String>> values, java.util.List<Refusal.Problem> found) {
        values.forEach((name, given) -> {
            if (name.indexOf('\0') >= 0 || given.stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
                found.add(new Refusal.Problem(name.replace('\0', '?'), label(name) + " " + REASON));
            }
        });
    }

    private static void walk(JsonNode node, String path, java.util.List<Refusal.Problem> found) {
        if (node.isString() && node.asString().indexOf('\0') >= 0) {
            found.add(new Refusal.Problem(path, label(path) + " " + REASON));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", found);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), found);
            }
        }
    }

    private static String label(String field) {
        return field.isEmpty() ? "The value" : "“" + field.replace('\0', '?') + "”";
    }
}
