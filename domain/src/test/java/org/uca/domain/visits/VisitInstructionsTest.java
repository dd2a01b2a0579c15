package org.uca.domain.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.domain.fixtures.Fixtures.NOW;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseUpdate;
import org.uca.domain.cases.Decision;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.Uprn;
import org.uca.domain.shared.Refusal;
import org.uca.domain.visits.VisitInstruction.Kind;

@DisplayName("Safe visit: what a visitor must do, worded for a visitor and nothing else (issue 14 §1)")
class VisitInstructionsTest {

    private static final Uprn FLAT = new Uprn("100023336956");

    private static Case inForce(Measure... measures) {
        return ACase.aCase().withAction(Reports::threatsWithSafetyConcern).authorisedBy(Staff.DIRECTOR)
                .authorisedImmediately(measures).build();
    }

    private static List<Kind> kinds(Measure... measures) {
        return List.ofAll(VisitInstructions.forResident(inForce(measures)).instructions()).map(VisitInstruction::kind);
    }

    private static List<String> words(Case c) {
        return List.ofAll(VisitInstructions.forResident(c).instructions()).map(VisitInstruction::words);
    }

    @Test
    @DisplayName("personal contact only when accompanied: a two-person visit, by appointment")
    void accompaniedOnly() {
        assertThat(words(inForce(Measures.accompaniedOnly()))).containsExactly(
                "Two-person visit: do not attend alone.",
                "No visit without an appointment: arrange it through the housing office first.");
    }

    @Test
    @DisplayName("health and safety repairs only: emergency and health-and-safety work only, no appointment needed")
    void healthAndSafetyOnly() {
        assertThat(words(inForce(Measures.healthAndSafetyRepairsOnly())))
                .containsExactly("Emergency and health-and-safety work only.");
    }

    @Test
    @DisplayName("a single point of contact: do not attend without first contacting them, by name")
    void singlePointOfContact() {
        VisitInstructions visit = VisitInstructions.forResident(inForce(Measures.singlePointOfContact()));

        assertThat(visit.instructions().map(VisitInstruction::words)).containsExactly(
                "Do not attend without first contacting Olu Adeyemi, the resident's single point of contact.",
                "No visit without an appointment: arrange it through Olu Adeyemi first.");
        assertThat(visit.instructions().head().contact()).contains("Olu Adeyemi");
    }

    @Test
    @DisplayName("exclusion from personal contact: no visits except emergency repairs and necessary planned works, as"
            + " the single point of contact arranges")
    void exclusion() {
        assertThat(words(inForce(Measures.exclusionFromPersonalContact(), Measures.singlePointOfContact())))
                .first().isEqualTo("No visits except for emergency repairs or necessary planned works, as arranged by"
                        + " Olu Adeyemi.");
        assertThat(kinds(Measures.exclusionFromPersonalContact(), Measures.accompaniedOnly())).containsExactly(
                Kind.NO_VISIT_EXCEPT_AS_ARRANGED, Kind.TWO_PERSON_VISIT, Kind.APPOINTMENT_ONLY);
    }

    @Test
    @DisplayName("an office ban, telephone and written-contact limits, tenancy action and the police say nothing to a"
            + " visitor")
    void nothingForAVisitor() {
        assertThat(kinds(Measures.officeBan(), Measures.noTelephoneCalls(), Measures.noEmail(),
                Measures.throughTheirAdvocate(), Measures.thirtyMinutesAWeek(), Measures.removeFacebookPosts(),
                Measures.noImprovementApprovals(), Measures.noResidentGroupAccess(), Measures.variedRepairTimescales(),
                Measures.noComplaintsProcess(), Measures.noticeOfSeekingPossession(), Measures.reportTheAssault()))
                .isEmpty();
    }

    @Test
    @DisplayName("a measure staff described in their own words gives only 'check with the contact before attending',"
            + " never the words")
    void otherMeasuresNeverShowTheirDescription() {
        Case c = inForce(Measures.writtenContactOnMondays(), Measures.noParkingPermitRenewal(),
                Measures.withheldKitchenReplacement());

        assertThat(words(c)).containsExactly("Check with the housing office before attending.");
        String everything = VisitInstructions.forResident(c).toString();
        for (Decision d : c.decisions()) {
            assertThat(everything).doesNotContain(d.reasons());
            assertThat(everything).doesNotContain(d.safeguards().equalityAndVulnerabilityNotes());
            for (Measure m : d.measures()) {
                assertThat(everything).doesNotContain(m.inPlainEnglish());
            }
        }
        for (var action : c.actions()) {
            assertThat(everything).doesNotContain(action.report().whatHappened());
        }
    }

