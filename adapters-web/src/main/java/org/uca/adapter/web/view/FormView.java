package org.uca.adapter.web.view;

import java.util.List;

/**
 * A form as the generic form template renders it: GOV.UK fields with labels, hints, the user's input kept and the
 * error next to each field.
 */
public record FormView(String caption, String heading, String intro, String action, String submit, String cancelHref,
        List<Field> fields) {

    public enum Type { TEXT, TEXTAREA, NUMBER, DATE, TIME, DATETIME, SELECT, RADIOS, CHECKBOXES, HIDDEN, HEADING,
        PASSWORD }

    public record Choice(String value, String label, String hint) {
        public Choice(String value, String label) {
            this(value, label, "");
        }
    }

    /**
     * @param values the input kept (or the defaults): one value, or several for checkboxes; DATETIME keeps the date
     *               and the time
     * @param error  the problem with the field, empty when there is none
     */
    public record Field(Type type, String name, String label, String hint, List<String> values, List<Choice> choices,
            String error) {

        public String id() {
            return idFor(name);
        }

        public static String idFor(String name) {
            return name.replaceAll("[^A-Za-z0-9_-]", "-");
        }

        public String value() {
            return values.isEmpty() ? "" : values.get(0);
        }

        public String second() {
            return values.size() < 2 ? "" : values.get(1);
        }

        public boolean has(String value) {
            return values.contains(value);
        }

        public boolean hasError() {
            return error != null && !error.isEmpty();
        }

        public boolean hasHint() {
            return hint != null && !hint.isEmpty();
        }

        public String describedBy() {
            String ids = (hasHint() ? id() + "-hint " : "") + (hasError() ? id() + "-error" : "");
            return ids.isBlank() ? null : ids.strip();
        }
    }
}
