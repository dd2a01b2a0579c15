package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.TODAY;
import static org.uca.domain.fixtures.Fixtures.accepted;
import static org.uca.domain.fixtures.Fixtures.after;
import static org.uca.domain.fixtures.Fixtures.refused;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.shared.Refusal;

@DisplayName("Telling the resident, or deliberately not (policy 3.2, 4.2; LGSCO guidance; issue 15 §3)")
class NoticeWithheldTest {

    private static final String RISK = "The police ask that he is not told while they investigate threats to staff.";

    private final Case contactStandards = ACase.withContactStandardsInForce();
    private final DecisionId decision = contactStandards.decisions().single().id();

    private Case withheld() {
        return after(contactStandards.withholdNotice(decision, RISK, TODAY.plusMonths(1), Staff.ASSISTANT_DIRECTOR,
                NOW));
    }

    @Test
    @DisplayName("the resident is told with reasons unless telling them would create a risk: an Assistant Director"
            + " signs off why, with a date to re-check, and who and when are recorded")
    void theResidentIsToldWithReasonsUnlessTellingThemWouldCreateARisk() {
        assertThat(contactStandards.decisions().single().residentToBeTold()).isTrue();

        CaseUpdate update = accepted(contactStandards.withholdNotice(decision, "  " + RISK + " ", TODAY.plusMonths(1),
                Staff.ASSISTANT_DIRECTOR, NOW));

        Decision d = update.after().decisions().single();
        assertThat(d.noticeIsWithheld()).isTrue();
        assertThat(d.residentToBeTold()).isFalse();
        assertThat(d.noticeWithheld().get().latest()).isEqualTo(new NoticeWithheld.Withholding(RISK,
                TODAY.plusMonths(1), Staff.ASSISTANT_DIRECTOR, NOW));
        assertThat(update.event()).isEqualTo(new CaseEvent.NoticeWithheldFromResident(contactStandards.id(),
                contactStandards.resident(), decision, TODAY.plusMonths(1), 1, false, Staff.ASSISTANT_DIRECTOR.id(),
                NOW));
        assertThat(update.event().summary()).isEqualTo("Notice of decision 1 withheld from the resident: telling"
                + " them would create a risk; re-check on " + TODAY.plusMonths(1));
    }

    @Test
    @DisplayName("only an Assistant Director or above may sign off withholding notice: a Service Manager or an"
            + " officer is refused")
    void onlyAnAssistantDirectorOrAboveMayWithholdNotice() {
        for (var below : java.util.List.of(Staff.SERVICE_MANAGER, Staff.OFFICER)) {
            Refusal refusal = refused(contactStandards.withholdNotice(decision, RISK, TODAY.plusMonths(1), below,
                    NOW));
            assertThat(refusal.problems()).extracting(Refusal.Problem::field).containsExactly("by");
            assertThat(refusal.message()).contains("Only an Assistant Director or above may withhold notice");
        }
        assertThat(contactStandards.withholdNotice(decision, RISK, TODAY.plusMonths(1), Staff.DIRECTOR, NOW)
                .isRight()).isTrue();
    }

    @Test
    @DisplayName("why telling the resident would create a risk and a re-check date after today, at most three months"
            + " ahead, are required; every problem is given at once")
    void aReasonAndAReCheckWithinThreeMonthsAreRequired() {
        assertThat(refused(contactStandards.withholdNotice(decision, " ", null, Staff.ASSISTANT_DIRECTOR, NOW))
                .problems()).containsExactly(
                new Refusal.Problem("risk", "Give why telling the resident would create a risk."),
                new Refusal.Problem("recheckOn", "Set a date to re-check whether the resident can be told."));
        assertThat(refused(contactStandards.withholdNotice(decision, RISK, TODAY, Staff.ASSISTANT_DIRECTOR, NOW))
                .problems()).containsExactly(new Refusal.Problem("recheckOn",
                "The re-check date must be after today."));
        assertThat(refused(contactStandards.withholdNotice(decision, RISK, TODAY.plusMonths(3).plusDays(1),
                Staff.ASSISTANT_DIRECTOR, NOW)).concerns("recheckOn")).isTrue();
        assertThat(contactStandards.withholdNotice(decision, RISK, TODAY.plusMonths(3), Staff.ASSISTANT_DIRECTOR,
                NOW).isRight()).isTrue();
    }

