package org.uca.adapter.web.pages;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RefusedBeforeUseCase;
import org.uca.adapter.web.view.PageFrame;
import org.uca.adapter.web.view.FormView;
import org.uca.adapter.web.view.FormView.Choice;
import org.uca.adapter.web.view.FormView.Field;
import org.uca.adapter.web.view.FormView.Type;
import org.uca.application.port.in.CaseChange;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.Task;
import org.uca.domain.shared.Refusal;

/**
 * Builds a form's fields: on first view with defaults, after a refused submission with the user's input kept and
 * each problem next to its field.
 */
final class Form {

    private static final Pattern LISTED = Pattern.compile("^(measures|variedMeasures|adjustments)\\[(\\d+)\\](?:\\.(\\w+))?");

    /** The hidden field with the version of the case a form was filled in from. */
    static final String VERSION = "caseVersion";

    private final FormParams input;
    private final Map<String, String> errors;
    private final Option<CaseVersion> staleNow;
    private final List<String> changedSince;
    private final List<Field> fields = new ArrayList<>();

    private Form(FormParams input, Map<String, String> errors, Option<CaseVersion> staleNow,
            List<String> changedSince) {
        this.input = input;
        this.errors = errors;
        this.staleNow = staleNow;
        this.changedSince = changedSince;
    }

    static Form fresh() {
        return new Form(null, Map.of(), Option.none(), List.of());
    }

    static Form submitted(FormParams input, Refusal refusal) {
        return new Form(input, refusal == null ? Map.of() : errorsByField(refusal, input), Option.none(), List.of());
    }

    /**
     * The form again after it was submitted from an earlier version of the case than the one now stored: the input
     * kept, what changed since listed, and the version now shown, so that submitting again (once the person has
     * checked the changes) is made from it.
     */
    static Form stale(FormParams input, Failure.Stale stale, List<String> changedSince) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(VERSION, stale.message() + " Your answers are kept below: check them against what changed, then"
                + " submit again.");
        return new Form(input, errors, Option.some(stale.current()), List.copyOf(changedSince));
    }

    /**
     * The form again after the change could not be saved just now (someone else's change was committed at the same
     * moment, or the database could not be reached): the input kept and the application's own words for what
     * happened, so the person can submit again. A resubmission is safe: it carries the version it was filled in from,
     * so if the first did go through, the second is refused as stale and shows it.
     */
    static Form notSaved(FormParams input, String message) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(VERSION, message + " Your answers are kept below.");
        return new Form(input, errors, Option.none(), List.of());
    }

    /**
     * The version of the case the submitted form was filled in from, with the command it asks for. Only a role
     * offered the task is asked for it (it had the form): one that is not is refused by the application as not
     * permitted, audited on the case.
     */
    static <T extends CaseChange<T>> Either<Refusal, T> seenAt(Either<Refusal, T> parsed, Context ctx, Task task) {
        Either<Refusal, T> command = withVersion(parsed, ctx, task);
        command.forEach(c -> RefusedBeforeUseCase.handedOver(ctx)); // its use case audits what it refuses
        return command;
    }

    private static <T extends CaseChange<T>> Either<Refusal, T> withVersion(Either<Refusal, T> parsed, Context ctx,
            Task task) {
        if (!OfferedTasks.offered(ctx, task)) {
            return parsed;
        }
        String given = new FormParams(ctx.formParamMap()).one(VERSION);
        Either<Refusal, CaseVersion> seen = given.matches("0|[1-9][0-9]{0,17}")
                ? Either.right(new CaseVersion(Long.parseLong(given)))
                : Either.left(Refusal.of(VERSION, "The form does not say which version of the case it was filled in"
                        + " from, so it cannot be checked against changes made since; nothing was saved. Open the"
                        + " page again and resubmit."));
        if (parsed.isLeft()) {
            return seen.isLeft() ? Either.left(parsed.getLeft().and(seen.getLeft())) : parsed;
        }
        return seen.map(parsed.get()::seenAt);
    }

    /**
     * The version of the case the form is filled in from: the one shown on a fresh form and after a stale
     * submission, and otherwise the one submitted, so that fixing a refused answer does not hide changes made since.
     */
    Form caseVersion(CaseVersion shown) {
        CaseVersion version = staleNow.getOrElse(shown);
        return hidden(VERSION, input == null || staleNow.isDefined() ? version.toString()
                : keptOne(VERSION, version.toString()));
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
        if (field.equals("whileInForce")) {
            return "whileInForce.type";
        }
        String plain = field.replaceAll("\\[\\d+\\]", "");
        return plain.startsWith("reports.") ? plain.substring("reports.".length()) : plain;
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

    /**
     * The error summary: each problem, linking to its field (or to the page when it concerns the whole request);
     * after a stale submission, each change made since, linking to the case.
     */
    List<PageFrame.ErrorItem> summary() {
        List<PageFrame.ErrorItem> items = new ArrayList<>();
        errors.forEach((field, reason) -> {
            boolean shown = fields.stream().anyMatch(f -> f.name().equals(field) && f.type() != Type.HIDDEN
                    && !f.name().isEmpty());
            items.add(new PageFrame.ErrorItem(reason, shown ? "#" + Field.idFor(field) : "#main-content"));
        });
        changedSince.forEach(change -> items.add(new PageFrame.ErrorItem("Changed since: " + change,
                "#main-content")));
        return items;
    }
}