    @Test
    @DisplayName("a lifted decision gives no instruction")
    void lifted() {
        Case c = ACase.aCase().withAction(Reports::threatsWithSafetyConcern).authorisedBy(Staff.DIRECTOR)
                .authorisedImmediately(Measures.accompaniedOnly()).lifted().build();

        assertThat(VisitInstructions.forResident(c).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("a decision entered in error gives no instruction")
    void enteredInError() {
        Case c = inForce(Measures.accompaniedOnly());
        Case marked = c.markDecisionEnteredInError(c.decisions().head().id(), "Recorded on the wrong resident.",
                Staff.DIRECTOR, NOW).get().after();

        assertThat(VisitInstructions.forResident(marked).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("a decision replaced by a later one gives no instruction; the later one does")
    void replaced() {
        Case c = inForce(Measures.accompaniedOnly());
        Case varied = authorise(c, AProposal.contactStandards(Measures.healthAndSafetyRepairsOnly())
                .immediate(new ActionId(1)), Option.none(), true).get().after();

        assertThat(List.ofAll(VisitInstructions.forResident(varied).instructions()).map(VisitInstruction::kind))
                .containsExactly(Kind.EMERGENCY_AND_HEALTH_AND_SAFETY_WORK_ONLY);
    }

    @Test
    @DisplayName("a decision authorised for the property holds its instruction on the resident's UPRN at the time")
    void heldOnTheProperty() {
        Case c = ACase.aCase().withAction(Reports::threatsWithSafetyConcern).build();
        Case marked = authorise(c, AProposal.contactStandards(Measures.accompaniedOnly()).immediate(new ActionId(1)),
                Option.some(FLAT), false, true).get().after();

        assertThat(marked.decisions().head().property()).contains(FLAT);
        assertThat(VisitInstructions.heldOn(marked, FLAT).instructions().map(VisitInstruction::kind))
                .containsExactly(Kind.TWO_PERSON_VISIT, Kind.APPOINTMENT_ONLY);
        assertThat(VisitInstructions.heldOn(marked, new Uprn("1")).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("a decision for the person only holds nothing on any property")
    void personOnly() {
        Case c = inForce(Measures.accompaniedOnly());

        assertThat(c.decisions().head().property()).isEmpty();
        assertThat(VisitInstructions.heldOn(c, FLAT).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("asked to hold the instruction on the property with no UPRN for the resident: refused, naming the"
            + " field")
    void noUprnToHoldItOn() {
        Case c = ACase.aCase().withAction(Reports::threatsWithSafetyConcern).build();

        Refusal refused = authorise(c, AProposal.contactStandards(Measures.accompaniedOnly())
                .immediate(new ActionId(1)), Option.none(), false, true).getLeft();

        assertThat(refused.problems().map(Refusal.Problem::field)).containsExactly("forTheProperty");
    }

    @Test
    @DisplayName("the residents at a property and the markers held on it give each instruction once")
    void mergedOnce() {
        VisitInstructions one = VisitInstructions.of(List.of(Measures.accompaniedOnly()));
        VisitInstructions two = VisitInstructions.of(List.of(Measures.accompaniedOnly(),
                Measures.healthAndSafetyRepairsOnly()));

        assertThat(one.and(two).instructions().map(VisitInstruction::kind)).containsExactly(Kind.TWO_PERSON_VISIT,
                Kind.EMERGENCY_AND_HEALTH_AND_SAFETY_WORK_ONLY, Kind.APPOINTMENT_ONLY);
    }

    private static io.vavr.control.Either<Refusal, CaseUpdate> authorise(Case c, AProposal proposal,
            Option<Uprn> uprn, boolean replacing) {
        return authorise(c, proposal, uprn, replacing, false);
    }

    private static io.vavr.control.Either<Refusal, CaseUpdate> authorise(Case c, AProposal proposal,
            Option<Uprn> uprn, boolean replacing, boolean forTheProperty) {
        var built = proposal.build();
        if (replacing) {
            built = built.whileInForce(new org.uca.domain.cases.WhileInForce.Replaces(c.decisions().last().id()));
        }
        if (forTheProperty) {
            built = built.heldOnTheProperty();
        }
        return c.authorise(built, Staff.DIRECTOR, NOW, uprn);
    }
}
