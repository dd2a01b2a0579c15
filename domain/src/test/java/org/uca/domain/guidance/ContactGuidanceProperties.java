package org.uca.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.after;

import io.vavr.collection.List;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.Case;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.Measure;
import org.uca.domain.measures.ServiceLimit;
import org.uca.domain.shared.Channel;

/** Whatever restrictions are in force, what the policy keeps open stays open (policy 3.5, 4.3, 4.4). */
class ContactGuidanceProperties {

    private static final Case THREATENED = ACase.aCase().withAction(Reports::threatsWithSafetyConcern).build();

    @Provide
    Arbitrary<Set<Measure>> anyMeasures() {
        return Arbitraries.subsetOf(Measures.all().asJava());
    }

    /** The case with the measures authorised at once by a Director; with no measures, the case unrestricted. */
    private static ContactGuidance guidance(Set<Measure> measures) {
        Case c = measures.isEmpty() ? THREATENED : after(THREATENED.authorise(AProposal.of(List.ofAll(measures))
                .immediate(new ActionId(1)).build(), Staff.DIRECTOR, NOW), "authorise " + measures);
        return ContactGuidance.forCase(c, NOW);
    }

    @Property
    @Label("the right to contact the Housing Ombudsman can never be removed, whatever the measures")
    void housingOmbudsmanRouteAlwaysOpen(@ForAll("anyMeasures") Set<Measure> measures) {
        ContactGuidance guidance = guidance(measures);

        assertThat(guidance.housingOmbudsmanRouteOpen()).isTrue();
        assertThat(guidance.complaintsProcessOpen())
                .isEqualTo(!measures.contains(Measures.noComplaintsProcess()));
    }

    @Property
    @Label("emergency repairs and necessary planned works go ahead, and some method of contact stays open")
    void essentialsStayOpen(@ForAll("anyMeasures") Set<Measure> measures) {
        ContactGuidance guidance = guidance(measures);

        assertThat(guidance.emergencyRepairsAndNecessaryPlannedWorksGoAhead()).isTrue();
        assertThat(guidance.allowedChannels()).isNotEmpty();
        assertThat(guidance.restricted()).isEqualTo(!measures.isEmpty());
        assertThat(guidance.limitedServices()).hasSize((int) measures.stream()
                .filter(m -> m instanceof ServiceLimit).count());
    }

    @Provide
    Arbitrary<Set<Measure>> contactLimits() {
        Arbitrary<Measure> excluded = Arbitraries.subsetOf(Channel.values()).ofMinSize(1)
                .map(ContactStandard.ExcludedContactMethods::new);
        return Combinators.combine(excluded, Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((e, noPhone, exclusion) -> {
                    Set<Measure> chosen = new HashSet<>();
                    chosen.add(e);
                    if (noPhone) {
                        chosen.add(Measures.noTelephoneCalls());
                    }
                    if (exclusion) {
                        chosen.add(Measures.exclusionFromPersonalContact());
                    }
                    return chosen;
                });
    }

    @Property
    @Label("limits on the methods of contact are authorised only if they leave the resident some way to contact us")
    void someMethodOfContactStaysOpen(@ForAll("contactLimits") Set<Measure> measures) {
        var outcome = THREATENED.authorise(AProposal.of(List.ofAll(measures)).immediate(new ActionId(1)).build(),
                Staff.SERVICE_MANAGER, NOW);

        outcome.peek(update -> assertThat(ContactGuidance.forCase(update.after(), NOW).allowedChannels())
                .isNotEmpty());
        Statistics.label("authorised").collect(outcome.isRight());
        Statistics.label("authorised").coverage(check -> {
            check.check(true).percentage(p -> p > 20);
            check.check(false).percentage(p -> p > 1);
        });
    }
}
