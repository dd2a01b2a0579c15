package org.uca.adapter.web.input;

import java.util.List;
import java.util.Map;
import org.uca.domain.shared.PlainText;

/** A submitted HTML form. */
public final class FormParams implements Params {

    private final Map<String, List<String>> values;

    public FormParams(Map<String, List<String>> values) {
        this.values = values;
    }

    @Override
    public String one(String name) {
        List<String> given = values.get(name);
        return given == null || given.isEmpty() || given.get(0) == null ? "" : PlainText.strip(given.get(0));
    }

    @Override
    public List<String> all(String name) {
        List<String> given = values.get(name);
        return given == null ? List.of()
                : given.stream().filter(v -> !PlainText.isBlank(v)).map(PlainText::strip).toList();
    }

    @Override
    public List<Params> objects(String name) {
        return List.of();
    }

    public Map<String, List<String>> raw() {
        return values;
    }
}
