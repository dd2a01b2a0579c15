package org.uca.domain.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.Refusal;

@DisplayName("Measures: what may be done, and who must authorise it (policy 4.2 to 4.5)")
class MeasuresTest {

    @Nested
    @DisplayName("who must authorise")
    class WhoAuthorises {

        @Test
        @DisplayName("contact standards need a Service Manager")
        void contactStandardsNeedAServiceManager() {
            assertThat(Measures.contactStandards()).allSatisfy(m -> {
                assertThat(m.requiredAuthority()).isEqualTo(AuthorityLevel.SERVICE_MANAGER);
                assertThat(m.kind().group()).isEqualTo(MeasureKind.Group.CONTACT_STANDARDS);
            });
        }

        @Test
        @DisplayName("service limits need an Assistant Director")
        void serviceLimitsNeedAnAssistantDirector() {
            assertThat(Measures.serviceLimits()).allSatisfy(m -> {
                assertThat(m.requiredAuthority()).isEqualTo(AuthorityLevel.ASSISTANT_DIRECTOR);
                assertThat(m.kind().group()).isEqualTo(MeasureKind.Group.SERVICE_LIMITS);
            });
        }

        @Test
        @DisplayName("tenancy action and informing the police need an Assistant Director")
        void tenancyAndPoliceNeedAnAssistantDirector() {
            assertThat(Measures.noticeOfSeekingPossession().requiredAuthority())
                    .isEqualTo(AuthorityLevel.ASSISTANT_DIRECTOR);
            assertThat(Measures.reportTheAssault().requiredAuthority()).isEqualTo(AuthorityLevel.ASSISTANT_DIRECTOR);
        }

        @Test
        @DisplayName("a decision needs the highest level any of its measures needs")
        void decisionNeedsHighestLevel() {
            assertThat(Measure.requiredAuthorityFor(List.of(Measures.noEmail(), Measures.noComplaintsProcess())))
                    .isEqualTo(AuthorityLevel.ASSISTANT_DIRECTOR);
            assertThat(Measure.requiredAuthorityFor(List.of(Measures.noEmail(), Measures.officeBan())))
                    .isEqualTo(AuthorityLevel.SERVICE_MANAGER);
            assertThat(Measure.requiredAuthorityFor(List.empty())).isEqualTo(AuthorityLevel.NONE);
        }

        @ParameterizedTest
        @EnumSource(MeasureKind.class)
        @DisplayName("every kind of measure belongs to one of the policy's four groups, with a label")
        void everyKindHasGroupAndLabel(MeasureKind kind) {
            assertThat(kind.label()).isNotBlank();
            assertThat(kind.group().label()).isNotBlank();
            assertThat(kind.requiredAuthority()).isEqualTo(kind.group().requiredAuthority());
        }

        @Test
        @DisplayName("the examples cover every kind of measure")
        void examplesCoverEveryKind() {
            assertThat(Measures.all().map(Measure::kind)).containsExactlyInAnyOrder(MeasureKind.values());
            assertThat(Measures.all()).allSatisfy(m -> assertThat(m.problems()).isEmpty());
        }
    }

    @Nested
    @DisplayName("the right to contact the Housing Ombudsman")
    class HousingOmbudsman {

        @Test
        @DisplayName("the right to contact the Housing Ombudsman can never be removed")
        void otherLimitMentioningTheOmbudsmanIsRefused() {
            var limit = new ServiceLimit.OtherServiceLimit("No contact with the Housing OMBUDSMAN on your behalf");

            assertThat(limit.problems()).singleElement().isEqualTo(new Refusal.Problem("description",
                    "The right to contact the Housing Ombudsman can never be removed or limited. This description"
                            + " mentions the Housing Ombudsman; describe the measure without it (every letter tells"
                            + " the resident how to contact the Ombudsman)."));
        }

