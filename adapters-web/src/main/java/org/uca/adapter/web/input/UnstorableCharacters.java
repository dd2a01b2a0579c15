package org.uca.adapter.web.input;

import io.javalin.http.Context;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.domain.shared.PlainText;
import org.uca.domain.shared.Refusal;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request with a character the record cannot keep ({@link PlainText#firstUnstorable}: a control character
 * other than tab and line breaks, a lone surrogate) in any field — form, query or JSON, its names as well as its
 * values — as a field error (422) before anything reads it: PostgreSQL cannot store NUL in text at all (H2 can), so
 * without this the same input was a field error on H2 and a failure (500) on PostgreSQL wherever a value reaches the
 * database unchecked (a username, a search, an id), and the other control characters print as nothing or garbage.
 * A form body or a query that is not well-formed UTF-8 is refused first, as a 400 ({@link FormEncoding}).
 */
public final class UnstorableCharacters {

    /** The request attribute holding a page form's unstorable fields, for the form itself to answer. */
    private static final String DEFERRED = "uca.unstorable";

    private final ObjectMapper json = JsonMapper.builder().build();
    private final java.util.List<java.util.regex.Pattern> formsKeepingInput =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * The page form posted to this route answers unstorable input itself: the form again, with the input kept and
     * each field's problem beside it ({@link #deferred}), instead of an error page that loses what was typed.
     */
    public void formKeepsInput(String path) {
        formsKeepingInput.add(java.util.regex.Pattern.compile(java.util.Arrays.stream(path.split("/", -1))
                .map(part -> part.startsWith("{") ? "[^/]+" : java.util.regex.Pattern.quote(part))
                .collect(java.util.stream.Collectors.joining("/"))));
    }

    /** The unstorable fields of a page form, named as the form names them, if the form is to answer them. */
    public static Option<Refusal> deferred(Context ctx) {
        return Option.of(ctx.attribute(DEFERRED));
    }

    /** Why a value with this character is refused, after the field's name. */
    public static String reason(int character) {
        return "contains a character that cannot be stored (" + PlainText.named(character) + "); remove it.";
    }

    /** A before-handler. */
    public void refuse(Context ctx) {
        java.util.List<Refusal.Problem> found = new ArrayList<>();
        if (ctx.queryString() != null) {
            FormEncoding.refuseMalformed(ctx.queryString().getBytes(StandardCharsets.ISO_8859_1), false);
        }
        fields(ctx.queryParamMap(), found);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            FormEncoding.refuseMalformed(ctx.bodyAsBytes(), true);
            fields(ctx.formParamMap(), found);
        } else if (type.startsWith("multipart/form-data")) {
            // its text fields (a file's content is its reader's to check: ResidentCsv names line and column)
            try {
                fields(ctx.formParamMap(), found);
            } catch (Exception malformed) { // Javalin rethrows Jetty's "bad multipart" as a ServletException, unchecked
                return; // a body that is not multipart after all: the endpoint answers it (a 4xx) itself
            }
        } else if (type.contains("json")) {
            try {
                walk(json.readTree(ctx.body()), "", found); // an escape such as \u0007 or \b is one too
            } catch (JacksonException malformed) {
                return; // the endpoint answers malformed JSON itself
            }
        }
        if (found.isEmpty()) {
            return;
        }
        if (ctx.method() == io.javalin.http.HandlerType.POST && type.startsWith("application/x-www-form-urlencoded")
                && formsKeepingInput.stream().anyMatch(form -> form.matcher(ctx.path()).matches())) {
            ctx.attribute(DEFERRED, new Refusal(List.ofAll(found).map(p -> new Refusal.Problem(p.field(),
                    "This " + p.reason().substring(p.reason().indexOf("contains"))))));
            return;
        }
        throw refusal(List.ofAll(found));
    }

    private static HttpProblem refusal(io.vavr.collection.Seq<Refusal.Problem> found) {
        return new HttpProblem(422, "Check what you entered", "A value contains a character that cannot be stored.",
                found);
    }

    private static void fields(Map<String, java.util.List<String>> values, java.util.List<Refusal.Problem> found) {
        values.forEach((name, given) -> {
            Option<Integer> unstorable = PlainText.firstUnstorable(name);
            for (String value : given) {
                unstorable = unstorable.orElse(() -> value == null ? Option.none() : PlainText.firstUnstorable(value));
            }
            unstorable.forEach(c -> found.add(new Refusal.Problem(printable(name), label(name) + " " + reason(c))));
        });
    }

    private static void walk(JsonNode node, String path, java.util.List<Refusal.Problem> found) {
        Option<Integer> unstorable = PlainText.firstUnstorable(path);
        if (unstorable.isEmpty() && node.isString()) {
            unstorable = PlainText.firstUnstorable(node.asString());
        }
        if (unstorable.isDefined()) {
            found.add(new Refusal.Problem(printable(path), label(path) + " " + reason(unstorable.get())));
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
        return field.isEmpty() ? "The value" : "“" + printable(field) + "”";
    }

    /** A field's name with what cannot be stored or shown put as "?", to name it in the answer. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder(name.length());
        name.chars().forEach(c -> shown.append(PlainText.firstUnstorable(String.valueOf((char) c)).isDefined()
                ? '?' : (char) c));
        return shown.toString();
    }
}
