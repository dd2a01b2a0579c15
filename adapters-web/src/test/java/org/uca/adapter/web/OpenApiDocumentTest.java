package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;
import org.uca.domain.cases.ActionCategory;
import org.uca.domain.cases.ActionKind;
import org.uca.domain.cases.AdjustmentKind;
import org.uca.domain.cases.AffectedParty;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.InformedHow;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.shared.Channel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document the app serves says exactly what the API does: every route and operation, every response
 * record's properties and types, every enumeration with its values. The served document is written to
 * {@code target/openapi.json}, which {@code .ci/run} lints with Spectral.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

    WebFixture fixture;
    JsonNode document;

    @BeforeAll
    void start() throws IOException {
        fixture = new WebFixture();
        fixture.app.start(0);
        HttpResponse<String> served = new WebClient(fixture.app.port()).withToken(Role.OFFICER)
                .getJson("/api/openapi.json");
        assertThat(served.statusCode()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), served.body(), StandardCharsets.UTF_8);
        document = JsonMapper.builder().build().readTree(served.body());
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    List<RouteTable.Route> apiRoutes() {
        return fixture.routes.stream().filter(r -> r.path().startsWith("/api/")).toList();
    }

    JsonNode operation(RouteTable.Route route) {
        JsonNode path = document.get("paths").get(route.path());
        assertThat(path).as(route.path() + " is in the document").isNotNull();
        JsonNode operation = path.get(route.method().toLowerCase());
        assertThat(operation).as(route.method() + " " + route.path() + " is in the document").isNotNull();
        return operation;
    }

    @Test
    @DisplayName("every route the API serves is an operation in the document, and every operation is served")
    void routesAndOperations() {
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                documented.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }
        Set<String> served = new TreeSet<>();
        apiRoutes().forEach(r -> served.add(r.method() + " " + r.path()));
        assertThat(documented).isEqualTo(served);
    }

    @Test
    @DisplayName("every operation has an operationId, a tag, a description and an example of its answer (none for 204)")
    void everyOperationIsDescribed() {
        Set<String> ids = new HashSet<>();
        for (RouteTable.Route route : apiRoutes()) {
            JsonNode op = operation(route);
            String name = route.method() + " " + route.path();
            assertThat(op.path("operationId").asString("")).as(name).isNotBlank();
            assertThat(ids.add(op.get("operationId").asString())).as(name + ": operationId unique").isTrue();
            assertThat(op.path("tags").isArray() && !op.get("tags").isEmpty()).as(name + ": tag").isTrue();
            assertThat(op.path("description").asString("")).as(name).isNotBlank();
            if (op.path("responses").has("204")) { // No Content: nothing to show
                assertThat(success(op).has("content")).as(name + ": 204 has no body").isFalse();
                continue;
            }
            assertThat(success(op).path("content").path("application/json").has("example")).as(name + ": example")
                    .isTrue();
        }
    }

    @Test
    @DisplayName("every response record has its schema: the same properties, required unless omitted, right types")
    void everyResponseRecordMatchesItsSchema() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (RouteTable.Route route : apiRoutes()) {
            if (route.response() == Void.class) {
                continue;
            }
            JsonNode schema = success(operation(route)).path("content").path("application/json").path("schema");
            String where = route.method() + " " + route.path();
            if (route.list()) {
                if (!"array".equals(schema.path("type").asString(""))) {
                    problems.add(where + ": answers with an array, documented as " + schema);
                    continue;
                }
                schema = schema.get("items");
            }
            check(route.response(), schema, where, problems);
            checked++;
        }
        check(org.uca.adapter.web.api.json.ProblemJson.class, document.at(
                "/components/responses/Problem/content/application~1problem+json/schema"), "problem details",
                problems);
        assertThat(checked).as("response records checked").isGreaterThanOrEqualTo(14);
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("the action kinds, measure kinds, channels and every other enumeration are in it with their values")
    void everyEnumerationIsInTheDocument() {
        List<Class<? extends Enum<?>>> enums = List.of(ActionKind.class, ActionCategory.class, AffectedParty.class,
                AdjustmentKind.class, AppealOutcome.class, InformedHow.class, ReviewOutcome.class, MeasureKind.class,
                Channel.class, AuthorityLevel.class, ContactStandard.AllowancePeriod.class);
        for (Class<? extends Enum<?>> type : enums) {
            assertThat(texts(schemaNamed(schemaName(type)).get("enum"))).as(type.getName())
                    .containsExactlyElementsOf(names(type));
        }
        // Enumerations a property holds as text: the monitoring report's keys, the timeline's event kinds.
        Map<String, Class<? extends Enum<?>>> keys = Map.of("actionsByCategory", ActionCategory.class,
                "measuresByKind", MeasureKind.class, "decisionsByAuthorityLevel", AuthorityLevel.class,
                "appealOutcomes", AppealOutcome.class);
        keys.forEach((property, type) -> assertThat(schemaNamed("MonitoringJson").at("/properties/" + property
                + "/propertyNames/$ref").asString("")).as(property).endsWith("/" + schemaName(type)));
        assertThat(texts(schemaNamed("CaseJson.Event").at("/properties/event/enum")))
                .containsExactlyElementsOf(Arrays.stream(CaseEvent.class.getPermittedSubclasses())
                        .map(Class::getSimpleName).toList());
        // The enumerations the requests take.
        Map<String, Class<? extends Enum<?>>> requests = Map.ofEntries(
                Map.entry("ActionReport/properties/kind", ActionKind.class),
                Map.entry("ActionReport/properties/channel", Channel.class),
                Map.entry("ActionReport/properties/affected/items", AffectedParty.class),
                Map.entry("RecordContact/properties/channel", Channel.class),
                Map.entry("RecordNeeds/properties/adjustments/items/properties/kind", AdjustmentKind.class),
                Map.entry("RecordInformed/properties/how", InformedHow.class),
                Map.entry("DecideAppeal/properties/outcome", AppealOutcome.class),
                Map.entry("Review/properties/outcome", ReviewOutcome.class),
                Map.entry("Measure/properties/kind", MeasureKind.class),
                Map.entry("Measure/properties/per", ContactStandard.AllowancePeriod.class),
                Map.entry("Measure/properties/excluded/items", Channel.class));
        requests.forEach((at, type) -> assertThat(document.at("/components/schemas/" + at + "/$ref").asString(""))
                .as(at).endsWith("/" + schemaName(type)));
        assertThat(texts(schemaNamed("AuthoriseMeasures").at("/properties/grounds/properties/type/enum")))
                .containsExactlyElementsOf(names(CommandInput.GroundsType.class));
    }

    @Test
    @DisplayName("what the API answers has exactly the documented properties, of the documented types")
    void answersMatchTheDocument() {
        WebClient director = new WebClient(fixture.app.port()).withToken(Role.DIRECTOR);
        String caseId = fixture.caseId.toString();
        Map<String, String> reads = Map.of("/api/work", "/api/work", "/api/residents", "/api/residents?q=Carol",
                "/api/residents/{resident}/guidance", "/api/residents/R-1/guidance", "/api/cases/{case}",
                "/api/cases/" + caseId, "/api/monitoring", "/api/monitoring?from=2026-01-01&to=2026-12-31");
        List<String> problems = new ArrayList<>();
        reads.forEach((template, path) -> {
            HttpResponse<String> r = director.getJson(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            JsonNode schema = document.at("/paths/" + template.replace("/", "~1") + "/get/responses/200/content/"
                    + "application~1json/schema");
            conforms(JsonMapper.builder().build().readTree(r.body()), schema, path, problems);
        });
        assertThat(problems).isEmpty();
    }

    /** A JSON value against its schema: types, enumerations, and for objects exactly the documented properties. */
    void conforms(JsonNode value, JsonNode given, String where, List<String> problems) {
        JsonNode resolved = given;
        while (resolved.has("$ref")) {
            resolved = schemaNamed(resolved.get("$ref").asString().replace("#/components/schemas/", ""));
        }
        JsonNode schema = resolved;
        if (schema.has("oneOf")) {
            List<String> first = null;
            for (JsonNode alternative : schema.get("oneOf").values()) {
                List<String> found = new ArrayList<>();
                conforms(value, alternative, where, found);
                if (found.isEmpty()) {
                    return;
                }
                first = first == null ? found : first;
            }
            problems.add(where + ": matches none of oneOf: " + first);
            return;
        }
        JsonNode types = schema.path("type");
        List<String> allowed = types.isArray() ? texts(types) : List.of(types.asString(""));
        String actual = value.isNull() ? "null" : value.isObject() ? "object" : value.isArray() ? "array"
                : value.isBoolean() ? "boolean" : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number"
                : "string";
        if (!allowed.contains(actual) && !(actual.equals("integer") && allowed.contains("number"))) {
            problems.add(where + ": " + actual + " where the document says " + allowed);
            return;
        }
        if (schema.has("enum") && !texts(schema.get("enum")).contains(value.asString())) {
            problems.add(where + ": " + value + " is not in " + schema.get("enum"));
        }
        if (value.isArray()) {
            value.values().forEach(item -> conforms(item, schema.path("items"), where + "[]", problems));
        } else if (value.isObject() && schema.has("properties")) {
            Set<String> keys = new TreeSet<>();
            value.properties().forEach(e -> keys.add(e.getKey()));
            Set<String> properties = new TreeSet<>();
            schema.get("properties").properties().forEach(e -> properties.add(e.getKey()));
            if (!properties.containsAll(keys) || !keys.containsAll(texts(schema.get("required")))) {
                problems.add(where + ": has " + keys + ", the document says " + properties + " (required "
                        + schema.get("required") + ")");
            }
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                JsonNode property = schema.get("properties").get(e.getKey());
                if (property != null) {
                    conforms(e.getValue(), property, where + "." + e.getKey(), problems);
                }
            }
        }
    }

    // ---- walking a record and its schema together ----

    JsonNode success(JsonNode operation) {
        for (Map.Entry<String, JsonNode> response : operation.get("responses").properties()) {
            if (response.getKey().startsWith("2")) {
                return response.getValue();
            }
        }
        throw new AssertionError("no success response in " + operation.path("operationId"));
    }

    JsonNode schemaNamed(String name) {
        JsonNode schema = document.path("components").path("schemas").get(name);
        assertThat(schema).as("components.schemas." + name).isNotNull();
        return schema;
    }

    /** A record or enum's schema name: its simple name within its enclosing classes, e.g. {@code CaseJson.Action}. */
    static String schemaName(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : schemaName(type.getEnclosingClass()) + "." + type.getSimpleName();
    }

    /** The schema itself: a reference followed, and a nullable one ({@code oneOf} with null) unwrapped. */
    JsonNode resolve(JsonNode schema, Class<?> expected, String where, List<String> problems) {
        boolean nullable = schema.has("oneOf") && schema.get("oneOf").values().stream()
                .anyMatch(a -> "null".equals(a.path("type").asString("")));
        if (nullable) {
            for (JsonNode alternative : schema.get("oneOf").values()) {
                if (!"null".equals(alternative.path("type").asString(""))) {
                    return resolve(alternative, expected, where, problems);
                }
            }
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            if (expected != null && !name.equals(schemaName(expected))) {
                problems.add(where + ": refers to " + name + ", but the type is " + schemaName(expected));
            }
            return schemaNamed(name);
        }
        return schema;
    }

    static String jsonType(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type.values()) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
        }
        return type.asString("");
    }

    void check(Type type, JsonNode given, String where, List<String> problems) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        boolean named = raw.isRecord() || raw.isEnum() || raw.isSealed();
        JsonNode schema = resolve(given, named ? raw : null, where, problems);
        String json = jsonType(schema);
        if (raw == String.class) {
            expect(json, "string", where, problems);
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            expect(json, "integer", where, problems);
        } else if (raw == double.class || raw == Double.class) {
            expect(json, "number", where, problems);
        } else if (raw == boolean.class || raw == Boolean.class) {
            expect(json, "boolean", where, problems);
        } else if (raw.isEnum()) {
            expect(json, "string", where, problems);
            if (!texts(schema.get("enum")).equals(names(raw))) {
                problems.add(where + ": enum " + schema.get("enum") + " is not " + names(raw));
            }
        } else if (List.class.isAssignableFrom(raw)) {
            expect(json, "array", where, problems);
            check(((ParameterizedType) type).getActualTypeArguments()[0], schema.path("items"), where + "[]",
                    problems);
        } else if (Map.class.isAssignableFrom(raw)) {
            expect(json, "object", where, problems);
            check(((ParameterizedType) type).getActualTypeArguments()[1], schema.path("additionalProperties"),
                    where + "{}", problems);
        } else if (raw.isRecord()) {
            checkRecord(raw, schema, where, problems);
        } else if (raw.isSealed()) {
            Set<String> alternatives = new TreeSet<>();
            schema.path("oneOf").values().forEach(a -> alternatives.add(a.path("$ref").asString("")
                    .replace("#/components/schemas/", "")));
            Set<String> permitted = new TreeSet<>();
            for (Class<?> sub : raw.getPermittedSubclasses()) {
                permitted.add(schemaName(sub));
                check(sub, document.path("components").path("schemas").path(schemaName(sub)), where + "("
                        + sub.getSimpleName() + ")", problems);
            }
            if (!alternatives.equals(permitted)) {
                problems.add(where + ": oneOf " + alternatives + " is not " + permitted);
            }
        } else {
            problems.add(where + ": no rule for " + raw);
        }
    }

    void checkRecord(Class<?> record, JsonNode schema, String where, List<String> problems) {
        String at = where + " " + schemaName(record);
        expect(jsonType(schema), "object", at, problems);
        Set<String> components = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        for (RecordComponent c : record.getRecordComponents()) {
            components.add(c.getName());
            JsonInclude include = c.getAccessor().getAnnotation(JsonInclude.class);
            if (include == null || include.value() != JsonInclude.Include.NON_NULL) {
                required.add(c.getName());
            }
        }
        Set<String> properties = new TreeSet<>();
        schema.path("properties").properties().forEach(p -> properties.add(p.getKey()));
        if (!properties.equals(components)) {
            problems.add(at + ": properties " + properties + " are not the record's " + components);
        }
        if (!new TreeSet<>(texts(schema.get("required"))).equals(required)) {
            problems.add(at + ": required " + schema.get("required") + " is not " + required);
        }
        if (schema.path("additionalProperties").asBoolean(true)) {
            problems.add(at + ": additionalProperties is not false");
        }
        for (RecordComponent c : record.getRecordComponents()) {
            JsonNode property = schema.path("properties").get(c.getName());
            if (property != null) {
                check(c.getGenericType(), property, at + "." + c.getName(), problems);
            }
        }
    }

    static void expect(String actual, String expected, String where, List<String> problems) {
        if (!actual.equals(expected)) {
            problems.add(where + ": documented as " + (actual.isEmpty() ? "no type" : actual) + ", is " + expected);
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null) {
            array.values().forEach(v -> texts.add(v.asString()));
        }
        return texts;
    }

    static List<String> names(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
    }
}