    @Test
    @DisplayName("notice cannot be withheld of a decision the resident has been told of, nor of one no longer in force")
    void notOnceTheResidentIsTold() {
        Case told = after(contactStandards.recordResidentInformed(decision, new ResidentInformed(NOW.minusSeconds(60),
                Staff.OFFICER.id(), InformedHow.LETTER), Staff.OFFICER, NOW));
        assertThat(refused(told.withholdNotice(decision, RISK, TODAY.plusMonths(1), Staff.ASSISTANT_DIRECTOR, NOW))
                .problems()).containsExactly(new Refusal.Problem("decision", "The resident has already been told of"
                + " decision 1, so notice of it cannot be withheld."));
        Case lifted = after(contactStandards.lift(decision, "No further incidents.", Staff.SERVICE_MANAGER, NOW));
        assertThat(refused(lifted.withholdNotice(decision, RISK, TODAY.plusMonths(1), Staff.ASSISTANT_DIRECTOR,
                NOW)).message()).contains("notice is withheld only of a decision in force");
        assertThat(refused(contactStandards.withholdNotice(new DecisionId(2), RISK, TODAY.plusMonths(1),
                Staff.ASSISTANT_DIRECTOR, NOW)).problems()).containsExactly(new Refusal.Problem("decision",
                "There is no decision 2 on this case."));
    }

    @Test
    @DisplayName("at the re-check an Assistant Director keeps notice withheld with a new reason and date, and the"
            + " earlier sign-off stays as history")
    void atTheReCheckNoticeIsKeptWithheldWithANewReasonAndDate() {
        Instant recheck = NOW.plus(Duration.ofDays(31));
        Case kept = after(withheld().keepNoticeWithheld(decision, "The investigation continues.",
                TODAY.plusMonths(3), Staff.SECOND_ASSISTANT_DIRECTOR, recheck));

        NoticeWithheld n = kept.decisions().single().noticeWithheld().get();
        assertThat(n.stands()).isTrue();
        assertThat(n.latest().risk()).isEqualTo("The investigation continues.");
        assertThat(n.latest().signedOffBy()).isEqualTo(Staff.SECOND_ASSISTANT_DIRECTOR);
        assertThat(n.earlier()).extracting(NoticeWithheld.Withholding::risk).containsExactly(RISK);
        CaseEvent event = kept.history().last();
        assertThat(event).isEqualTo(new CaseEvent.NoticeWithheldFromResident(kept.id(), kept.resident(), decision,
                TODAY.plusMonths(3), 2, true, Staff.SECOND_ASSISTANT_DIRECTOR.id(), recheck));
        assertThat(refused(withheld().keepNoticeWithheld(decision, RISK, TODAY.plusMonths(1), Staff.SERVICE_MANAGER,
                recheck)).concerns("by")).isTrue();
        assertThat(refused(contactStandards.keepNoticeWithheld(decision, RISK, TODAY.plusMonths(1),
                Staff.ASSISTANT_DIRECTOR, NOW)).message()).contains("is not withheld");
        assertThat(refused(withheld().withholdNotice(decision, RISK, TODAY.plusMonths(1), Staff.ASSISTANT_DIRECTOR,
                NOW)).message()).contains("is already withheld, until its re-check on " + TODAY.plusMonths(1));
    }

