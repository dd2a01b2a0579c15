package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.accepted;
import static org.uca.domain.fixtures.Fixtures.refused;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.shared.Refusal;

@DisplayName("Informing the resident of a decision and its service implications (policy 3.2, 4.2)")
class ResidentInformedTest {

    private final Case contactStandards = ACase.withContactStandardsInForce();
    private final Decision decision = contactStandards.decisions().single();

    @Test
    @DisplayName("the decision records who told the resident, how and when")
    void informed() {
        ResidentInformed informed = new ResidentInformed(NOW.minus(Duration.ofHours(2)), Staff.OFFICER.id(),
                InformedHow.LETTER);

        CaseUpdate update = accepted(contactStandards.recordResidentInformed(decision.id(), informed,
                Staff.CONTACT_CENTRE_OFFICER, NOW));

        assertThat(update.after().decisions().single().residentInformed()).containsExactly(informed);
        assertThat(update.event()).isEqualTo(new CaseEvent.ResidentInformedOfDecision(contactStandards.id(),
                contactStandards.resident(), decision.id(), InformedHow.LETTER, Staff.OFFICER.id(),
                NOW.minus(Duration.ofHours(2)), Staff.CONTACT_CENTRE_OFFICER.id(), NOW));
        assertThat(update.event().summary()).isEqualTo("Resident informed of decision 1 (by letter)");
    }

    @Test
    @DisplayName("the resident cannot have been informed in the future")
    void notInTheFuture() {
        ResidentInformed informed = new ResidentInformed(NOW.plusSeconds(60), Staff.OFFICER.id(), InformedHow.PHONE);

        assertThat(refused(contactStandards.recordResidentInformed(decision.id(), informed, Staff.OFFICER, NOW))
                .problems()).containsExactly(new Refusal.Problem("informedAt",
                "The resident cannot have been informed in the future."));
    }

    @Test
    @DisplayName("the resident cannot have been informed before the decision was made")
    void notBeforeTheDecision() {
        ResidentInformed informed = new ResidentInformed(decision.authorisedAt().minusSeconds(1), Staff.OFFICER.id(),
                InformedHow.IN_PERSON);

        assertThat(refused(contactStandards.recordResidentInformed(decision.id(), informed, Staff.OFFICER, NOW))
                .problems()).containsExactly(new Refusal.Problem("informedAt",
                "The resident cannot have been informed before the decision was made."));
        assertThat(contactStandards.recordResidentInformed(decision.id(), new ResidentInformed(decision.authorisedAt(),
                Staff.OFFICER.id(), InformedHow.EMAIL), Staff.OFFICER, NOW).isRight()).isTrue();
    }

    @Test
    @DisplayName("an unknown decision is refused")
    void unknownDecision() {
        ResidentInformed informed = new ResidentInformed(NOW, Staff.OFFICER.id(), InformedHow.LETTER);

        assertThat(refused(contactStandards.recordResidentInformed(new DecisionId(2), informed, Staff.OFFICER, NOW))
                .problems()).containsExactly(new Refusal.Problem("decision", "There is no decision 2 on this case."));
    }

    @Test
    @DisplayName("each way of informing the resident has a label")
    void labels() {
        assertThat(InformedHow.values()).extracting(InformedHow::label)
                .containsExactly("By letter", "By email", "By telephone", "In person");
    }
}
