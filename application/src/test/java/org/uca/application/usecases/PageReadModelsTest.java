package org.uca.application.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.testbed.Journey.ok;
import static org.uca.application.testbed.Testbed.ALEX;
import static org.uca.application.testbed.Testbed.BEA;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.CasePageQuery.CasePage;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.MyWorkQuery;
import org.uca.application.port.in.MyWorkQuery.MyWork;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.in.WorkQueuesQuery;
import org.uca.application.port.out.AuditLog;
import org.uca.application.testbed.Testbed;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.WarningId;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Fixtures;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.UkTime;

/** Each page's read model, from one use-case call: what the page shows, names included. */
class PageReadModelsTest {

    private final Testbed bed = new Testbed();

    /** Alex: warned, continued, contact standards authorised by {@code manager}, then appealed. */
    private CaseId appealedContactStandards(StaffMember manager) {
        CaseId caseId = bed.journey.recordVerbalAbuse(ALEX).caseId();
        WarningId warning = bed.journey.warn(caseId, List.of(new ActionId(1)));
        var further = bed.journey.recordVerbalAbuse(ALEX).actions();
        bed.journey.authorise(caseId, manager, AProposal.contactStandards(Measures.singlePointOfContact(),
                Measures.noEmail()).afterWarning(warning, further));
        bed.journey.appeal(caseId, new DecisionId(1));
        return caseId;
    }

    @Nested
    class MyWorkPage {

        @Test
        @DisplayName("my work lists the appeals and reviews waiting and my cases, each with the resident's name")
        void rowsWithNames() {
            CaseId alex = appealedContactStandards(Staff.SERVICE_MANAGER);
            CaseId bea = bed.journey.recordVerbalAbuse(BEA).caseId();

            MyWork manager = ok(bed.app.myWork().myWork(Staff.SERVICE_MANAGER.id()), "my work");
            assertThat(manager.appealsToDecide()).isEmpty(); // their own decision, reviewed one level up
            assertThat(manager.appealsWaitingOnOthers()).singleElement().satisfies(a -> {
                assertThat(a.appeal().caseId()).isEqualTo(alex);
                assertThat(a.residentName()).isEqualTo("Alex Morgan");
                assertThat(a.overdue()).isFalse();
                assertThat(a.workingDaysLeft()).isPositive();
            });
            assertThat(manager.reviewsToDo()).isEmpty(); // the review is six months away
            assertThat(manager.reviewsWaitingOnOthers()).isEmpty();
            assertThat(manager.myCases()).singleElement().satisfies(c -> {
                assertThat(c.caseId()).isEqualTo(alex);
                assertThat(c.residentName()).isEqualTo("Alex Morgan");
                assertThat(c.restricted()).isTrue();
                assertThat(c.reviewOverdue()).isFalse();
            });

            MyWork officer = ok(bed.app.myWork().myWork(Staff.OFFICER.id()), "my work");
            assertThat(officer.myCases().map(MyWorkQuery.MyCase::caseId)).containsExactly(bea, alex);
            assertThat(officer.myCases().head().residentName()).isEqualTo("Bea Okafor");
            assertThat(officer.myCases().head().restricted()).isFalse();
            assertThat(officer.myCases().head().nextReview()).isEmpty();
        }

        @Test
        @DisplayName("an appeal past its 10 working days and a restriction past its review date show as overdue")
        void overdue() {
            CaseId alex = appealedContactStandards(Staff.SERVICE_MANAGER);
            LocalDate reviewDate = bed.uca.cases.find(alex).get().decisions().head().reviewDate();
            bed.clock.advance(Duration.ofDays(200));
            assertThat(UkTime.dateOf(bed.clock.now())).isAfter(reviewDate);

            MyWork work = ok(bed.app.myWork().myWork(Staff.SERVICE_MANAGER.id()), "my work");
            assertThat(work.appealsWaitingOnOthers()).singleElement().satisfies(a -> {
                assertThat(a.overdue()).isTrue();
                assertThat(a.workingDaysLeft()).isNegative();
            });
            assertThat(work.reviewsToDo()).singleElement().satisfies(r -> {
                assertThat(r.residentName()).isEqualTo("Alex Morgan");
                assertThat(r.overdue()).isTrue();
            });
            assertThat(work.myCases()).singleElement().satisfies(c -> {
                assertThat(c.nextReview()).contains(reviewDate);
                assertThat(c.reviewOverdue()).isTrue();
            });
        }

