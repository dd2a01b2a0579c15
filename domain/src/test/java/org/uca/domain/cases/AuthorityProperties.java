package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.TODAY;
import static org.uca.domain.fixtures.Fixtures.WORKING_DAYS;
import static org.uca.domain.fixtures.Fixtures.after;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Refusal;

/** Who may authorise, and who reviews an appeal, for any choice of measures (policy 4.2). */
class AuthorityProperties {

    /** Threats with safety concerns (action 1): any measures may be authorised at once, by the right person. */
    private static final Case THREATENED = ACase.aCase().withAction(Reports::threatsWithSafetyConcern).build();

    @Provide
    Arbitrary<Set<Measure>> measureChoices() {
        return Arbitraries.subsetOf(Measures.all().asJava()).ofMinSize(1);
    }

    @Provide
    Arbitrary<StaffMember> staff() {
        return Arbitraries.of(Staff.everyone().asJava());
    }

    private static Either<Refusal, CaseUpdate> authorise(Set<Measure> measures, StaffMember who) {
        return THREATENED.authorise(AProposal.of(List.ofAll(measures)).immediate(new ActionId(1)).build(), who, NOW);
    }

    @Property
    @Label("measures are authorised exactly when the authoriser holds the level they need, or a higher level")
    void authorisedExactlyAtOrAboveTheRequiredLevel(@ForAll("measureChoices") Set<Measure> measures,
            @ForAll("staff") StaffMember who) {
        AuthorityLevel required = Measure.requiredAuthorityFor(measures);

        Either<Refusal, CaseUpdate> outcome = authorise(measures, who);

        assertThat(outcome.isRight()).isEqualTo(who.authority().isAtLeast(required));
        outcome.peekLeft(refusal -> assertThat(refusal.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("measures");
            assertThat(p.reason()).contains(required.title() + " or above");
        }));
    }

    @Property
    @Label("a decision needs a Service Manager for contact standards only, otherwise an Assistant Director")
    void requiredLevel(@ForAll("measureChoices") Set<Measure> measures) {
        boolean contactStandardsOnly = measures.stream().allMatch(m -> m instanceof ContactStandard);

        assertThat(Measure.requiredAuthorityFor(measures)).isEqualTo(contactStandardsOnly
                ? AuthorityLevel.SERVICE_MANAGER : AuthorityLevel.ASSISTANT_DIRECTOR);
    }

    @Property
    @Label("an appeal is never reviewed below the level of the manager who decided")
    void neverBelowTheDecider(@ForAll("measureChoices") Set<Measure> measures) {
        Case decided = after(authorise(measures, Staff.DIRECTOR), "authorise " + measures);

        Appeal appeal = after(decided.lodgeAppeal(new DecisionId(1), TODAY, "Unfair.", Staff.OFFICER, NOW,
                WORKING_DAYS)).appeals().single();

        assertThat(appeal.reviewLevel()).isEqualTo(AuthorityLevel.DIRECTOR);
    }

    @Property
    @Label("an appeal is reviewed strictly above the level the decision needed: Assistant Director or Director")
    void appealReviewedOneLevelUp(@ForAll("measureChoices") Set<Measure> measures) {
        AuthorityLevel required = Measure.requiredAuthorityFor(measures);
        Case decided = after(authorise(measures, Staff.at(required)), "authorise " + measures);

        Appeal appeal = after(decided.lodgeAppeal(new DecisionId(1), TODAY, "Unfair.", Staff.OFFICER, NOW,
                WORKING_DAYS)).appeals().single();

        assertThat(appeal.reviewLevel()).isEqualTo(required.oneLevelUp())
                .isGreaterThan(required)
                .isIn(AuthorityLevel.ASSISTANT_DIRECTOR, AuthorityLevel.DIRECTOR);
        assertThat(appeal.reviewLevel() == AuthorityLevel.ASSISTANT_DIRECTOR)
                .isEqualTo(measures.stream().allMatch(m -> m instanceof ContactStandard));
    }
}
