package org.uca.domain.shared;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/**
 * Collects the problems with a piece of input so a person sees every one at once, not the first only.
 * Immutable: each check returns a new instance.
 */
public final class Checks {

    /** Longest free text we accept in one field; enough for a full account of an incident. */
    public static final int MAX_TEXT = 4000;
    /** Longest short label (a team name, a kind of action, a third party). */
    public static final int MAX_LABEL = 200;

    private final Seq<Refusal.Problem> problems;

    private Checks(Seq<Refusal.Problem> problems) {
        this.problems = problems;
    }

    public static Checks start() {
        return new Checks(List.empty());
    }

    public Checks require(boolean condition, String field, String reason) {
        return condition ? this : new Checks(problems.append(new Refusal.Problem(field, reason)));
    }

    /**
     * Required free text: present, not blank, at most {@link #MAX_TEXT} characters, no control characters and none of
     * the invisible characters that can disguise a letter ({@link PlainText#firstDisguising}).
     */
    public Checks text(String value, String field, String whatItIs) {
        return checkText(value, field, whatItIs, MAX_TEXT, true);
    }

    /** Required short label: present, at most {@link #MAX_LABEL} characters, one line. */
    public Checks label(String value, String field, String whatItIs) {
        return checkText(value, field, whatItIs, MAX_LABEL, true);
    }

    /** Optional free text: may be empty, otherwise as {@link #text}. */
    public Checks optionalText(String value, String field, String whatItIs) {
        return checkText(value, field, whatItIs, MAX_TEXT, false);
    }

    public Checks merge(Seq<Refusal.Problem> more) {
        return more.isEmpty() ? this : new Checks(problems.appendAll(more));
    }

    public Seq<Refusal.Problem> problems() {
        return problems;
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    public <T> Either<Refusal, T> then(java.util.function.Supplier<Either<Refusal, T>> next) {
        return passed() ? next.get() : Either.left(new Refusal(problems));
    }

    private Checks checkText(String value, String field, String whatItIs, int max, boolean required) {
        if (PlainText.isBlank(value)) { // a "blank" of no-break spaces too
            return required ? require(false, field, "Give " + whatItIs + ".") : this;
        }
        if (value.length() > max) {
            return require(false, field, capitalise(whatItIs) + " must be at most " + max + " characters (it has "
                    + value.length() + ").");
        }
        boolean singleLine = max == MAX_LABEL;
        boolean control = PlainText.firstUnstorable(value).isDefined()
                || singleLine && value.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t');
        if (control) {
            return require(false, field, capitalise(whatItIs) + " contains a control character; use plain text.");
        }
        // Every text checked here can reach a letter or a page the resident is shown.
        return PlainText.firstDisguising(value).fold(() -> this, c -> require(false, field, capitalise(whatItIs)
                + " contains an invisible character (" + PlainText.named(c) + ") that can hide or reorder what a"
                + " letter says; retype it as plain text."));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