        @ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "You may not contact the Housing Ombudsman about us.",
            "No escalation to any ombudsmen.",
            "Complaints to the OMBUDSPERSON will not be passed on."})
        @DisplayName("no \"other\" measure of either kind may touch the Housing Ombudsman route")
        void noOtherMeasureMayTouchTheOmbudsman(String description) {
            Refusal.Problem refused = new Refusal.Problem("description", OmbudsmanRoute.leftAloneBy("ombudsman")
                    .single().reason());

            assertThat(new ContactStandard.OtherContactStandard(description).problems()).contains(refused);
            assertThat(new ServiceLimit.OtherServiceLimit(description).problems()).contains(refused);
        }

        @Test
        @DisplayName("no access to the complaints process still says the Housing Ombudsman can be contacted")
        void noComplaintsProcessKeepsTheOmbudsman() {
            assertThat(Measures.noComplaintsProcess().inPlainEnglish())
                    .contains("complaints process").contains("right to contact the Housing Ombudsman");
        }
    }

    @Nested
    @DisplayName("details of each measure")
    class Details {

        @Test
        @DisplayName("other measures need descriptions")
        void otherMeasuresNeedDescriptions() {
            assertThat(new ContactStandard.OtherContactStandard(" ").problems()).extracting(Refusal.Problem::field)
                    .containsExactly("description");
            assertThat(new ServiceLimit.OtherServiceLimit("").problems()).extracting(Refusal.Problem::field)
                    .containsExactly("description");
            assertThat(new TenancyAction("").problems()).extracting(Refusal.Problem::field)
                    .containsExactly("description");
            assertThat(new InformingThePolice("").problems()).extracting(Refusal.Problem::field)
                    .containsExactly("description");
        }

        @Test
        @DisplayName("measures naming a person, a third party or works need that detail")
        void namedDetailsAreRequired() {
            assertThat(new ContactStandard.SinglePointOfContact(Measures.singlePointOfContact().officer(), "")
                    .problems()).extracting(Refusal.Problem::field).containsExactly("officerName");
            assertThat(new ContactStandard.ThirdPartyCorrespondenceOnly("").problems())
                    .extracting(Refusal.Problem::field).containsExactly("thirdParty");
            assertThat(new ContactStandard.SocialMediaRemovalRequest("").problems())
                    .extracting(Refusal.Problem::field).containsExactly("postsAndSites");
            assertThat(new ServiceLimit.WithheldPlannedWorks("").problems()).extracting(Refusal.Problem::field)
                    .containsExactly("which");
            assertThat(new ServiceLimit.VariedServiceTimescales("").problems()).extracting(Refusal.Problem::field)
                    .containsExactly("which");
        }

        @Test
        @DisplayName("excluded contact methods must name at least one method and leave one open")
        void excludedContactMethodsLeaveOneOpen() {
            assertThat(new ContactStandard.ExcludedContactMethods(Set.of()).problems())
                    .extracting(Refusal.Problem::reason)
                    .containsExactly("Choose at least one method of contact to exclude.");
            assertThat(new ContactStandard.ExcludedContactMethods(EnumSet.allOf(Channel.class)).problems())
                    .extracting(Refusal.Problem::reason).containsExactly(
                            "At least one method of contact must stay open; to stop all contact use a third party.");
            assertThat(new ContactStandard.ExcludedContactMethods(EnumSet.complementOf(EnumSet.of(Channel.LETTER)))
                    .problems()).isEmpty();
        }

        @Test
        @DisplayName("a contact time allowance is at least one minute and no more than the whole week or month")
        void allowanceBounds() {
            var week = ContactStandard.AllowancePeriod.WEEK;
            var month = ContactStandard.AllowancePeriod.MONTH;
            assertThat(new ContactStandard.ContactTimeAllowance(0, week).problems())
                    .extracting(Refusal.Problem::field).containsExactly("minutes");
            assertThat(new ContactStandard.ContactTimeAllowance(1, week).problems()).isEmpty();
            assertThat(new ContactStandard.ContactTimeAllowance(7 * 24 * 60, week).problems()).isEmpty();
            assertThat(new ContactStandard.ContactTimeAllowance(7 * 24 * 60 + 1, week).problems())
                    .singleElement().extracting(Refusal.Problem::reason)
                    .isEqualTo("A contact time allowance of more than 10080 minutes a week is no limit at all.");
            assertThat(new ContactStandard.ContactTimeAllowance(31 * 24 * 60, month).problems()).isEmpty();
            assertThat(new ContactStandard.ContactTimeAllowance(31 * 24 * 60 + 1, month).problems()).hasSize(1);
        }

        @Test
        @DisplayName("a measure's details are always present")
        void detailsNeverNull() {
            assertThatThrownBy(() -> new ContactStandard.SinglePointOfContact(null, "x"))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new ContactStandard.ContactTimeAllowance(5, null))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new ContactStandard.ThirdPartyCorrespondenceOnly(null))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new ContactStandard.SocialMediaRemovalRequest(null))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new ContactStandard.OtherContactStandard(null))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new ServiceLimit.WithheldPlannedWorks(null))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new ServiceLimit.VariedServiceTimescales(null))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new ServiceLimit.OtherServiceLimit(null))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new TenancyAction(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new InformingThePolice(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    @DisplayName("each measure in plain English, as the resident reads it")
    class PlainEnglish {

        @Test
        @DisplayName("exclusion from personal contact still allows emergency repairs and necessary planned works")
        void exclusionMentionsEmergencyRepairs() {
            assertThat(Measures.exclusionFromPersonalContact().inPlainEnglish())
                    .contains("excluded from all personal contact")
                    .contains("except for emergency repairs and necessary planned works");
        }

        @Test
        @DisplayName("withheld planned works still allow necessary planned works and emergency repairs")
        void withheldWorksMentionNecessaryWorks() {
            assertThat(Measures.withheldKitchenReplacement().inPlainEnglish())
                    .contains("kitchen replacement")
                    .contains("Necessary planned works and emergency repairs will still be carried out");
        }

        @Test
        @DisplayName("tenancy action warns that the resident's home could be at risk")
        void tenancyActionWarnsOfHome() {
            assertThat(Measures.noticeOfSeekingPossession().inPlainEnglish())
                    .contains("notice of seeking possession").contains("Your home could be at risk");
        }

        @Test
        @DisplayName("no telephone calls asks the resident to contact us another way")
        void noTelephoneCalls() {
            assertThat(Measures.noTelephoneCalls().inPlainEnglish())
                    .contains("no longer take telephone calls").contains("until further notice")
                    .contains("another way");
        }

        @Test
        @DisplayName("each measure names what it is about")
        void eachMeasureNamesItsDetails() {
            assertThat(Measures.singlePointOfContact().inPlainEnglish()).contains("Olu Adeyemi");
            assertThat(Measures.thirtyMinutesAWeek().inPlainEnglish()).contains("30 minutes each week");
            assertThat(Measures.twoHoursAMonth().inPlainEnglish()).contains("120 minutes each month");
            assertThat(Measures.excluding(Channel.LETTER, Channel.EMAIL).inPlainEnglish())
                    .isEqualTo("We will not accept contact from you by email, letter.");
            assertThat(Measures.throughTheirAdvocate().inPlainEnglish()).contains("Camden Advocacy Project");
            assertThat(Measures.removeFacebookPosts().inPlainEnglish()).contains("social media")
                    .contains("Facebook");
            assertThat(Measures.accompaniedOnly().inPlainEnglish()).contains("when accompanied");
            assertThat(Measures.officeBan().inPlainEnglish()).contains("offices");
            assertThat(Measures.writtenContactOnMondays().inPlainEnglish())
                    .isEqualTo(Measures.writtenContactOnMondays().description());
            assertThat(Measures.noImprovementApprovals().inPlainEnglish()).contains("improvements");
            assertThat(Measures.healthAndSafetyRepairsOnly().inPlainEnglish()).contains("health and safety repairs");
            assertThat(Measures.noResidentGroupAccess().inPlainEnglish()).contains("resident group");
            assertThat(Measures.variedRepairTimescales().inPlainEnglish()).contains("routine repairs");
            assertThat(Measures.noParkingPermitRenewal().inPlainEnglish()).contains("parking permit");
            assertThat(Measures.reportTheAssault().inPlainEnglish()).contains("police").contains("assault");
        }

        @Test
        @DisplayName("every measure can be read by the resident")
        void everyMeasureReads() {
            assertThat(Measures.all()).allSatisfy(m -> assertThat(m.inPlainEnglish()).isNotBlank());
        }
    }
}