        @Test
        @DisplayName("my work shows the same appeals, reviews and cases as the work queues the pages use today")
        void agreesWithTheWorkQueues() {
            appealedContactStandards(Staff.SERVICE_MANAGER);
            bed.journey.recordVerbalAbuse(BEA);
            bed.clock.advance(Duration.ofDays(170));
            for (StaffMember who : Staff.everyone()) {
                StaffId me = who.id();
                MyWork work = ok(bed.app.myWork().myWork(me), "my work");
                WorkQueuesQuery queues = bed.app.workQueues();
                var appeals = ok(queues.appealsDue(me, MyWorkQuery.APPEALS_WITHIN_WORKING_DAYS), "appeals");
                var reviews = ok(queues.reviewsDue(me, MyWorkQuery.REVIEWS_WITHIN_DAYS), "reviews");
                assertThat(work.appealsToDecide().appendAll(work.appealsWaitingOnOthers()).map(a -> a.appeal()))
                        .containsExactlyInAnyOrderElementsOf(appeals.map(a -> a.appeal()));
                assertThat(work.reviewsToDo().appendAll(work.reviewsWaitingOnOthers()).map(r -> r.review()))
                        .containsExactlyInAnyOrderElementsOf(reviews.map(r -> r.review()));
                assertThat(work.myCases().map(MyWorkQuery.MyCase::caseId))
                        .containsExactlyInAnyOrderElementsOf(ok(queues.myCases(me), "my cases"));
            }
        }

        @Test
        @DisplayName("my cases come a page at a time, the most recently acted on first, saying whether more follow")
        void myCasesPageByPage() {
            CaseId alex = appealedContactStandards(Staff.SERVICE_MANAGER);
            CaseId bea = bed.journey.recordVerbalAbuse(BEA).caseId();

            MyWork first = ok(bed.app.myWork().myWork(Staff.OFFICER.id(), 1, 1), "my work, page 1");
            MyWork second = ok(bed.app.myWork().myWork(Staff.OFFICER.id(), 2, 1), "my work, page 2");
            MyWork beyond = ok(bed.app.myWork().myWork(Staff.OFFICER.id(), 3, 1), "my work, page 3");

            assertThat(first.myCases().map(MyWorkQuery.MyCase::caseId)).containsExactly(bea);
            assertThat(first.moreCases()).isTrue();
            assertThat(second.myCases().map(MyWorkQuery.MyCase::caseId)).containsExactly(alex);
            assertThat(second.moreCases()).isFalse();
            assertThat(beyond.myCases()).isEmpty();
        }

        @Test
        @DisplayName("the appeals and reviews waiting come a page at a time too, in the order due, none on two pages")
        void workQueuesPageByPage() {
            CaseId alex = appealedContactStandards(Staff.SERVICE_MANAGER);
            bed.clock.advance(Duration.ofDays(170)); // the review is within the 30 days shown

            MyWork first = ok(bed.app.myWork().myWork(Staff.ASSISTANT_DIRECTOR.id(), 1, 1), "my work, page 1");
            MyWork second = ok(bed.app.myWork().myWork(Staff.ASSISTANT_DIRECTOR.id(), 2, 1), "my work, page 2");

            assertThat(first.appealsToDecide().map(a -> a.appeal().caseId())).containsExactly(alex);
            assertThat(first.reviewsToDo().map(r -> r.review().caseId())).containsExactly(alex);
            assertThat(first.moreAppeals()).isFalse();
            assertThat(first.moreReviews()).isFalse();
            assertThat(second.appealsToDecide().appendAll(second.appealsWaitingOnOthers())).isEmpty();
            assertThat(second.reviewsToDo().appendAll(second.reviewsWaitingOnOthers())).isEmpty();
        }

