package org.uca.domain.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("A UK postcode is found however a visitor types it, and only a postcode's shape is taken")
class PostcodeTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"e8 3ab, E8 3AB", "E83AB, E8 3AB", "' sw1a  1aa ', SW1A 1AA", "ls14ab, LS1 4AB", "gir0aa, GIR 0AA",
            "W1D 4FA, W1D 4FA"})
    @DisplayName("case and spaces do not matter: the postcode is written with capitals and one space")
    void normalised(String typed, String written) {
        assertThat(Postcode.parse(typed).map(Postcode::value)).contains(written);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "E8", "E8 3A", "14 Mare Street", "E8 3ABC", "1E 3AB", "EEE8 3AB", "E8 AAB"})
    @DisplayName("what does not have a UK postcode's shape is not a postcode")
    void refused(String typed) {
        assertThat(Postcode.parse(typed)).isEmpty();
    }
}
