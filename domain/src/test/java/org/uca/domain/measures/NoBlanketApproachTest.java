package org.uca.domain.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.accepted;
import static org.uca.domain.fixtures.Fixtures.refused;

import io.vavr.control.Option;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.WarningId;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.Refusal;

@DisplayName("No blanket approach (LGSCO): a contact standard or service limit applies to all services or to named"
        + " ones, proportionate and limited to what is needed")
class NoBlanketApproachTest {

    private static final ServiceScope REPAIRS_ONLY = ServiceScope.only(LandlordService.REPAIRS);

    private static Case inForce(Measure... measures) {
        return ACase.aCase().withAction(Reports::threatsWithSafetyConcern).authorisedBy(Staff.DIRECTOR)
                .authorisedImmediately(measures).build();
    }

    @Nested
    @DisplayName("the scope of a restriction")
    class Scope {

        @Test
        @DisplayName("a restriction limited to what is needed names the services it covers, and no others")
        void namedServicesOnly() {
            ServiceScope scope = ServiceScope.only(LandlordService.REPAIRS, LandlordService.RENT_AND_INCOME);

            assertThat(scope.covers(LandlordService.REPAIRS)).isTrue();
            assertThat(scope.covers(LandlordService.RENT_AND_INCOME)).isTrue();
            assertThat(scope.covers(LandlordService.COMPLAINTS)).isFalse();
            assertThat(scope.inPlainEnglish()).isEqualTo("for repairs and rent and income only");
            assertThat(ServiceScope.only(LandlordService.COMPLAINTS, LandlordService.REPAIRS,
                    LandlordService.ANTI_SOCIAL_BEHAVIOUR).inPlainEnglish())
                    .isEqualTo("for repairs, anti-social behaviour and complaints only");
        }

        @Test
        @DisplayName("all our services is a scope said in so many words")
        void allServices() {
            assertThat(ServiceScope.ALL.inPlainEnglish()).isEqualTo("for all our services");
            for (LandlordService s : LandlordService.values()) {
                assertThat(ServiceScope.ALL.covers(s)).isTrue();
            }
        }

        @Test
        @DisplayName("a restriction on named services must name at least one: it is refused, naming the field")
        void namedScopeNamesAService() {
            Measure none = Measures.noTelephoneCalls().withScope(new ServiceScope.NamedServices(Set.of()));

            Refusal refusal = refused(ACase.warnedAndContinued().authorise(AProposal.contactStandards(none)
                    .afterWarning(new WarningId(1), new ActionId(2)).build(), Staff.SERVICE_MANAGER, NOW));

            assertThat(refusal.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("measures[0].services");
                assertThat(p.reason()).contains("at least one");
            });
        }

        @Test
        @DisplayName("a measure with its own details keeps its scope when they are checked, varied or anonymised")
        void scopeTravelsWithTheMeasure() {
            Measure scoped = new ServiceLimit.WithheldPlannedWorks("kitchen replacement", REPAIRS_ONLY);

            assertThat(scoped.problems()).isEmpty();
            assertThat(((AppliesToServices) scoped.withFreeText(t -> "[removed]")).scope()).isEqualTo(REPAIRS_ONLY);
            assertThat(scoped).isNotEqualTo(new ServiceLimit.WithheldPlannedWorks("kitchen replacement"));
        }

        @Test
        @DisplayName("tenancy action and informing the police are not about a service, so they have no scope")
        void unscopedMeasures() {
            assertThat(AppliesToServices.scopeOf(Measures.noticeOfSeekingPossession())).isEmpty();
            assertThat(AppliesToServices.appliesTo(Measures.noticeOfSeekingPossession(), LandlordService.COMPLAINTS)).isTrue();
            assertThat(AppliesToServices.scopeOf(Measures.noTelephoneCalls())).contains(ServiceScope.ALL);
        }

        @Test
        @DisplayName("an authorised decision keeps each measure's own scope")
        void decisionKeepsScopes() {
            Measure phone = Measures.noTelephoneCalls().withScope(REPAIRS_ONLY);
            Measure email = Measures.noEmail();

            var update = accepted(ACase.warnedAndContinued().authorise(AProposal.contactStandards(phone, email)
                    .afterWarning(new WarningId(1), new ActionId(2)).build(), Staff.SERVICE_MANAGER, NOW));

            assertThat(update.after().decisions().single().measures()).containsExactly(phone, email);
        }
    }

    @Nested
    @DisplayName("guidance answers per service")
    class GuidancePerService {

        @Test
        @DisplayName("a restriction on repairs does not restrict contact about rent and income")
        void otherServicesGoOnAsUsual() {
            Case c = inForce(Measures.noTelephoneCalls().withScope(REPAIRS_ONLY));

            ContactGuidance repairs = ContactGuidance.forCase(c, NOW, LandlordService.REPAIRS);
            ContactGuidance rent = ContactGuidance.forCase(c, NOW, LandlordService.RENT_AND_INCOME);

            assertThat(repairs.restricted()).isTrue();
            assertThat(repairs.noTelephoneCalls()).isTrue();
            assertThat(repairs.allowedChannels()).doesNotContain(Channel.PHONE);
            assertThat(rent.restricted()).isFalse();
            assertThat(rent.allowedChannels()).contains(Channel.PHONE);
        }

        @Test
        @DisplayName("a restriction for all our services applies whichever service the contact is about")
        void allServicesEverywhere() {
            Case c = inForce(Measures.noTelephoneCalls());

            for (LandlordService s : LandlordService.values()) {
                assertThat(ContactGuidance.forCase(c, NOW, s).noTelephoneCalls()).as(s.label()).isTrue();
            }
        }

        @Test
        @DisplayName("for one service only the measures covering it apply; tenancy action applies to every service")
        void onlyCoveringMeasures() {
            Case c = inForce(Measures.noTelephoneCalls().withScope(REPAIRS_ONLY),
                    Measures.healthAndSafetyRepairsOnly().withScope(ServiceScope.only(LandlordService.COMPLAINTS)),
                    Measures.noticeOfSeekingPossession());

            ContactGuidance complaints = ContactGuidance.forCase(c, NOW, LandlordService.COMPLAINTS);

            assertThat(complaints.noTelephoneCalls()).isFalse();
            assertThat(complaints.limitedServices()).hasSize(1);
            assertThat(complaints.tenancyActionInProgress()).isTrue();
            assertThat(complaints.inForce()).extracting(m -> m.measure().kind())
                    .containsExactly(MeasureKind.HEALTH_AND_SAFETY_REPAIRS_ONLY, MeasureKind.TENANCY_ACTION);
        }

        @Test
        @DisplayName("without a service the guidance answers for all, each measure saying which services it covers")
        void withoutAServiceEveryMeasure() {
            Measure phone = Measures.noTelephoneCalls().withScope(REPAIRS_ONLY);
            Case c = inForce(phone, Measures.noEmail());

            ContactGuidance all = ContactGuidance.forCase(c, NOW);

            assertThat(all).isEqualTo(ContactGuidance.from(
                    org.uca.domain.guidance.GuidanceFacts.of(c), NOW, Option.none()));
            assertThat(all.inForce()).extracting(m -> AppliesToServices.scopeOf(m.measure()).get())
                    .containsExactlyInAnyOrder(REPAIRS_ONLY, ServiceScope.ALL);
        }
    }
}