        @Test
        @DisplayName("policy 4.2: an appeal is never shown as yours to decide when you made the decision")
        void neverYoursWhenYouMadeTheDecision() {
            // Contact standards authorised by an Assistant Director: the appeal is for an Assistant Director too.
            CaseId alex = appealedContactStandards(Staff.ASSISTANT_DIRECTOR);

            MyWork maker = ok(bed.app.myWork().myWork(Staff.ASSISTANT_DIRECTOR.id()), "my work");
            assertThat(maker.appealsToDecide()).isEmpty();
            assertThat(maker.appealsWaitingOnOthers()).singleElement().satisfies(a -> {
                assertThat(a.appeal().caseId()).isEqualTo(alex);
                assertThat(a.waitsOn()).contains("an Assistant Director or above who did not make the decision");
            });
            MyWork colleague = ok(bed.app.myWork().myWork(Staff.SECOND_ASSISTANT_DIRECTOR.id()), "my work");
            assertThat(colleague.appealsToDecide().map(a -> a.appeal().caseId())).containsExactly(alex);
            assertThat(colleague.appealsWaitingOnOthers()).isEmpty();
        }

        @Test
        @DisplayName("policy 4.2: a Service Manager sees an appeal against a Service Manager's decision as waiting"
                + " on an Assistant Director, and an Assistant Director sees it as theirs")
        void appealOneLevelUp() {
            CaseId alex = appealedContactStandards(Staff.SERVICE_MANAGER);

            for (StaffMember manager : List.of(Staff.SERVICE_MANAGER, Staff.SECOND_SERVICE_MANAGER)) {
                MyWork work = ok(bed.app.myWork().myWork(manager.id()), "my work");
                assertThat(work.appealsToDecide()).isEmpty();
                assertThat(work.appealsWaitingOnOthers()).singleElement().satisfies(a -> assertThat(a.waitsOn())
                        .contains("an Assistant Director or above who did not make the decision"));
            }
            MyWork director = ok(bed.app.myWork().myWork(Staff.ASSISTANT_DIRECTOR.id()), "my work");
            assertThat(director.appealsToDecide()).singleElement().satisfies(a -> {
                assertThat(a.appeal().caseId()).isEqualTo(alex);
                assertThat(a.waitsOn()).isEmpty();
            });
            assertThat(director.appealsWaitingOnOthers()).isEmpty();
        }

        @Test
        @DisplayName("policy 4.2: a restriction is yours to review at the level its measures need; below it, it waits"
                + " on a manager at that level")
        void reviewAtTheLevelTheMeasuresNeed() {
            CaseId alex = appealedContactStandards(Staff.SERVICE_MANAGER);
            CaseId bea = bed.journey.recordVerbalAbuse(BEA).caseId();
            WarningId warning = bed.journey.warn(bea, List.of(new ActionId(1)));
            bed.journey.authorise(bea, Staff.ASSISTANT_DIRECTOR, AProposal.serviceLimits(
                    Measures.healthAndSafetyRepairsOnly()).afterWarning(warning,
                    bed.journey.recordVerbalAbuse(BEA).actions()));
            bed.clock.advance(Duration.ofDays(200));

            MyWork manager = ok(bed.app.myWork().myWork(Staff.SERVICE_MANAGER.id()), "my work");
            assertThat(manager.reviewsToDo().map(r -> r.review().caseId())).containsExactly(alex);
            assertThat(manager.reviewsWaitingOnOthers()).singleElement().satisfies(r -> {
                assertThat(r.review().caseId()).isEqualTo(bea);
                assertThat(r.waitsOn()).contains("an Assistant Director or above");
            });
            MyWork director = ok(bed.app.myWork().myWork(Staff.ASSISTANT_DIRECTOR.id()), "my work");
            assertThat(director.reviewsToDo().map(r -> r.review().caseId())).containsExactlyInAnyOrder(alex, bea);
            assertThat(director.reviewsWaitingOnOthers()).isEmpty();
        }