    @Test
    @DisplayName("at the re-check an Assistant Director may end it: the resident is now to be told")
    void endingItMeansTheResidentIsToBeTold() {
        CaseUpdate ended = accepted(withheld().endNoticeWithheld(decision, "The investigation has closed.",
                Staff.ASSISTANT_DIRECTOR, NOW.plusSeconds(60)));

        Decision d = ended.after().decisions().single();
        assertThat(d.noticeIsWithheld()).isFalse();
        assertThat(d.residentToBeTold()).isTrue();
        assertThat(d.noticeWithheld().get().ended()).contains(new NoticeWithheld.Ending(Staff.ASSISTANT_DIRECTOR.id(),
                NOW.plusSeconds(60), NoticeWithheld.Because.RECHECKED, "The investigation has closed."));
        assertThat(ended.event().summary()).isEqualTo("Notice of decision 1 no longer withheld: the resident is now"
                + " to be told");
        assertThat(refused(withheld().endNoticeWithheld(decision, "", Staff.SERVICE_MANAGER, NOW)).problems())
                .extracting(Refusal.Problem::field).containsExactly("by", "reasons");
        assertThat(refused(ended.after().endNoticeWithheld(decision, "Again.", Staff.ASSISTANT_DIRECTOR, NOW))
                .message()).contains("is not withheld");
        // withheld again on a new risk: both sign-offs stay
        Case again = after(ended.after().withholdNotice(decision, "A new threat.", TODAY.plusMonths(2),
                Staff.DIRECTOR, NOW.plusSeconds(120)));
        NoticeWithheld history = again.decisions().single().noticeWithheld().get();
        assertThat(history.all()).hasSize(2);
        assertThat(again.decisions().single().noticeIsWithheld()).isTrue();
        assertThat(history.endedBefore()).extracting(NoticeWithheld.Ending::reasons)
                .containsExactly("The investigation has closed.");
        assertThat(history.endingOf(NOW)).map(NoticeWithheld.Ending::reasons)
                .contains("The investigation has closed.");
        assertThat(history.endingOf(NOW.plusSeconds(120))).isEmpty();
    }

    @Test
    @DisplayName("while notice is withheld the resident cannot be recorded as told before the withholding was signed"
            + " off: a clear error on when they were told")
    void theResidentCannotHaveBeenToldBeforeNoticeWasWithheld() {
        ResidentInformed before = new ResidentInformed(NOW.minusSeconds(60), Staff.OFFICER.id(), InformedHow.IN_PERSON);

        Refusal refusal = refused(withheld().recordResidentInformed(decision, before, Staff.ASSISTANT_DIRECTOR,
                NOW.plusSeconds(60)));

        assertThat(refusal.problems()).extracting(Refusal.Problem::field).containsExactly("informedAt");
        assertThat(refusal.message()).contains("Notice of decision 1 has been withheld from the resident since",
                "when it was signed off, so they cannot have been told before then.");
        assertThat(withheld().recordResidentInformed(decision, new ResidentInformed(NOW, Staff.OFFICER.id(),
                InformedHow.IN_PERSON), Staff.ASSISTANT_DIRECTOR, NOW.plusSeconds(60)).isRight())
                .as("told as it was signed off").isTrue();
        Case kept = after(withheld().keepNoticeWithheld(decision, "The investigation continues.", TODAY.plusMonths(2),
                Staff.ASSISTANT_DIRECTOR, NOW.plus(Duration.ofDays(31))));
        assertThat(kept.recordResidentInformed(decision, new ResidentInformed(NOW.plus(Duration.ofDays(15)),
                Staff.OFFICER.id(), InformedHow.IN_PERSON), Staff.ASSISTANT_DIRECTOR, NOW.plus(Duration.ofDays(32)))
                .isRight()).as("withheld since its first sign-off, not since the re-check that kept it").isTrue();
    }

