package org.uca.adapter.web.api;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Locale;
import org.uca.domain.shared.Refusal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields each JSON request may carry, and the JSON type of each, as the API's OpenAPI document declares them:
 * a field UCA does not know (a typing mistake such as {@code "nmae"}, or {@code "role"} sent where a role is not set)
 * is refused by name rather than silently dropped, and so is a value of the wrong type (a number or an object where
 * text is expected, the text "5" where a number is, "true" where true or false is) rather than coerced: a caller
 * must never believe something was saved that was not, or saved as something else. A schema that lists no
 * properties takes any; a schema with no type takes any value.
 */
final class DeclaredFields {

    /**
     * What the document declares a value to be: its JSON types (none: any), what each item of an array is, and the
     * fields of an object (none: any).
     */
    private record Declared(Set<String> types, Option<Declared> items, Option<Map<String, Declared>> fields) {
        static final Declared ANY = new Declared(HashSet.empty(), Option.none(), Option.none());
    }

    /** What is wrong with a request body: the fields not declared, and the values of the wrong type. */
    record Mismatches(Seq<Refusal.Problem> unknown, Seq<Refusal.Problem> mistyped) {
    }

    private final Map<String, Declared> byOperation;

    private DeclaredFields(Map<String, Declared> byOperation) {
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
        Map<String, Declared> operations = HashMap.empty();
        for (java.util.Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (java.util.Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode schema = operation.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                if (!schema.isMissingNode()) {
                    operations = operations.put(key(operation.getKey(), path.getKey()),
                            declared(schema, schemas, List.empty()));
                }
            }
        }
        return new DeclaredFields(operations);
    }

    /**
     * The fields of {@code body} that the request {@code method path} (a route as written, e.g.
     * {@code /api/admin/staff/{staff}}) does not declare, and those whose value is not of the declared type, each
     * named as the API names a field ({@code measures[1].colour}).
     */
    Mismatches in(String method, String path, JsonNode body) {
        java.util.List<Refusal.Problem> unknown = new ArrayList<>();
        java.util.List<Refusal.Problem> mistyped = new ArrayList<>();
        byOperation.get(key(method, path)).forEach(declared -> check(declared, body, "", unknown, mistyped));
        return new Mismatches(List.ofAll(unknown), List.ofAll(mistyped));
    }

    private static void check(Declared declared, JsonNode value, String name, java.util.List<Refusal.Problem> unknown,
            java.util.List<Refusal.Problem> mistyped) {
        if (value.isNull()) {
            return; // left out
        }
        String type = typeOf(value);
        if (!declared.types().isEmpty() && !declared.types().contains(type)
                && !(type.equals("integer") && declared.types().contains("number"))) {
            mistyped.add(new Refusal.Problem(name.isEmpty() ? Refusal.WHOLE_REQUEST : name, "must be "
                    + declared.types().toList().sorted().map(DeclaredFields::inWords).mkString(" or ") + ", not "
                    + inWords(type) + "."));
            return;
        }
        if (value.isArray()) {
            Declared each = declared.items().getOrElse(declared); // an array where one object is declared: each one
            for (int i = 0; i < value.size(); i++) {
                check(each, value.get(i), name + "[" + i + "]", unknown, mistyped);
            }
        } else if (value.isObject() && declared.fields().isDefined()) {
            Map<String, Declared> fields = declared.fields().get();
            for (java.util.Map.Entry<String, JsonNode> field : value.properties()) {
                String named = name.isEmpty() ? field.getKey() : name + "." + field.getKey();
                Option<Declared> known = fields.get(field.getKey());
                if (known.isEmpty()) {
                    unknown.add(new Refusal.Problem(named, "is not a field of this request, so it would not be"
                            + " saved; the fields here are " + fields.keySet().toList().sorted().mkString(", ") + "."));
                } else {
                    check(known.get(), field.getValue(), named, unknown, mistyped);
                }
            }
        }
    }

    /** The JSON Schema type of a value: a whole number is an integer (and a number), 5.0 is a number only. */
    private static String typeOf(JsonNode value) {
        if (value.isString()) {
            return "string";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        return value.isArray() ? "array" : "object";
    }

    private static String inWords(String type) {
        switch (type) {
            case "string": return "text (a JSON string)";
            case "integer": return "a whole number";
            case "number": return "a number";
            case "boolean": return "true or false";
            case "array": return "a list (a JSON array)";
            default: return "an object";
        }
    }

    /** What a schema declares (through references); a reference already being read declares anything. */
    private static Declared declared(JsonNode schema, JsonNode schemas, List<String> seen) {
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            String name = ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
            return seen.contains(name) ? Declared.ANY : declared(schemas.path(name), schemas, seen.prepend(name));
        }
        JsonNode type = schema.path("type");
        Set<String> types = type.isArray() ? HashSet.ofAll(type.values()).map(JsonNode::asString)
                : type.isString() ? HashSet.of(type.asString()) : HashSet.empty();
        Option<Declared> items = schema.has("items") ? Option.some(declared(schema.get("items"), schemas, seen))
                : Option.none();
        JsonNode properties = schema.get("properties");
        Option<Map<String, Declared>> fields = Option.none();
        if (properties != null && properties.isObject()) {
            Map<String, Declared> named = HashMap.empty();
            for (java.util.Map.Entry<String, JsonNode> property : properties.properties()) {
                named = named.put(property.getKey(), declared(property.getValue(), schemas, seen));
            }
            fields = Option.some(named);
        }
        return new Declared(types, items, fields);
    }

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }
}