        @Test
        @DisplayName("an officer sees every appeal and review due as waiting on someone else, saying on whom")
        void officerSeesEverythingWaiting() {
            CaseId alex = appealedContactStandards(Staff.SERVICE_MANAGER);
            bed.clock.advance(Duration.ofDays(170)); // the review is within the 30 days shown

            MyWork officer = ok(bed.app.myWork().myWork(Staff.OFFICER.id()), "my work");
            assertThat(officer.appealsToDecide()).isEmpty();
            assertThat(officer.reviewsToDo()).isEmpty();
            assertThat(officer.appealsWaitingOnOthers()).singleElement().satisfies(a -> {
                assertThat(a.appeal().caseId()).isEqualTo(alex);
                assertThat(a.waitsOn()).contains("an Assistant Director or above who did not make the decision");
            });
            assertThat(officer.reviewsWaitingOnOthers()).singleElement().satisfies(r -> {
                assertThat(r.review().caseId()).isEqualTo(alex);
                assertThat(r.waitsOn()).contains("a Service Manager or above");
            });
        }

        @Test
        @DisplayName("a page from 0 or a size outside 1 to 100 is refused, each with its field named")
        void badPagingRefused() {
            Failure refused = bed.app.myWork().myWork(Staff.OFFICER.id(), 0, 101).getLeft();
            assertThat(refused).isInstanceOf(Failure.Refused.class);
            assertThat(((Failure.Refused) refused).refusal().problems().map(p -> p.field()))
                    .containsExactly("page", "size");
            assertThat(bed.app.myWork().myWork(Staff.OFFICER.id(), 1, 0).isLeft()).isTrue();
            assertThat(bed.app.myWork().myWork(Staff.OFFICER.id(), 1, 100).isRight()).isTrue();
        }

        @Test
        @DisplayName("a member of staff not in the staff directory sees no work")
        void unknownStaff() {
            assertThat(bed.app.myWork().myWork(new StaffId("stranger")).getLeft())
                    .isInstanceOf(Failure.NotPermitted.class);
        }
    }

    @Nested
    class CasePageView {

        @Test
        @DisplayName("the case page names everyone who recorded, warned, informed, appealed or was refused")
        void everyNameResolved() {
            CaseId caseId = appealedContactStandards(Staff.SERVICE_MANAGER);
            ok(bed.app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                    Staff.CONTACT_CENTRE_OFFICER.id(), ALEX, List.of(Reports.offensiveLanguage(bed.clock.now())))),
                    "record by the contact centre");
            var refused = bed.app.issueWarning().issueWarning(new IssueWarningUseCase.Command(
                    Staff.CONTACT_CENTRE_OFFICER.id(), caseId, List.empty(), "", ""));
            assertThat(refused.isLeft()).isTrue();

