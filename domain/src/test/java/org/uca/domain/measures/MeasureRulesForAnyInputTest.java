package org.uca.domain.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.uca.domain.fixtures.SeededRandom;
import org.uca.domain.shared.Refusal;

/** The rules on what a measure may say, for any wording and any number, not only the examples. */
class MeasureRulesForAnyInputTest {

    private static final long SEED = 4_500L;
    private static final int CASES = 300;

    private static final String[] SPELLINGS_OF_OMBUDSMAN =
            {"ombudsman", "Ombudsman", "OMBUDSMAN", "OmBudsMan", "Housing Ombudsman"};

    /** Up to 40 letters, a spelling of "Ombudsman", up to 40 more letters: {@value #CASES} wordings from a fixed seed. */
    static Stream<String> wordingsMentioningTheOmbudsman() {
        SeededRandom random = SeededRandom.forTest(MeasureRulesForAnyInputTest.class, SEED);
        return random.cases(CASES, () -> random.letters(40) + " " + random.oneOf(SPELLINGS_OF_OMBUDSMAN) + " "
                + random.letters(40));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("wordingsMentioningTheOmbudsman")
    @DisplayName("the right to contact the Housing Ombudsman can never be removed: no other limit may mention it")
    void noLimitMentionsTheOmbudsman(String wording) {
        var limit = new ServiceLimit.OtherServiceLimit(wording);

        assertThat(limit.problems()).extracting(Refusal.Problem::reason)
                .anySatisfy(r -> assertThat(r).startsWith("The right to contact the Housing Ombudsman can never be"
                        + " removed or limited."));
    }

    @Test
    @DisplayName("a contact time allowance is valid exactly from one minute up to the length of its period: every"
            + " whole number of minutes from -1 to past a month, the extremes of int and random ints")
    void allowanceBounds() {
        SeededRandom random = SeededRandom.forTest(MeasureRulesForAnyInputTest.class, SEED + 1);
        var randomInts = random.cases(CASES, random::anyInt).toList();
        for (ContactStandard.AllowancePeriod per : ContactStandard.AllowancePeriod.values()) {
            int periodMinutes = per == ContactStandard.AllowancePeriod.WEEK ? 7 * 24 * 60 : 31 * 24 * 60;
            var minutesToTry = Stream.of(
                    Stream.iterate(-1, m -> m <= 31 * 24 * 60 + 1, m -> m + 1),
                    Stream.of(Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1_000_000, 1_000_000, Integer.MAX_VALUE - 1,
                            Integer.MAX_VALUE),
                    randomInts.stream()).flatMap(s -> s);
            minutesToTry.forEach(minutes -> assertThat(
                    new ContactStandard.ContactTimeAllowance(minutes, per).problems().isEmpty())
                    .as("%d minutes a %s is a valid allowance", minutes, per)
                    .isEqualTo(minutes >= 1 && minutes <= periodMinutes));
        }
    }
}
