package org.uca.domain.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Equality figures (issue 15 §5): every cell under 5 is shown as \"<5\", and no way to reach an"
        + " individual from the figures")
class SmallNumbersTest {

    @Test
    @DisplayName("every cell under 5 is shown as \"<5\", its share too, and a total under 5 is withheld")
    void everyCellUnderFiveIsShownAsLessThanFive() {
        SmallNumbers column = SmallNumbers.of(List.of(0L, 3L, 4L, 5L, 12L));
        assertThat(column.cells()).containsExactly(Option.none(), Option.none(), Option.none(), Option.some(5L),
                Option.some(12L));
        assertThat(column.total()).contains(24L);
        assertThat(column.shareOf(2)).isEmpty();
        assertThat(column.shareOf(4)).contains(0.5);

        SmallNumbers few = SmallNumbers.of(List.of(1L, 3L));
        assertThat(few.cells()).containsOnly(Option.none());
        assertThat(few.total()).as("a total of 4 is itself a small number").isEmpty();
        assertThat(SmallNumbers.of(List.of(5L)).cells()).containsExactly(Option.some(5L));
    }

    @Test
    @DisplayName("no individual can be found by subtraction: a lone withheld cell takes the next smallest with it")
    void noIndividualCanBeFoundBySubtraction() {
        SmallNumbers column = SmallNumbers.of(List.of(40L, 2L, 9L, 7L, 7L));
        assertThat(column.cells()).containsExactly(Option.some(40L), Option.none(), Option.some(9L), Option.none(),
                Option.some(7L));
        assertThat(column.total()).contains(65L);
        assertThat(column.cells().count(Option::isEmpty)).as("two withheld: total minus the rest is their sum only")
                .isEqualTo(2);

        SmallNumbers enough = SmallNumbers.of(List.of(30L, 3L, 2L, 20L));
        assertThat(enough.cells()).as("withheld together 5: nothing more need be")
                .containsExactly(Option.some(30L), Option.none(), Option.none(), Option.some(20L));
        assertThat(SmallNumbers.of(List.of(30L, 20L)).cells()).as("none withheld, none more")
                .containsExactly(Option.some(30L), Option.some(20L));
    }

    @Test
    @DisplayName("no individual can be found by subtraction: cells are withheld until those withheld together are"
            + " at least 5, a withheld zero hiding nobody")
    void cellsAreWithheldUntilThoseWithheldTogetherAreAtLeastFive() {
        SmallNumbers zero = SmallNumbers.of(List.of(7L, 1L, 0L));
        assertThat(zero.cells()).as("1 and 0 withheld are 1 together: the 7 goes with them")
                .containsOnly(Option.none());
        assertThat(zero.total()).contains(8L);

        SmallNumbers three = SmallNumbers.of(List.of(30L, 1L, 2L, 20L));
        assertThat(three.cells()).as("1 and 2 are 3 together: the 20 goes with them")
                .containsExactly(Option.some(30L), Option.none(), Option.none(), Option.none());

        SmallNumbers lastResort = SmallNumbers.of(List.of(3L, 2L));
        assertThat(lastResort.cells()).containsOnly(Option.none());
        assertThat(lastResort.total()).as("5 in all, so the total may be shown").contains(5L);

        SmallNumbers noneToHide = SmallNumbers.of(List.of(12L, 0L, 9L));
        assertThat(noneToHide.cells()).as("a lone zero hides nobody, so nothing goes with it")
                .containsExactly(Option.some(12L), Option.none(), Option.some(9L));
    }
}