            assertThat(ok(bed.app.casePage().casePage(Staff.OFFICER.id(), caseId), "an officer's case page").audit())
                    .as("an officer is not shown the audit trail").isEmpty();
            CasePage page = ok(bed.app.casePage().casePage(Staff.SERVICE_MANAGER.id(), caseId), "the case page");
            assertThat(page.resident().name()).isEqualTo("Alex Morgan");
            assertThat(page.guidanceNow().restricted()).isTrue();
            assertThat(page.timeline().map(e -> e.event())).isEqualTo(page.theCase().history());
            assertThat(page.timeline().map(e -> e.byName())).containsExactly("Olu Adeyemi", "Olu Adeyemi",
                    "Olu Adeyemi", "Sam Whitfield", "Olu Adeyemi", "Olu Adeyemi", "Priya Shah");
            assertThat(page.audit().map(e -> e.entry().outcome())).endsWith(AuditLog.Outcome.REFUSED);
            assertThat(page.audit().last().whoName()).isEqualTo("Priya Shah");
            assertThat(page.audit()).hasSize(8);
            Case c = page.theCase();
            assertThat(page.nameOf(c.actions().last().recordedBy())).isEqualTo("Priya Shah");
            assertThat(page.nameOf(c.warnings().head().issuedBy())).isEqualTo("Olu Adeyemi");
            assertThat(page.nameOf(c.appeals().head().recordedBy())).isEqualTo("Olu Adeyemi");
            assertThat(page.nameOf(c.decisions().head().safeguards().whoInformsResident()))
                    .isEqualTo("Olu Adeyemi");
        }

        @Test
        @DisplayName("a member of staff who has left the directory is shown by their staff id")
        void leaverShownById() {
            StaffMember leaver = new StaffMember(new StaffId("officer-left-2024"), "Lee Gone", "Housing Management",
                    AuthorityLevel.NONE);
            ResidentId resident = ALEX;
            Case stored = Fixtures.after(Case.open(bed.uca.cases.nextId(), resident)
                    .recordActions(List.of(Reports.verbalAbuse(bed.clock.now())), leaver, bed.clock.now()));
            bed.uca.unitOfWork.inTransaction(() -> {
                bed.uca.cases.save(stored, 0);
                return null;
            });

            CasePage page = ok(bed.app.casePage().casePage(Staff.OFFICER.id(), stored.id()), "the case page");
            assertThat(page.timeline().map(e -> e.byName())).containsExactly("officer-left-2024");
            assertThat(page.nameOf(leaver.id())).isEqualTo("officer-left-2024");
        }

        @Test
        @DisplayName("an appeal is offered only to a manager one level up who did not make the decision")
        void appealOfferedOneLevelUpOnly() {
            // Contact standards authorised by an Assistant Director: the appeal goes to an Assistant Director too.
            CaseId caseId = appealedContactStandards(Staff.ASSISTANT_DIRECTOR);
            AppealId appeal = new AppealId(1);
            assertThat(page(caseId, Staff.SECOND_ASSISTANT_DIRECTOR).appealsYouMayDecide()).containsExactly(appeal);
            assertThat(page(caseId, Staff.DIRECTOR).appealsYouMayDecide()).containsExactly(appeal);
            assertThat(page(caseId, Staff.ASSISTANT_DIRECTOR).appealsYouMayDecide()).isEmpty();
            assertThat(page(caseId, Staff.SERVICE_MANAGER).appealsYouMayDecide()).isEmpty();
            assertThat(page(caseId, Staff.OFFICER).appealsYouMayDecide()).isEmpty();
        }

        private CasePage page(CaseId caseId, StaffMember who) {
            return ok(bed.app.casePage().casePage(who.id(), caseId), "the case page");
        }

        @Test
        @DisplayName("an unknown case is not found")
        void unknownCase() {
            assertThat(bed.app.casePage().casePage(Staff.OFFICER.id(), bed.uca.cases.nextId()).getLeft())
                    .isInstanceOf(Failure.NotFound.class);
        }
    }

    @Nested
    class GuidancePageView {

        @Test
        @DisplayName("a restricted resident's page has their details, the guidance now and their case")
        void withCase() {
            CaseId caseId = appealedContactStandards(Staff.SERVICE_MANAGER);
            var page = ok(bed.app.guidancePage().guidancePage(Staff.OFFICER.id(), ALEX), "the guidance page");
            assertThat(page.resident().name()).isEqualTo("Alex Morgan");
            assertThat(page.resident().address()).contains("Elm Road");
            assertThat(page.caseId()).contains(caseId);
            assertThat(page.guidanceNow()).isEqualTo(ok(bed.app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX),
                    "guidance"));
            assertThat(page.guidanceNow().restricted()).isTrue();
        }

        @Test
        @DisplayName("a resident with no case may be helped as usual; a reference nobody holds is not found")
        void withoutCase() {
            var page = ok(bed.app.guidancePage().guidancePage(Staff.OFFICER.id(), BEA), "the guidance page");
            assertThat(page.resident().name()).isEqualTo("Bea Okafor");
            assertThat(page.caseId()).isEmpty();
            assertThat(page.guidanceNow().restricted()).isFalse();
            assertThat(bed.app.guidancePage().guidancePage(Staff.OFFICER.id(), new ResidentId("R-0000")).getLeft())
                    .isInstanceOf(Failure.NotFound.class);
        }
    }
}