    @Test
    @DisplayName("a decision no longer in force is not recorded as told: its decision letter would say it applies; the"
            + " letter that ended it tells the resident")
    void aDecisionNoLongerInForceIsToldOfByTheLetterThatEndedIt() {
        Case lifted = after(contactStandards.lift(decision, "No further incidents.", Staff.SERVICE_MANAGER, NOW));
        Refusal refusal = refused(lifted.recordResidentInformed(decision, new ResidentInformed(NOW, Staff.OFFICER.id(),
                InformedHow.LETTER), Staff.OFFICER, NOW.plusSeconds(60)));
        assertThat(refusal.problems()).extracting(Refusal.Problem::field).containsExactly("decision");
        assertThat(refusal.message()).contains("Decision 1 is lifted: its decision letter would tell the resident it"
                + " applies");
    }

    @Test
    @DisplayName("recording that the resident was told ends withholding notice, so only an Assistant Director or"
            + " above may record it while notice is withheld")
    void recordingTheResidentWasToldEndsIt() {
        ResidentInformed informed = new ResidentInformed(NOW.plusSeconds(30), Staff.OFFICER.id(), InformedHow.IN_PERSON);
        for (var below : java.util.List.of(Staff.OFFICER, Staff.SERVICE_MANAGER)) {
            Refusal refusal = refused(withheld().recordResidentInformed(decision, informed, below,
                    NOW.plusSeconds(60)));
            assertThat(refusal.problems()).extracting(Refusal.Problem::field).containsExactly("decision");
            assertThat(refusal.message()).contains("Notice of decision 1 is withheld from the resident, signed off by "
                    + Staff.ASSISTANT_DIRECTOR.name()).contains("which only an Assistant Director or above may do");
        }
        Decision d = after(withheld().recordResidentInformed(decision, informed, Staff.ASSISTANT_DIRECTOR,
                NOW.plusSeconds(60))).decisions().single();

        assertThat(d.noticeIsWithheld()).isFalse();
        assertThat(d.residentToBeTold()).isFalse();
        assertThat(d.noticeWithheld().get().ended()).contains(new NoticeWithheld.Ending(Staff.OFFICER.id(),
                NOW.plusSeconds(30), NoticeWithheld.Because.RESIDENT_TOLD, ""));
    }

    @Test
    @DisplayName("a notice withheld is due for re-check on or after its re-check date")
    void dueForReCheckOnItsDate() {
        Case c = withheld();
        assertThat(c.noticesWithheldToRecheckBy(TODAY.plusMonths(1).minusDays(1))).isEmpty();
        assertThat(c.noticesWithheldToRecheckBy(TODAY.plusMonths(1))).extracting(Decision::id).containsExactly(decision);
        Case ended = after(c.endNoticeWithheld(decision, "Closed.", Staff.ASSISTANT_DIRECTOR, NOW));
        assertThat(ended.noticesWithheldToRecheckBy(TODAY.plusMonths(2))).isEmpty();
    }

    @Test
    @DisplayName("the retention rule removes why notice was withheld and why it ended, and keeps the dates")
    void theRetentionRuleRemovesTheReasons() {
        Case c = after(after(withheld().keepNoticeWithheld(decision, "Still.", TODAY.plusMonths(2),
                Staff.ASSISTANT_DIRECTOR, NOW)).endNoticeWithheld(decision, "Closed.", Staff.ASSISTANT_DIRECTOR, NOW));

        NoticeWithheld n = c.anonymise().decisions().single().noticeWithheld().get();

        assertThat(n.all()).extracting(NoticeWithheld.Withholding::risk).containsOnly(Case.REMOVED);
        assertThat(n.all()).extracting(NoticeWithheld.Withholding::recheckOn)
                .containsExactly(TODAY.plusMonths(1), TODAY.plusMonths(2));
        assertThat(n.ended().get().reasons()).isEqualTo(Case.REMOVED);
    }

