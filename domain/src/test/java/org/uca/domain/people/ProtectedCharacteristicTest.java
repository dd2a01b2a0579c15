package org.uca.domain.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Protected characteristics (Equality Act 2010) as the housing system holds them")
class ProtectedCharacteristicTest {

    @Test
    @DisplayName("a resident who preferred not to say, or left it blank, is counted as not known, never guessed")
    void preferNotToSayIsNotKnown() {
        for (String said : new String[] {"", "  ", "Prefer not to say", "prefer not  to say.", "NOT KNOWN",
                "Unknown", "Declined"}) {
            assertThat(ProtectedCharacteristic.heldAs(Option.some(said))).as(said)
                    .isEqualTo(ProtectedCharacteristic.NOT_KNOWN);
        }
        assertThat(ProtectedCharacteristic.heldAs(Option.none())).isEqualTo(ProtectedCharacteristic.NOT_KNOWN);
        assertThat(ProtectedCharacteristic.heldAs(Option.some("  White   British "))).isEqualTo("White British");
    }

    @Test
    @DisplayName("the nine characteristics of the Equality Act 2010, each its own column of the housing system's file")
    void theNineCharacteristics() {
        assertThat(ProtectedCharacteristic.values()).hasSize(9);
        assertThat(io.vavr.collection.List.of(ProtectedCharacteristic.values()).map(ProtectedCharacteristic::column)
                .distinct()).hasSize(9).contains("age_band", "ethnicity", "sex", "disability");
    }
}
