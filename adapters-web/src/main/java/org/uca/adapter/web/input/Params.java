package org.uca.adapter.web.input;

import java.util.List;

/**
 * What a person typed into a form or a system sent as JSON, read the same way: named values (dotted names for
 * nested JSON objects), lists of values, and lists of nested objects.
 */
public interface Params {

    /** The value, stripped of spaces of any kind ({@link org.uca.domain.shared.PlainText#strip}); empty when absent. */
    String one(String name);

    /** All values given for the name (checkboxes, JSON arrays of values). */
    List<String> all(String name);

    /** Nested objects (JSON arrays of objects); forms have none. */
    List<Params> objects(String name);

    default boolean has(String name) {
        return !one(name).isEmpty();
    }

    /** The values whose names start with {@code prefix + "."}, named without it. */
    default Params within(String prefix) {
        Params outer = this;
        return new Params() {
            public String one(String name) {
                return outer.one(prefix + "." + name);
            }

            public List<String> all(String name) {
                return outer.all(prefix + "." + name);
            }

            public List<Params> objects(String name) {
                return outer.objects(prefix + "." + name);
            }
        };
    }
}