    @Test
    @DisplayName("a subject access export says notice was withheld but not why while it stands (UK GDPR exemption:"
            + " disclosure would likely prejudice crime prevention or endanger someone); once ended, why is disclosed")
    void theResidentsExportSaysNoticeWasWithheldButNotWhyWhileItStands() {
        Case withheld = withheld();

        NoticeWithheld disclosed = withheld.asDisclosedToTheResident().decisions().single().noticeWithheld().get();

        assertThat(disclosed.latest().risk()).isEqualTo(Case.WITHHELD_FROM_THE_RESIDENT);
        assertThat(disclosed.latest().recheckOn()).isEqualTo(TODAY.plusMonths(1));
        assertThat(withheld.asDisclosedToTheResident().version()).isEqualTo(withheld.version());
        Case ended = after(withheld.endNoticeWithheld(decision, "Closed.", Staff.ASSISTANT_DIRECTOR, NOW));
        assertThat(ended.asDisclosedToTheResident().decisions().single().noticeWithheld().get().latest().risk())
                .isEqualTo(RISK);
    }

    @Test
    @DisplayName("a decision whose notice is withheld is not replaced: the new decision's letter would tell the"
            + " resident; it may be added to, or the withholding ended first")
    void aDecisionWhoseNoticeIsWithheldIsNotReplaced() {
        var replacing = org.uca.domain.fixtures.AProposal.contactStandards(org.uca.domain.fixtures.Measures.officeBan())
                .afterWarning(new WarningId(1), new ActionId(2)).decidedOn(TODAY);
        Refusal refusal = refused(withheld().authorise(replacing.build().whileInForce(
                new WhileInForce.Replaces(decision)), Staff.ASSISTANT_DIRECTOR, NOW));
        assertThat(refusal.problems()).extracting(Refusal.Problem::field).containsExactly("whileInForce");
        assertThat(refusal.message()).contains("Notice of decision 1 is withheld from the resident")
                .contains("Add to it instead");

        assertThat(withheld().authorise(replacing.build().whileInForce(new WhileInForce.AddsTo()),
                Staff.ASSISTANT_DIRECTOR, NOW).isRight()).as("adding to it leaves notice of decision 1 withheld")
                .isTrue();
        Case ended = after(withheld().endNoticeWithheld(decision, "Closed.", Staff.ASSISTANT_DIRECTOR, NOW));
        assertThat(ended.authorise(replacing.build().whileInForce(new WhileInForce.Replaces(decision)),
                Staff.ASSISTANT_DIRECTOR, NOW).isRight()).isTrue();
    }

    @Test
    @DisplayName("notice withheld stands until an Assistant Director ends it, even once the restriction is lifted:"
            + " it is still re-checked, kept or ended")
    void noticeWithheldIsStillReCheckedOnceTheRestrictionIsLifted() {
        Case lifted = after(withheld().lift(decision, "No further incidents.", Staff.ASSISTANT_DIRECTOR, NOW));
        assertThat(lifted.decisions().single().noticeIsWithheld()).isTrue();
        assertThat(lifted.noticesWithheldToRecheckBy(TODAY.plusMonths(1))).extracting(Decision::id)
                .containsExactly(decision);

        Instant recheck = NOW.plus(Duration.ofDays(31));
        Case kept = after(lifted.keepNoticeWithheld(decision, "The investigation continues.", TODAY.plusMonths(3),
                Staff.ASSISTANT_DIRECTOR, recheck));
        assertThat(kept.decisions().single().noticeWithheld().get().latest().recheckOn())
                .isEqualTo(TODAY.plusMonths(3));
        Case ended = after(kept.endNoticeWithheld(decision, "Closed.", Staff.ASSISTANT_DIRECTOR, recheck));
        assertThat(ended.noticesWithheldToRecheckBy(TODAY.plusMonths(6))).isEmpty();

        Case inError = after(withheld().markDecisionEnteredInError(decision, "Recorded on the wrong resident.",
                Staff.ASSISTANT_DIRECTOR, NOW));
        assertThat(inError.noticesWithheldToRecheckBy(TODAY.plusMonths(1)))
                .as("a decision entered in error should never have been made: nothing to re-check").isEmpty();
    }
}
