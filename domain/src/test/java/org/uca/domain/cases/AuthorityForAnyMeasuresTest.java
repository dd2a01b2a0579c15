package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.TODAY;
import static org.uca.domain.fixtures.Fixtures.WORKING_DAYS;
import static org.uca.domain.fixtures.Fixtures.after;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.SeededRandom;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Refusal;

/**
 * Who may authorise, and who reviews an appeal, for any choice of measures (policy 4.2): {@value #CASES} choices of
 * one or more of every kind of measure, drawn from a fixed seed, each with a member of staff at any level.
 */
class AuthorityForAnyMeasuresTest {

    private static final long SEED = 42_002L;
    private static final int CASES = 200;

    /** Threats with safety concerns (action 1): any measures may be authorised at once, by the right person. */
    private static final Case THREATENED = ACase.aCase().withAction(Reports::threatsWithSafetyConcern).build();

    private static final java.util.List<Arguments> CHOICES = choices();

    private static java.util.List<Arguments> choices() {
        SeededRandom random = SeededRandom.forTest(AuthorityForAnyMeasuresTest.class, SEED);
        return random.cases(CASES, () -> {
            Set<Measure> measures = random.subsetOf(Measures.all().asJava(), 1);
            StaffMember who = random.oneOf(Staff.everyone().asJava());
            return (Arguments) Arguments.argumentSet(kinds(measures) + " by " + who.name(), measures, who);
        }).toList();
    }

    /** The kinds of measures chosen, for the name of a case. */
    static String kinds(Set<Measure> measures) {
        return measures.stream().map(m -> m.kind().toString()).sorted().toList().toString();
    }

    /** One or more measures, and who tries to authorise them. */
    static Stream<Arguments> measuresAndStaff() {
        return CHOICES.stream();
    }

    /** One or more measures. */
    static Stream<Arguments> measures() {
        return CHOICES.stream().map(arguments -> Arguments.argumentSet(kinds(measuresOf(arguments)),
                measuresOf(arguments)));
    }

    @SuppressWarnings("unchecked")
    private static Set<Measure> measuresOf(Arguments arguments) {
        return (Set<Measure>) arguments.get()[0];
    }

    private static Either<Refusal, CaseUpdate> authorise(Set<Measure> measures, StaffMember who) {
        return THREATENED.authorise(AProposal.of(List.ofAll(measures)).immediate(new ActionId(1)).build(), who, NOW);
    }

    @ParameterizedTest(name = "[{index}] {argumentSetName}")
    @MethodSource("measuresAndStaff")
    @DisplayName("measures are authorised exactly when the authoriser holds the level they need, or a higher level")
    void authorisedExactlyAtOrAboveTheRequiredLevel(Set<Measure> measures, StaffMember who) {
        AuthorityLevel required = Measure.requiredAuthorityFor(measures);

        Either<Refusal, CaseUpdate> outcome = authorise(measures, who);

        assertThat(outcome.isRight()).isEqualTo(who.authority().isAtLeast(required));
        outcome.peekLeft(refusal -> assertThat(refusal.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("measures");
            assertThat(p.reason()).contains(required.title() + " or above");
        }));
    }

    @ParameterizedTest(name = "[{index}] {argumentSetName}")
    @MethodSource("measures")
    @DisplayName("a decision needs a Service Manager for contact standards only, otherwise an Assistant Director")
    void requiredLevel(Set<Measure> measures) {
        boolean contactStandardsOnly = measures.stream().allMatch(m -> m instanceof ContactStandard);

        assertThat(Measure.requiredAuthorityFor(measures)).isEqualTo(contactStandardsOnly
                ? AuthorityLevel.SERVICE_MANAGER : AuthorityLevel.ASSISTANT_DIRECTOR);
    }

    /** The resident told of decision 1: an appeal is lodged once they have been. */
    private static Case told(Case decided) {
        return after(decided.recordResidentInformed(new DecisionId(1), new ResidentInformed(NOW, Staff.OFFICER.id(),
                InformedHow.LETTER), Staff.OFFICER, NOW), "record that the resident was told");
    }

    @ParameterizedTest(name = "[{index}] {argumentSetName}")
    @MethodSource("measures")
    @DisplayName("an appeal is never reviewed below the level of the manager who decided")
    void neverBelowTheDecider(Set<Measure> measures) {
        Case decided = after(authorise(measures, Staff.DIRECTOR), "authorise " + measures);

        Appeal appeal = after(told(decided).lodgeAppeal(new DecisionId(1), TODAY, "Unfair.", Staff.OFFICER, NOW,
                WORKING_DAYS)).appeals().single();

        assertThat(appeal.reviewLevel()).isEqualTo(AuthorityLevel.DIRECTOR);
    }

    @ParameterizedTest(name = "[{index}] {argumentSetName}")
    @MethodSource("measures")
    @DisplayName("an appeal is reviewed strictly above the level the decision needed: Assistant Director or Director")
    void appealReviewedOneLevelUp(Set<Measure> measures) {
        AuthorityLevel required = Measure.requiredAuthorityFor(measures);
        Case decided = after(authorise(measures, Staff.at(required)), "authorise " + measures);

        Appeal appeal = after(told(decided).lodgeAppeal(new DecisionId(1), TODAY, "Unfair.", Staff.OFFICER, NOW,
                WORKING_DAYS)).appeals().single();

        assertThat(appeal.reviewLevel()).isEqualTo(required.oneLevelUp())
                .isGreaterThan(required)
                .isIn(AuthorityLevel.ASSISTANT_DIRECTOR, AuthorityLevel.DIRECTOR);
        assertThat(appeal.reviewLevel() == AuthorityLevel.ASSISTANT_DIRECTOR)
                .isEqualTo(measures.stream().allMatch(m -> m instanceof ContactStandard));
    }
}
