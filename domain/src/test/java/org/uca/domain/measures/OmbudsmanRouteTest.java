package org.uca.domain.measures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Policy 3.5, 4.4: the right to go to the Housing Ombudsman always remains")
class OmbudsmanRouteTest {

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "No referral to the HOS",
        "No referral to the H.O.S.",
        "Nothing is to be passed to the h o s",
        "Complaints to the Ombusdman will not be forwarded",
        "No contact with the Onbudsman",
        "No help contacting the 0mbudsman",
        "Letters to the Оmbudsman (a Cyrillic O) are not sent on",
        "No contact with the O m b u d s m a n",
        "No contact with the O.m.b.u.d.s.m.a.n",
        "No contact with the Ombuds-man",
        "No contact with the Ombuds man",
        "No contact with the Ombúdsman",
        "No contact with the Omb\u00ADudsman",
        "the ombudsman service will not be told",
        "No access to any external complaints scheme",
        "No use of an independent complaints body",
        "Complaints to any outside organisation will not be supported",
        "No access to all complaints processes",
        "No complaints to be made to an independant adjudicator",
        "Access to an independent adjudicator is withdrawn",
        "No use of external arbitration",
        "Access to the redress scheme is withdrawn",
        "No referral through a designated person",
        "No complaints through the resident's MP",
        "No referrals from a local councillor",
        "Members of Parliament may not write on the resident's behalf",
        "Tenant may not contact their local ward member",
        "No contact with Housing Omb.",
        "No escalation of complaints beyond stage 2"})
    @DisplayName("a described measure that touches the Ombudsman route, however it is written, is refused")
    void everyWayOfWritingTheRouteIsRefused(String description) {
        assertThat(new ServiceLimit.OtherServiceLimit(description).problems())
                .as(description).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("description");
                    assertThat(p.reason()).startsWith(OmbudsmanRoute.REFUSED).contains("This description mentions");
                });
        assertThat(new ContactStandard.OtherContactStandard(description).problems()).as(description).hasSize(1);
    }

    @Test
    @DisplayName("the free text of every measure is read alike: varied timescales or withheld works that touch the"
            + " route are refused, naming the field")
    void everyMeasuresFreeTextIsRead() {
        assertThat(new ServiceLimit.VariedServiceTimescales("Timescales for Ombudsman enquiries doubled").problems())
                .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("which"));
        assertThat(new ServiceLimit.WithheldPlannedWorks("Works the HOS asks for").problems())
                .singleElement().satisfies(p -> assertThat(p.reason()).startsWith(OmbudsmanRoute.REFUSED));
        assertThat(new ServiceLimit.VariedServiceTimescales("Non-urgent repairs within 20 working days").problems())
                .isEmpty();
    }

    @Test
    @DisplayName("the refusal says what in the description touches the route")
    void theRefusalSaysWhat() {
        assertThat(OmbudsmanRoute.touched("No referral to the HOS")).contains("the Housing Ombudsman Service (HOS)");
        assertThat(OmbudsmanRoute.touched("No access to any external complaints scheme"))
                .contains("a complaints scheme beyond our own complaints process");
        assertThat(OmbudsmanRoute.touched("Complaints to the Ombusdman")).contains("the Housing Ombudsman");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "Letters only to the single point of contact",
        "No access to our complaints process",
        "No access to our internal complaints process",
        "Complaints about the 2024 repair will not be reopened",
        "Contact only through the resident's counsellor",
        "Visits only with two officers present",
        "Repairs booked by letter only, confirmed within 5 working days",
        "No attendance at the tenants' panel meetings",
        "Only the housing officer will respond, by email, once a week",
        "Phone calls only on Tuesdays between 10 and 12",
        "Letters will be compliant with all the resident's adjustments",
        "All complaints in writing to the single point of contact",
        "Any complaint is answered by the single point of contact within 10 working days"})
    @DisplayName("a measure that leaves the route alone is not refused for it")
    void legitimateMeasuresPass(String description) {
        assertThat(OmbudsmanRoute.touched(description)).as(description).isEmpty();
        assertThat(new ServiceLimit.OtherServiceLimit(description).problems()).as(description).isEmpty();
    }
}
