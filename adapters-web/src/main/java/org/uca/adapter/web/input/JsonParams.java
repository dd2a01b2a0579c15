package org.uca.adapter.web.input;

import java.util.ArrayList;
import java.util.List;
import org.uca.domain.shared.PlainText;
import tools.jackson.databind.JsonNode;

/** A JSON request body; dotted names reach into nested objects. */
public final class JsonParams implements Params {

    private final JsonNode root;

    public JsonParams(JsonNode root) {
        this.root = root;
    }

    private JsonNode node(String name) {
        JsonNode at = root;
        for (String part : name.split("\\.")) {
            if (at == null || !at.isObject()) {
                return null;
            }
            at = at.get(part);
        }
        return at == null || at.isNull() || at.isMissingNode() ? null : at;
    }

    @Override
    public String one(String name) {
        JsonNode n = node(name);
        return n == null || n.isContainer() ? "" : PlainText.strip(n.asString());
    }

    @Override
    public List<String> all(String name) {
        JsonNode n = node(name);
        if (n == null) {
            return List.of();
        }
        if (!n.isArray()) {
            return n.isContainer() ? List.of() : List.of(PlainText.strip(n.asString()));
        }
        List<String> values = new ArrayList<>();
        for (JsonNode v : n.values()) {
            if (!v.isContainer() && !v.isNull()) {
                values.add(PlainText.strip(v.asString()));
            }
        }
        return values;
    }

    @Override
    public List<Params> objects(String name) {
        JsonNode n = node(name);
        if (n == null || !n.isArray()) {
            return List.of();
        }
        List<Params> objects = new ArrayList<>();
        for (JsonNode v : n.values()) {
            objects.add(new JsonParams(v));
        }
        return objects;
    }
}
