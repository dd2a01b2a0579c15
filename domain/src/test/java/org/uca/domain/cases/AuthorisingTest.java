package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.TODAY;
import static org.uca.domain.fixtures.Fixtures.accepted;
import static org.uca.domain.fixtures.Fixtures.after;
import static org.uca.domain.fixtures.Fixtures.refused;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Fixtures;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.Measure;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.measures.ServiceLimit;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.Refusal;

@DisplayName("Authorising measures (policy 3.1 to 3.3, 4.1 to 4.5)")
class AuthorisingTest {

    /** Action 1 (verbal abuse), warning 1 about it, then action 2 (more verbal abuse) after the warning. */
    private final Case warnedAndContinued = ACase.warnedAndContinued();

    private static AProposal afterTheWarning(Measure... measures) {
        return AProposal.contactStandards(measures).afterWarning(new WarningId(1), new ActionId(2));
    }

    private Refusal refusedFor(AProposal proposal, StaffMember who) {
        return refused(warnedAndContinued.authorise(proposal.build(), who, NOW));
    }

    @Test
    @DisplayName("an authorised decision records the measures, grounds, reasons, safeguards, who and when")
    void decisionRecorded() {
        AProposal proposal = afterTheWarning(Measures.singlePointOfContact(), Measures.noEmail())
                .reasons("  Abuse continued after the warning.  ");

        CaseUpdate update = accepted(warnedAndContinued.authorise(proposal.build(), Staff.SERVICE_MANAGER, NOW));

        Decision decision = update.after().decisions().single();
        assertThat(decision.id()).isEqualTo(new DecisionId(1));
        assertThat(decision.measures()).containsExactly(Measures.singlePointOfContact(), Measures.noEmail());
        assertThat(decision.grounds()).isEqualTo(new Grounds.AfterWarning(new WarningId(1), List.of(new ActionId(2))));
        assertThat(decision.grounds().actions()).containsExactly(new ActionId(2));
        assertThat(decision.reasons()).isEqualTo("Abuse continued after the warning.");
        assertThat(decision.safeguards()).isEqualTo(proposal.safeguards());
        assertThat(decision.authorisedBy()).isEqualTo(Staff.SERVICE_MANAGER);
        assertThat(decision.authorisedAt()).isEqualTo(NOW);
        assertThat(decision.reviewDate()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(decision.status()).isEqualTo(DecisionStatus.IN_FORCE);
        assertThat(decision.inForce()).isTrue();
        assertThat(decision.immediate()).isFalse();
        assertThat(decision.residentInformed()).isEmpty();
        assertThat(decision.reviews()).isEmpty();
        assertThat(decision.requiredAuthority()).isEqualTo(AuthorityLevel.SERVICE_MANAGER);
        assertThat(update.after().decisionsInForce()).containsExactly(decision);
    }

    @Test
    @DisplayName("MeasuresAuthorised carries the measures, required level, authoriser's level and team, and immediacy")
    void measuresAuthorisedEvent() {
        CaseUpdate update = accepted(warnedAndContinued.authorise(afterTheWarning(Measures.noEmail()).build(),
                Staff.DIRECTOR, NOW));

        assertThat(update.event()).isEqualTo(new CaseEvent.MeasuresAuthorised(warnedAndContinued.id(),
                warnedAndContinued.resident(), new DecisionId(1), List.of(MeasureKind.EXCLUDED_CONTACT_METHODS),
                AuthorityLevel.SERVICE_MANAGER, AuthorityLevel.DIRECTOR, "Homes, Care and Community", false,
                LocalDate.of(2027, 6, 1), Option.none(), Staff.DIRECTOR.id(), NOW));
        assertThat(update.event().summary()).isEqualTo("Measures authorised: Limited methods of contact");
    }

    @Test
    @DisplayName("a decision authorises at least one measure")
    void decisionHasMeasures() {
        Decision decision = ACase.withContactStandardsInForce().decisions().single();

        assertThatThrownBy(() -> new Decision(decision.id(), List.empty(), decision.grounds(), decision.reasons(),
                decision.safeguards(), decision.authorisedBy(), decision.authorisedAt(), decision.reviewDate(),
                decision.status(), decision.residentInformed(), decision.reviews(), decision.replaces()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the reasons for the decision are required")
    void reasonsRequired() {
        assertThat(refusedFor(afterTheWarning(Measures.noEmail()).reasons(""), Staff.SERVICE_MANAGER).problems())
                .extracting(Refusal.Problem::field).containsExactly("reasons");
    }

    @Nested
    @DisplayName("who must authorise (policy 4.2)")
    class WhoMustAuthorise {

        @Test
        @DisplayName("contact standards need a Service Manager")
        void contactStandardsNeedAServiceManager() {
            assertThat(warnedAndContinued.authorise(afterTheWarning(Measures.noTelephoneCalls()).build(),
                    Staff.SERVICE_MANAGER, NOW).isRight()).isTrue();
        }

        @Test
        @DisplayName("service limits need an Assistant Director: the refusal names the field measures and who must")
        void serviceLimitsNeedAnAssistantDirector() {
            AProposal proposal = afterTheWarning(Measures.noImprovementApprovals());

            assertThat(refusedFor(proposal, Staff.SERVICE_MANAGER).problems()).containsExactly(new Refusal.Problem(
                    "measures", "Limiting our service must be authorised by an Assistant Director or above;"
                            + " Sam Whitfield is a Service Manager."));
            assertThat(warnedAndContinued.authorise(proposal.build(), Staff.ASSISTANT_DIRECTOR, NOW).isRight())
                    .isTrue();
        }

        @Test
        @DisplayName("tenancy action and informing the police need an Assistant Director")
        void tenancyActionAndPoliceNeedAnAssistantDirector() {
            AProposal proposal = afterTheWarning(Measures.noticeOfSeekingPossession(), Measures.reportTheAssault());

            assertThat(refusedFor(proposal, Staff.SERVICE_MANAGER).problems()).singleElement()
                    .extracting(Refusal.Problem::reason).isEqualTo("Tenancy action and Informing the police must be"
                            + " authorised by an Assistant Director or above; Sam Whitfield is a Service Manager.");
            assertThat(warnedAndContinued.authorise(proposal.build(), Staff.ASSISTANT_DIRECTOR, NOW).isRight())
                    .isTrue();
        }

        @Test
        @DisplayName("only the measures above the authoriser's level are named")
        void onlyMeasuresAboveLevelNamed() {
            AProposal proposal = afterTheWarning(Measures.noEmail(), Measures.noComplaintsProcess(),
                    Measures.noResidentGroupAccess());

            assertThat(refusedFor(proposal, Staff.SECOND_SERVICE_MANAGER).message()).isEqualTo("measures: Limiting"
                    + " our service must be authorised by an Assistant Director or above; Grace O'Connor is a"
                    + " Service Manager.");
        }

        @Test
        @DisplayName("a higher level may authorise")
        void aHigherLevelMayAuthorise() {
            assertThat(warnedAndContinued.authorise(afterTheWarning(Measures.noEmail()).build(),
                    Staff.ASSISTANT_DIRECTOR, NOW).isRight()).isTrue();
            assertThat(warnedAndContinued.authorise(afterTheWarning(Measures.noEmail()).build(), Staff.DIRECTOR, NOW)
                    .isRight()).isTrue();
            assertThat(warnedAndContinued.authorise(afterTheWarning(Measures.healthAndSafetyRepairsOnly()).build(),
                    Staff.DIRECTOR, NOW).isRight()).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.uca.domain.fixtures.Measures#all")
        @DisplayName("an officer cannot authorise any measure")
        void anOfficerCannotAuthoriseAnyMeasure(Measure measure) {
            Refusal refusal = refusedFor(afterTheWarning(measure), Staff.OFFICER);

            assertThat(refusal.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("measures");
                assertThat(p.reason()).contains("must be authorised by a" + (measure.requiredAuthority()
                        == AuthorityLevel.SERVICE_MANAGER ? " Service Manager" : "n Assistant Director"))
                        .endsWith("Olu Adeyemi is not a manager who can authorise.");
            });
        }
    }

    @Nested
    @DisplayName("warn first (policy 3.1, 3.3, 4.1)")
    class WarnFirst {

        @Test
        @DisplayName("measures need a warning first")
        void measuresNeedAWarningFirst() {
            Case notWarned = ACase.aCase().withAction().withAction().build();

            Refusal refusal = refused(notWarned.authorise(AProposal.contactStandards(Measures.noEmail())
                    .afterWarning(new WarningId(1), new ActionId(2)).build(), Staff.SERVICE_MANAGER, NOW));

            assertThat(refusal.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("grounds.warning");
                assertThat(p.reason()).contains("must first be warned").contains("given a chance to change");
            });
        }

        @Test
        @DisplayName("measures need a further unacceptable action after the warning")
        void measuresNeedAFurtherAction() {
            assertThat(refusedFor(AProposal.contactStandards(Measures.noEmail()).afterWarning(new WarningId(1)),
                    Staff.SERVICE_MANAGER).problems()).extracting(Refusal.Problem::field)
                    .containsExactly("grounds.furtherActions");
        }

        @Test
        @DisplayName("the actions the warning was about are not further actions: the resident gets a chance to change")
        void warnedActionsAreNotFurther() {
            Refusal refusal = refusedFor(AProposal.contactStandards(Measures.noEmail())
                    .afterWarning(new WarningId(1), new ActionId(1)), Staff.SERVICE_MANAGER);

            assertThat(refusal.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("grounds.furtherActions");
                assertThat(p.reason()).startsWith("The further actions must have happened after the warning of ")
                        .endsWith("the resident is given a chance to change first.");
            });
        }

        @Test
        @DisplayName("further actions must be recorded on this case")
        void furtherActionsRecorded() {
            Refusal refusal = refusedFor(AProposal.contactStandards(Measures.noEmail())
                    .afterWarning(new WarningId(1), new ActionId(9)), Staff.SERVICE_MANAGER);

            assertThat(refusal.problems()).extracting(Refusal.Problem::reason)
                    .contains("Refer only to actions recorded on this case.");
        }

        @Test
        @DisplayName("extreme actions with safety concerns allow immediate action with a justification")
        void immediateActionForSafety() {
            Case threatened = ACase.aCase().withAction(Reports::threatsWithSafetyConcern).build();

            CaseUpdate update = accepted(threatened.authorise(AProposal.contactStandards(
                    Measures.exclusionFromPersonalContact()).immediate(new ActionId(1)).build(),
                    Staff.SERVICE_MANAGER, NOW));

            Decision decision = update.after().decisions().single();
            assertThat(decision.immediate()).isTrue();
            assertThat(((CaseEvent.MeasuresAuthorised) update.event()).immediate()).isTrue();
            assertThat(update.event().summary())
                    .isEqualTo("Immediate action authorised: Exclusion from all personal contact");
        }

        @Test
        @DisplayName("immediate action is refused when no action raises safety concerns")
        void immediateRefusedWithoutSafetyConcerns() {
            Refusal refusal = refusedFor(AProposal.contactStandards(Measures.noEmail()).immediate(new ActionId(1),
                    new ActionId(2)), Staff.SERVICE_MANAGER);

            assertThat(refusal.problems()).containsExactly(new Refusal.Problem("grounds.actions",
                    "Immediate action without a warning is only for extreme actions that raise safety concerns;"
                            + " none of the actions referred to does."));
        }

        @Test
        @DisplayName("immediate action needs a justification and refers to recorded actions")
        void immediateNeedsJustificationAndActions() {
            Case threatened = ACase.aCase().withAction(Reports::threatsWithSafetyConcern).build();

            Refusal refusal = refused(threatened.authorise(AProposal.contactStandards(Measures.officeBan())
                    .immediate(List.of(new ActionId(1), new ActionId(5)), "  ").build(), Staff.SERVICE_MANAGER, NOW));
            Refusal none = refused(threatened.authorise(AProposal.contactStandards(Measures.officeBan())
                    .immediate(List.empty(), "Justified").build(), Staff.SERVICE_MANAGER, NOW));

            assertThat(refusal.problems()).extracting(Refusal.Problem::field)
                    .containsExactly("grounds.actions", "grounds.justification");
            assertThat(none.problems()).extracting(Refusal.Problem::field)
                    .containsExactly("grounds.actions", "grounds.actions");
        }
    }

    @Nested
    @DisplayName("safeguards (policy 4.2, Equality Act 2010)")
    class TheSafeguards {

        @Test
        @DisplayName("equality and vulnerability notes, teams consulted and teams informed are required")
        void safeguardsRequired() {
            Refusal refusal = refusedFor(afterTheWarning(Measures.noEmail()).equalityNotes(" ").teamsConsulted()
                    .teamsInformed(), Staff.SERVICE_MANAGER);

            assertThat(refusal.problems()).extracting(Refusal.Problem::field).containsExactly(
                    "safeguards.equalityAndVulnerabilityNotes", "safeguards.teamsConsulted",
                    "safeguards.teamsInformed");
        }

        @Test
        @DisplayName("each team consulted or informed is named on one line")
        void teamNames() {
            Refusal refusal = refusedFor(afterTheWarning(Measures.noEmail()).teamsConsulted("Housing\nManagement")
                    .teamsInformed("Customer Services", ""), Staff.SERVICE_MANAGER);

            assertThat(refusal.problems()).extracting(Refusal.Problem::field)
                    .containsExactly("safeguards.teamsConsulted[0]", "safeguards.teamsInformed[1]");
        }

        @Test
        @DisplayName("defamatory comments need legal advice considered before authorising")
        void defamatoryCommentsNeedLegalAdvice() {
            Case defamed = ACase.aCase().withAction(Reports::defamatoryComments).warned().withFurtherAction().build();
            AProposal proposal = AProposal.contactStandards(Measures.removeFacebookPosts())
                    .afterWarning(new WarningId(1), new ActionId(2));

            Refusal refusal = refused(defamed.authorise(proposal.build(), Staff.SERVICE_MANAGER, NOW));

            assertThat(refusal.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("safeguards.legalAdvice");
                assertThat(p.reason()).contains("potentially defamatory comments")
                        .contains("whether legal advice was needed");
            });
            Decision decision = after(defamed.authorise(proposal.legalAdviceConsidered().build(),
                    Staff.SERVICE_MANAGER, NOW)).decisions().single();
            assertThat(decision.safeguards().legalAdvice()).singleElement()
                    .satisfies(a -> assertThat(a.needed()).isFalse());
        }

        @Test
        @DisplayName("legal advice considered needs notes on what was decided")
        void legalAdviceNeedsNotes() {
            Case defamed = ACase.aCase().withAction().warned().withFurtherAction(Reports::defamatoryComments).build();

            Refusal refusal = refused(defamed.authorise(AProposal.contactStandards(Measures.removeFacebookPosts())
                    .afterWarning(new WarningId(1), new ActionId(2)).legalAdviceConsidered(true, "").build(),
                    Staff.SERVICE_MANAGER, NOW));

            assertThat(refusal.problems()).extracting(Refusal.Problem::field)
                    .containsExactly("safeguards.legalAdvice");
        }

        @Test
        @DisplayName("immediate action resting on defamatory comments also needs legal advice considered")
        void immediateDefamatory() {
            Case c = ACase.aCase().withActions(Reports::defamatoryComments, Reports::threatsWithSafetyConcern)
                    .build();

            Refusal refusal = refused(c.authorise(AProposal.contactStandards(Measures.officeBan())
                    .immediate(new ActionId(1), new ActionId(2)).build(), Staff.SERVICE_MANAGER, NOW));

            assertThat(refusal.problems()).extracting(Refusal.Problem::field)
                    .containsExactly("safeguards.legalAdvice");
        }

        @Test
        @DisplayName("a measure that conflicts with a recorded reasonable adjustment is refused unless justified")
        void adjustmentConflictRefusedUnlessJustified() {
            Case needsPhone = ACase.aCase().withAdjustment(AdjustmentKind.PHONE_CONTACT).withAction().warned()
                    .withFurtherAction().build();
            AProposal proposal = AProposal.contactStandards(Measures.noTelephoneCalls(),
                    Measures.excluding(Channel.PHONE, Channel.EMAIL)).afterWarning(new WarningId(1), new ActionId(2));

            Refusal refusal = refused(needsPhone.authorise(proposal.build(), Staff.SERVICE_MANAGER, NOW));

            assertThat(refusal.problems()).containsExactly(new Refusal.Problem(
                    "safeguards.adjustmentConflictJustification",
                    "No telephone calls until further notice conflicts with the recorded adjustment \"Contact by"
                            + " telephone\"; Limited methods of contact conflicts with the recorded adjustment"
                            + " \"Contact by telephone\". Choose another measure or record why the conflict is"
                            + " justified."));
        }

        @Test
        @DisplayName("a measure that conflicts with a recorded reasonable adjustment is accepted when justified")
        void adjustmentConflictAcceptedWhenJustified() {
            Case needsPhone = ACase.aCase().withAdjustment(AdjustmentKind.PHONE_CONTACT).withAction().warned()
                    .withFurtherAction().build();
            AProposal proposal = AProposal.contactStandards(Measures.noTelephoneCalls())
                    .afterWarning(new WarningId(1), new ActionId(2));

            assertThat(needsPhone.authorise(proposal.adjustmentConflictJustified("").build(), Staff.SERVICE_MANAGER,
                    NOW).getLeft().problems()).extracting(Refusal.Problem::field)
                    .containsExactly("safeguards.adjustmentConflictJustification");
            Decision decision = after(needsPhone.authorise(proposal.adjustmentConflictJustified(
                    "Her support worker agreed text messages work as well for her; calls were abusive every time.")
                    .build(), Staff.SERVICE_MANAGER, NOW)).decisions().single();
            assertThat(decision.safeguards().adjustmentConflictJustification()).isNotEmpty();
        }

        @Test
        @DisplayName("measures that leave a reasonable adjustment alone need no justification")
        void noConflictNoJustification() {
            Case needsPhone = ACase.aCase().withAdjustment(AdjustmentKind.PHONE_CONTACT).withAction().warned()
                    .withFurtherAction().build();

            assertThat(needsPhone.authorise(AProposal.contactStandards(Measures.noEmail())
                    .afterWarning(new WarningId(1), new ActionId(2)).build(), Staff.SERVICE_MANAGER, NOW).isRight())
                    .isTrue();
        }

        @Test
        @DisplayName("safeguards are always complete records")
        void safeguardsComplete() {
            var s = AProposal.contactStandards().safeguards();
            assertThatThrownBy(() -> new Safeguards(null, s.teamsConsulted(), s.teamsInformed(),
                    s.whoInformsResident(), Option.none(), Option.none())).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new LegalAdviceConsidered(true, null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    @DisplayName("the review date: restrictions are never open-ended")
    class ReviewDate {

        @Test
        @DisplayName("the review date defaults to six months after the decision")
        void defaultsToSixMonths() {
            assertThat(MeasuresProposal.defaultReviewDate(LocalDate.of(2026, 12, 1)))
                    .isEqualTo(LocalDate.of(2027, 6, 1));
            assertThat(MeasuresProposal.defaultReviewDate(LocalDate.of(2026, 8, 31)))
                    .isEqualTo(LocalDate.of(2027, 2, 28));
        }

        @Test
        @DisplayName("the review date must be after the date of the decision")
        void afterTheDecision() {
            assertThat(refusedFor(afterTheWarning(Measures.noEmail()).reviewDate(TODAY), Staff.SERVICE_MANAGER)
                    .problems()).containsExactly(new Refusal.Problem("reviewDate",
                    "The review date must be after the date of the decision."));
            assertThat(warnedAndContinued.authorise(afterTheWarning(Measures.noEmail()).reviewDate(TODAY.plusDays(1))
                    .build(), Staff.SERVICE_MANAGER, NOW).isRight()).isTrue();
        }

        @Test
        @DisplayName("the review date must be within 12 months")
        void withinTwelveMonths() {
            assertThat(warnedAndContinued.authorise(afterTheWarning(Measures.noEmail())
                    .reviewDate(TODAY.plusMonths(12)).build(), Staff.SERVICE_MANAGER, NOW).isRight()).isTrue();
            assertThat(refusedFor(afterTheWarning(Measures.noEmail()).reviewDate(TODAY.plusMonths(12).plusDays(1)),
                    Staff.SERVICE_MANAGER).problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("reviewDate");
                        assertThat(p.reason()).contains("never open-ended").contains("within 12 months");
                    });
        }
    }

    @Nested
    @DisplayName("the measures chosen")
    class TheMeasures {

        @Test
        @DisplayName("at least one measure is chosen")
        void atLeastOne() {
            assertThat(refusedFor(afterTheWarning(), Staff.SERVICE_MANAGER).problems())
                    .containsExactly(new Refusal.Problem("measures", "Choose at least one measure."));
        }

        @Test
        @DisplayName("the right to contact the Housing Ombudsman can never be removed")
        void ombudsmanCanNeverBeRemoved() {
            Refusal refusal = refusedFor(afterTheWarning(Measures.noComplaintsProcess(),
                    new ServiceLimit.OtherServiceLimit("No contacting the Housing Ombudsman about us")),
                    Staff.ASSISTANT_DIRECTOR);

            assertThat(refusal.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("measures[1].description");
                assertThat(p.reason()).startsWith("The right to contact the Housing Ombudsman can never be removed or"
                        + " limited.");
            });
        }

        @Test
        @DisplayName("duplicate listed measures are refused")
        void duplicatesRefused() {
            assertThat(refusedFor(afterTheWarning(Measures.noEmail(), Measures.excluding(Channel.LETTER)),
                    Staff.SERVICE_MANAGER).problems()).containsExactly(new Refusal.Problem("measures",
                    "Each measure may be chosen only once."));
        }

        @Test
        @DisplayName("measures together must leave the resident one method of contact open")
        void togetherLeaveOneMethodOpen() {
            EnumSet<Channel> allButPhone = EnumSet.complementOf(EnumSet.of(Channel.PHONE));
            EnumSet<Channel> allButPhoneAndInPerson = EnumSet.complementOf(EnumSet.of(Channel.PHONE,
                    Channel.IN_PERSON));

            Refusal refusal = refusedFor(afterTheWarning(new ContactStandard.ExcludedContactMethods(allButPhone),
                    Measures.noTelephoneCalls()), Staff.SERVICE_MANAGER);

            assertThat(refusal.problems()).containsExactly(new Refusal.Problem("measures", "Together these measures"
                    + " close every method of contact; at least one must stay open, so the resident can contact us"
                    + " in a different way."));
            assertThat(refusedFor(afterTheWarning(new ContactStandard.ExcludedContactMethods(allButPhoneAndInPerson),
                    Measures.noTelephoneCalls(), Measures.exclusionFromPersonalContact()), Staff.SERVICE_MANAGER)
                    .concerns("measures")).isTrue();
            assertThat(warnedAndContinued.authorise(afterTheWarning(
                    new ContactStandard.ExcludedContactMethods(allButPhoneAndInPerson), Measures.noTelephoneCalls())
                    .build(), Staff.SERVICE_MANAGER, NOW).isRight()).isTrue();
        }

        @Test
        @DisplayName("a single measure excluding every method is refused once, not twice")
        void excludingEverythingReportedOnce() {
            assertThat(refusedFor(afterTheWarning(new ContactStandard.ExcludedContactMethods(
                    EnumSet.allOf(Channel.class)), Measures.noTelephoneCalls()), Staff.SERVICE_MANAGER).problems())
                    .extracting(Refusal.Problem::field).containsExactly("measures[0].excluded");
        }

        @Test
        @DisplayName("several \"other\" measures may stand side by side")
        void severalOthersAllowed() {
            assertThat(warnedAndContinued.authorise(afterTheWarning(Measures.writtenContactOnMondays(),
                    new ContactStandard.OtherContactStandard("Visits by appointment only.")).build(),
                    Staff.SERVICE_MANAGER, NOW).isRight()).isTrue();
        }

        @Test
        @DisplayName("each measure's problems are named by its place in the list")
        void problemsIndexed() {
            Refusal refusal = refusedFor(afterTheWarning(Measures.noEmail(),
                    new ContactStandard.ExcludedContactMethods(EnumSet.allOf(Channel.class)),
                    new ContactStandard.ContactTimeAllowance(0, ContactStandard.AllowancePeriod.MONTH)),
                    Staff.SERVICE_MANAGER);

            assertThat(refusal.problems()).extracting(Refusal.Problem::field)
                    .contains("measures[1].excluded", "measures[2].minutes");
        }

        @Test
        @DisplayName("every problem with the proposal is reported at once")
        void everyProblemAtOnce() {
            Refusal refusal = refused(warnedAndContinued.authorise(AProposal.contactStandards(
                    Measures.noComplaintsProcess()).afterWarning(new WarningId(2)).reasons("").teamsInformed()
                    .reviewDate(TODAY).build(), Staff.OFFICER, NOW));

            assertThat(refusal.problems()).extracting(Refusal.Problem::field).containsExactly("measures",
                    "grounds.warning", "reasons", "safeguards.teamsInformed", "reviewDate");
        }
    }

    @Nested
    @DisplayName("authorising while a decision is in force: it adds to it or replaces it, never left unsaid")
    class WhileADecisionIsInForce {

        private final Case oneInForce = ACase.aCase().withAction(Reports::verbalAbuse).warned().withFurtherAction()
                .authorised(Measures.noEmail()).build();

        private MeasuresProposal next(Measure measure) {
            return afterTheWarning(measure).decidedOn(Fixtures.TODAY).build();
        }

        @Test
        @DisplayName("a new decision that does not say whether it adds to or replaces the one in force is refused")
        void mustSay() {
            Refusal refusal = refused(oneInForce.authorise(next(Measures.officeBan()), Staff.SERVICE_MANAGER, NOW));

            assertThat(refusal.problems()).containsExactly(new Refusal.Problem("whileInForce", "Decision 1 is in"
                    + " force: say whether this decision adds to it or replaces one (varies it)."));
        }

        @Test
        @DisplayName("a decision that adds to the one in force leaves both in force")
        void addsTo() {
            Case both = after(oneInForce.authorise(next(Measures.officeBan()).whileInForce(new WhileInForce.AddsTo()),
                    Staff.SERVICE_MANAGER, NOW));

            assertThat(both.decisionsInForce().map(Decision::id)).containsExactly(new DecisionId(1),
                    new DecisionId(2));
        }

        @Test
        @DisplayName("a decision that replaces (varies) the one in force ends it: only the new one applies, and the"
                + " timeline says so")
        void replaces() {
            CaseUpdate update = accepted(oneInForce.authorise(next(Measures.officeBan())
                    .whileInForce(new WhileInForce.Replaces(new DecisionId(1))), Staff.SERVICE_MANAGER, NOW));

            assertThat(update.after().decision(new DecisionId(1)).get().status()).isEqualTo(DecisionStatus.REPLACED);
            assertThat(update.after().decisionsInForce().map(Decision::id)).containsExactly(new DecisionId(2));
            assertThat(update.event().summary()).endsWith("(replacing decision 1)");
            assertThat(org.uca.domain.guidance.ContactGuidance.forCase(update.after(), NOW).allowedChannels())
                    .as("the replaced decision's measures no longer apply").contains(Channel.EMAIL);
        }

        @Test
        @DisplayName("a decision with an appeal waiting is not replaced: the appeal is decided first, so replacing"
                + " cannot sidestep it")
        void aDecisionUnderAppealIsNotReplaced() {
            Case appealed = ACase.aCase().withAction(Reports::verbalAbuse).warned().withFurtherAction()
                    .authorised(Measures.noEmail()).appealed().build();

            assertThat(refused(appealed.authorise(next(Measures.officeBan())
                    .whileInForce(new WhileInForce.Replaces(new DecisionId(1))), Staff.SERVICE_MANAGER, NOW))
                    .message()).contains("Decision 1 has an appeal waiting for a decision: decide the appeal first");
        }

        @Test
        @DisplayName("only a decision in force is replaced, by someone who could have authorised it")
        void replacingNeedsADecisionInForceAndItsAuthority() {
            Case serviceLimits = ACase.aCase().withAction(Reports::verbalAbuse).warned().withFurtherAction()
                    .authorised(Measures.noImprovementApprovals()).build();

            assertThat(refused(serviceLimits.authorise(next(Measures.officeBan())
                    .whileInForce(new WhileInForce.Replaces(new DecisionId(1))), Staff.SERVICE_MANAGER, NOW))
                    .message()).contains("Replacing decision 1 ends its measures, which needs an Assistant"
                    + " Director or above");
            assertThat(refused(oneInForce.authorise(next(Measures.officeBan())
                    .whileInForce(new WhileInForce.Replaces(new DecisionId(7))), Staff.SERVICE_MANAGER, NOW))
                    .message()).contains("Decision 7 is not in force");
            assertThat(refused(warnedAndContinued.authorise(afterTheWarning(Measures.officeBan()).build()
                    .whileInForce(new WhileInForce.Replaces(new DecisionId(1))), Staff.SERVICE_MANAGER, NOW))
                    .message()).contains("No decision is in force, so there is none to replace.");
        }
    }
}
