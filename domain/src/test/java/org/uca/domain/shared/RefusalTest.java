package org.uca.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Refusal: why the policy does not allow what was asked")
class RefusalTest {

    @Test
    @DisplayName("a refusal gives at least one reason")
    void atLeastOneReason() {
        assertThatThrownBy(() -> new Refusal(List.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Refusal(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("message() joins every problem, naming the field it concerns")
    void messageJoinsProblems() {
        Refusal refusal = Refusal.of("measures", "Choose at least one measure.")
                .and(Refusal.because("The case is closed."))
                .and(Refusal.of("reviewDate", "Set a review date."));

        assertThat(refusal.message()).isEqualTo(
                "measures: Choose at least one measure.; The case is closed.; reviewDate: Set a review date.");
    }

    @Test
    @DisplayName("a problem with the request as a whole names no field")
    void wholeRequest() {
        Refusal refusal = Refusal.because("Not allowed.");

        assertThat(refusal.problems()).containsExactly(new Refusal.Problem(Refusal.WHOLE_REQUEST, "Not allowed."));
        assertThat(refusal.concerns("")).isTrue();
    }

    @Test
    @DisplayName("concerns() says whether a field has a problem")
    void concerns() {
        Refusal refusal = Refusal.of("reasons", "Give the reasons.");

        assertThat(refusal.concerns("reasons")).isTrue();
        assertThat(refusal.concerns("measures")).isFalse();
    }

    @Test
    @DisplayName("a problem within a list item is named by its index")
    void within() {
        assertThat(new Refusal.Problem("description", "r").within("measures[2]").field())
                .isEqualTo("measures[2].description");
        assertThat(new Refusal.Problem("", "r").within("measures[2]").field()).isEqualTo("measures[2]");
    }

    @Test
    @DisplayName("a problem always has a field and a reason")
    void problemsNeedFieldAndReason() {
        assertThatThrownBy(() -> new Refusal.Problem(null, "r")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Refusal.Problem("f", null)).isInstanceOf(NullPointerException.class);
    }
}
