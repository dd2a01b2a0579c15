package org.uca.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Checks: every problem with an input is reported at once")
class ChecksTest {

    @Test
    @DisplayName("a passed check leads on to the next step")
    void passedChecksContinue() {
        Either<Refusal, String> outcome = Checks.start().require(true, "field", "never shown")
                .text("Some text", "notes", "notes").then(() -> Either.right("done"));

        assertThat(outcome.get()).isEqualTo("done");
    }

    @Test
    @DisplayName("every failed requirement is reported, not just the first")
    void everyProblemIsReported() {
        Checks checks = Checks.start()
                .require(false, "first", "First is wrong.")
                .require(true, "second", "Second is fine.")
                .require(false, "third", "Third is wrong.");

        assertThat(checks.passed()).isFalse();
        assertThat(checks.problems()).extracting(Refusal.Problem::field).containsExactly("first", "third");
        Refusal refusal = checks.then(() -> Either.right("never")).getLeft();
        assertThat(refusal.problems()).hasSize(2);
    }

    @Test
    @DisplayName("merging no problems changes nothing; merging problems adds them")
    void merging() {
        Checks start = Checks.start();

        assertThat(start.merge(io.vavr.collection.List.empty())).isSameAs(start);
        assertThat(start.merge(io.vavr.collection.List.of(new Refusal.Problem("f", "r"))).problems()).hasSize(1);
    }

    @Nested
    @DisplayName("free text")
    class FreeText {

        @Test
        @DisplayName("required free text must be given: missing or blank text is refused")
        void requiredTextMustBeGiven() {
            assertThat(Checks.start().text(null, "reasons", "the reasons").problems())
                    .containsExactly(new Refusal.Problem("reasons", "Give the reasons."));
            assertThat(Checks.start().text("  \n ", "reasons", "the reasons").passed()).isFalse();
        }

        @Test
        @DisplayName("free text is at most 4000 characters")
        void atMost4000Characters() {
            assertThat(Checks.MAX_TEXT).isEqualTo(4000);
            assertThat(Checks.start().text("a".repeat(4000), "reasons", "the reasons").passed()).isTrue();
            assertThat(Checks.start().text("a".repeat(4001), "reasons", "the reasons").problems())
                    .singleElement().extracting(Refusal.Problem::reason)
                    .isEqualTo("The reasons must be at most 4000 characters (it has 4001).");
        }

        @Test
        @DisplayName("free text may run over several lines and use tabs")
        void lineBreaksAllowed() {
            assertThat(Checks.start().text("First line\r\nSecond line\n\tindented", "notes", "notes").passed())
                    .isTrue();
        }

        @Test
        @DisplayName("control characters are refused: use plain text")
        void controlCharactersRefused() {
            assertThat(Checks.start().text("bell\u0007", "notes", "notes").problems()).singleElement()
                    .extracting(Refusal.Problem::reason)
                    .isEqualTo("Notes contains a control character; use plain text.");
            assertThat(Checks.start().text("null\u0000byte", "notes", "notes").passed()).isFalse();
        }

        @Test
        @DisplayName("optional free text may be empty, but otherwise follows the same rules")
        void optionalText() {
            assertThat(Checks.start().optionalText("", "notes", "notes").passed()).isTrue();
            assertThat(Checks.start().optionalText(null, "notes", "notes").passed()).isTrue();
            assertThat(Checks.start().optionalText("x".repeat(4001), "notes", "notes").passed()).isFalse();
        }
    }

    @Nested
    @DisplayName("labels")
    class Labels {

        @Test
        @DisplayName("a label is at most 200 characters")
        void atMost200Characters() {
            assertThat(Checks.MAX_LABEL).isEqualTo(200);
            assertThat(Checks.start().label("t".repeat(200), "team", "the team").passed()).isTrue();
            assertThat(Checks.start().label("t".repeat(201), "team", "the team").passed()).isFalse();
        }

