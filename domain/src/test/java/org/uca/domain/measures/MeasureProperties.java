package org.uca.domain.measures;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.uca.domain.shared.Refusal;

class MeasureProperties {

    @Provide
    Arbitrary<String> spellingsOfOmbudsman() {
        return Arbitraries.of("ombudsman", "Ombudsman", "OMBUDSMAN", "OmBudsMan", "Housing Ombudsman");
    }

    @Property
    @Label("the right to contact the Housing Ombudsman can never be removed: no other limit may mention it")
    void noLimitMentionsTheOmbudsman(@ForAll @AlphaChars @StringLength(max = 40) String before,
            @ForAll("spellingsOfOmbudsman") String ombudsman, @ForAll @AlphaChars @StringLength(max = 40) String after) {
        var limit = new ServiceLimit.OtherServiceLimit(before + " " + ombudsman + " " + after);

        assertThat(limit.problems()).extracting(Refusal.Problem::reason)
                .contains("The right to contact the Housing Ombudsman can never be removed or limited.");
    }

    @Property
    @Label("a contact time allowance is valid exactly from one minute up to the length of its period")
    void allowanceBounds(@ForAll int minutes, @ForAll ContactStandard.AllowancePeriod per) {
        int periodMinutes = per == ContactStandard.AllowancePeriod.WEEK ? 7 * 24 * 60 : 31 * 24 * 60;

        assertThat(new ContactStandard.ContactTimeAllowance(minutes, per).problems().isEmpty())
                .isEqualTo(minutes >= 1 && minutes <= periodMinutes);
    }
}
