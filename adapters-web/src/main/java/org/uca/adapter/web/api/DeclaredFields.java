package org.uca.adapter.web.api;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.uca.domain.shared.Refusal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields each JSON request may carry, as the API's OpenAPI document declares them, so a field UCA does not know
 * (a typing mistake such as {@code "nmae"}, or {@code "role"} sent where a role is not set) is refused by name rather
 * than silently dropped: a caller must never believe something was saved that was not. A schema that lists no
 * properties takes any.
 */
final class DeclaredFields {

    /** The fields of one object in a request: each one's own fields (for an object, or an array of objects). */
    private record Shape(Map<String, Option<Shape>> fields) {
    }

    private final Map<String, Shape> byOperation;

    private DeclaredFields(Map<String, Shape> byOperation) {
        this.byOperation = byOperation;
    }

    /** Read from the document {@code GET /api/openapi.json} serves. */
    static DeclaredFields fromOpenApiDocument() {
        try (InputStream in = DeclaredFields.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the web adapter");
            }
            return of(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.json could not be read", e);
        }
    }

    static DeclaredFields of(JsonNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        Map<String, Shape> operations = HashMap.empty();
        for (java.util.Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (java.util.Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode schema = operation.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                Option<Shape> shape = schema.isMissingNode() ? Option.none() : shape(schema, schemas, List.empty());
                if (shape.isDefined()) {
                    operations = operations.put(key(operation.getKey(), path.getKey()), shape.get());
                }
            }
        }
        return new DeclaredFields(operations);
    }

    /**
     * The fields of {@code body} that the request {@code method path} (a route as written, e.g.
     * {@code /api/admin/staff/{staff}}) does not declare, each named as the API names a field
     * ({@code measures[1].colour}).
     */
    Seq<Refusal.Problem> unknownIn(String method, String path, JsonNode body) {
        return byOperation.get(key(method, path)).map(shape -> unknown(shape, body, "")).getOrElse(List.empty());
    }

    private static Seq<Refusal.Problem> unknown(Shape shape, JsonNode value, String prefix) {
        if (value.isArray()) {
            Seq<Refusal.Problem> found = List.empty();
            for (int i = 0; i < value.size(); i++) {
                found = found.appendAll(unknown(shape, value.get(i), prefix + "[" + i + "]"));
            }
            return found;
        }
        if (!value.isObject()) {
            return List.empty(); // a value of the wrong type is the endpoint's to explain
        }
        Seq<Refusal.Problem> found = List.empty();
        for (java.util.Map.Entry<String, JsonNode> field : value.properties()) {
            String name = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            Option<Option<Shape>> declared = shape.fields().get(field.getKey());
            if (declared.isEmpty()) {
                found = found.append(new Refusal.Problem(name, "is not a field of this request, so it would not be"
                        + " saved; the fields here are " + shape.fields().keySet().toList().sorted().mkString(", ")
                        + "."));
            } else if (declared.get().isDefined()) {
                found = found.appendAll(unknown(declared.get().get(), field.getValue(), name));
            }
        }
        return found;
    }

    /** The shape a schema gives an object (through arrays and references); none when it lists no properties. */
    private static Option<Shape> shape(JsonNode schema, JsonNode schemas, List<String> seen) {
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            String name = ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
            return seen.contains(name) ? Option.none() : shape(schemas.path(name), schemas, seen.prepend(name));
        }
        if (schema.has("items")) {
            return shape(schema.get("items"), schemas, seen);
        }
        JsonNode properties = schema.get("properties");
        if (properties == null || !properties.isObject()) {
            return Option.none();
        }
        Map<String, Option<Shape>> fields = HashMap.empty();
        for (java.util.Map.Entry<String, JsonNode> property : properties.properties()) {
            fields = fields.put(property.getKey(), shape(property.getValue(), schemas, seen));
        }
        return Option.some(new Shape(fields));
    }

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }
}