        @Test
        @DisplayName("a label is a single line")
        void singleLine() {
            assertThat(Checks.start().label("Housing\nManagement", "team", "the team's name").problems())
                    .singleElement().extracting(Refusal.Problem::reason)
                    .isEqualTo("The team's name contains a control character; use plain text.");
            assertThat(Checks.start().label("Housing\tManagement", "team", "the team").passed()).isFalse();
        }

        @Test
        @DisplayName("a label is required")
        void required() {
            assertThat(Checks.start().label(" ", "team", "the team").passed()).isFalse();
        }

        @Test
        @DisplayName("an empty description still reads as a sentence")
        void emptyDescription() {
            assertThat(Checks.start().label("\u0001", "team", "").problems()).singleElement()
                    .extracting(Refusal.Problem::reason).isEqualTo(" contains a control character; use plain text.");
        }
    }

    @Nested
    @DisplayName("text that goes into letters")
    class LetterText {

        @org.junit.jupiter.params.ParameterizedTest(name = "[{index}] U+{0}")
        @org.junit.jupiter.params.provider.ValueSource(strings = {"202A", "202B", "202C", "202D", "202E", "2066", "2067",
            "2068", "2069", "200B", "200C", "200D", "2060", "FEFF"})
        @DisplayName("an invisible character that can reorder or hide what a letter says is refused, naming the field")
        void disguisingCharactersRefused(String hex) {
            String text = "We will stop " + (char) Integer.parseInt(hex, 16) + "contact by phone.";
            assertThat(Checks.start().text(text, "reasons", "the reasons").problems()).containsExactly(
                    new Refusal.Problem("reasons", "The reasons contains an invisible character (U+" + hex
                            + ") that can hide or reorder what a letter says; retype it as plain text."));
            assertThat(Checks.start().label(text, "officerName", "the name").passed()).isFalse();
            assertThat(Checks.start().optionalText(text, "notes", "notes").passed()).isFalse();
        }

        @Test
        @DisplayName("the left-to-right and right-to-left marks are kept: a name in Arabic or Hebrew may need them")
        void directionMarksAllowed() {
            assertThat(Checks.start().label("\u05D3\u05E0\u05D4 \u200E(Flat 3)", "name", "the name").passed())
                    .isTrue();
            assertThat(Checks.start().text("Rt\u200Fl", "reasons", "the reasons").passed()).isTrue();
        }

        @Test
        @DisplayName("C1 control characters and DEL are control characters too")
        void c1AndDelRefused() {
            assertThat(Checks.start().text("a\u0085b", "reasons", "the reasons").passed()).isFalse();
            assertThat(Checks.start().text("a\u009Bb", "reasons", "the reasons").passed()).isFalse();
            assertThat(Checks.start().text("a\u007Fb", "reasons", "the reasons").passed()).isFalse();
        }
    }

    @Nested
    @DisplayName("blank text")
    class BlankText {

        @org.junit.jupiter.params.ParameterizedTest(name = "[{index}] U+{0}")
        @org.junit.jupiter.params.provider.ValueSource(strings = {"00A0", "2007", "202F", "2002", "2003", "2009",
            "200A", "205F", "3000", "1680"})
        @DisplayName("text of no-break or other Unicode spaces is blank: required text made of them is not given")
        void unicodeSpacesAreBlank(String hex) {
            String spaces = (" " + (char) Integer.parseInt(hex, 16)).repeat(3);
            assertThat(Checks.start().text(spaces, "reasons", "the reasons").problems())
                    .containsExactly(new Refusal.Problem("reasons", "Give the reasons."));
            assertThat(Checks.start().label(spaces, "team", "the team").passed()).isFalse();
            assertThat(Checks.start().optionalText(spaces, "notes", "notes").passed()).isTrue();
            assertThat(PlainText.isBlank(spaces)).isTrue();
            assertThat(PlainText.strip(spaces + "x" + spaces)).isEqualTo("x");
        }
    }
}
