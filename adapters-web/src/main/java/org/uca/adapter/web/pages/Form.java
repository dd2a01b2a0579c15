package org.uca.adapter.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.view.PageFrame;
import org.uca.adapter.web.view.FormView;
import org.uca.adapter.web.view.FormView.Choice;
import org.uca.adapter.web.view.FormView.Field;
import org.uca.adapter.web.view.FormView.Type;
import org.uca.domain.shared.Refusal;

/**
 * Builds a form's fields: on first view with defaults, after a refused submission with the user's input kept and
 * each problem next to its field.
 */
final class Form {

    private static final Pattern LISTED = Pattern.compile("^(measures|variedMeasures|adjustments)\\[(\\d+)\\](?:\\.(\\w+))?");

    private final FormParams input;
    private final Map<String, String> errors;
    private final List<Field> fields = new ArrayList<>();

    private Form(FormParams input, Map<String, String> errors) {
        this.input = input;
        this.errors = errors;
    }

    static Form fresh() {
        return new Form(null, Map.of());
    }

    static Form submitted(FormParams input, Refusal refusal) {
        return new Form(input, refusal == null ? Map.of() : errorsByField(refusal, input));
    }

    /** The domain names problems by its own fields; this names them by the form's fields. */
    static Map<String, String> errorsByField(Refusal refusal, FormParams input) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (Refusal.Problem p : refusal.problems()) {
            byField.merge(formField(p.field(), input), p.reason(), (a, b) -> a.equals(b) ? a : a + " " + b);
        }
        return byField;
    }

    static String formField(String field, FormParams input) {
        Matcher m = LISTED.matcher(field);
        if (m.find()) {
            List<String> kinds = input.all(m.group(1));
            int i = Integer.parseInt(m.group(2));
            String detail = m.group(3);
            if (i < kinds.size() && detail != null && !detail.equals("kind")) {
                return (m.group(1).equals("adjustments") ? "adjustment." : "measure.") + kinds.get(i) + "." + detail;
            }
            return m.group(1);
        }
        String plain = field.replaceAll("\\[\\d+\\]", "");
        return plain.startsWith("actions.") ? plain.substring("actions.".length()) : plain;
    }

    private List<String> kept(String name, List<String> defaults) {
        if (input == null) {
            return defaults;
        }
        List<String> given = input.raw().get(name);
        return given == null ? List.of() : given;
    }

    private String keptOne(String name, String fallback) {
        List<String> values = kept(name, fallback == null ? List.of() : List.of(fallback));
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private Form add(Type type, String name, String label, String hint, List<String> values, List<Choice> choices) {
        fields.add(new Field(type, name, label, hint, values, choices, errors.getOrDefault(name, "")));
        return this;
    }

    Form heading(String label, String hint) {
        fields.add(new Field(Type.HEADING, "", label, hint, List.of(), List.of(), ""));
        return this;
    }

    Form hidden(String name, String value) {
        return add(Type.HIDDEN, name, "", "", List.of(value), List.of());
    }

    Form text(String name, String label, String hint, String fallback) {
        return add(Type.TEXT, name, label, hint, List.of(keptOne(name, fallback)), List.of());
    }

    /** A password: never shown again, not even after a refused submission. */
    Form password(String name, String label, String hint) {
        return add(Type.PASSWORD, name, label, hint, List.of(""), List.of());
    }

    Form textarea(String name, String label, String hint, String fallback) {
        return add(Type.TEXTAREA, name, label, hint, List.of(keptOne(name, fallback)), List.of());
    }

    Form number(String name, String label, String hint, String fallback) {
        return add(Type.NUMBER, name, label, hint, List.of(keptOne(name, fallback)), List.of());
    }

    Form date(String name, String label, String hint, String fallback) {
        return add(Type.DATE, name, label, hint, List.of(keptOne(name, fallback)), List.of());
    }

    Form dateTime(String name, String label, String hint, String date, String time) {
        return add(Type.DATETIME, name, label, hint,
                List.of(keptOne(name + ".date", date), keptOne(name + ".time", time)), List.of());
    }

    Form select(String name, String label, String hint, List<Choice> choices, String fallback) {
        return add(Type.SELECT, name, label, hint, List.of(keptOne(name, fallback)), choices);
    }

    Form radios(String name, String label, String hint, List<Choice> choices, String fallback) {
        return add(Type.RADIOS, name, label, hint, List.of(keptOne(name, fallback)), choices);
    }

    Form checkboxes(String name, String label, String hint, List<Choice> choices, List<String> fallback) {
        return add(Type.CHECKBOXES, name, label, hint, kept(name, fallback), choices);
    }

    FormView view(String caption, String heading, String intro, String action, String submit, String cancel) {
        return new FormView(caption, heading, intro, action, submit, cancel, List.copyOf(fields));
    }

    /** The error summary: each problem, linking to its field (or to the page when it concerns the whole request). */
    List<PageFrame.ErrorItem> summary() {
        List<PageFrame.ErrorItem> items = new ArrayList<>();
        errors.forEach((field, reason) -> {
            boolean shown = fields.stream().anyMatch(f -> f.name().equals(field) && !f.name().isEmpty());
            items.add(new PageFrame.ErrorItem(reason, shown ? "#" + Field.idFor(field) : "#main-content"));
        });
        return items;
    }
}
