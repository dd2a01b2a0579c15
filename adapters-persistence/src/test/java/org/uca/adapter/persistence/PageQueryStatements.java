package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.testbed.Journey.ok;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.CasePageQuery.CasePage;
import org.uca.application.port.in.MyWorkQuery.MyWork;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.fixtures.Fixtures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/**
 * Each page's read model costs a fixed number of statements, whatever it shows: a home page of 50 cases as one of 1,
 * a case page of 300 events by 30 members of staff as one of 4 events. Every count includes the application's one
 * look-up of the member of staff asking.
 */
abstract class PageQueryStatements extends OnADatabase {

    /**
     * The asking member of staff, appeals due, reviews due, filed correspondence to screen, my cases with their
     * status.
     */
    static final int MY_WORK = 5;
    /** As {@link #MY_WORK}, and the notices withheld to re-check, which only an Assistant Director or above re-checks. */
    static final int MY_WORK_OF_AN_ASSISTANT_DIRECTOR = MY_WORK + 1;
    /**
     * The asking member of staff, the case, its resident, its audit trail, its timeline (case_event, the history's
     * only copy), every staff name at once; and one insert, the line saying who looked.
     */
    static final int CASE_PAGE = 7;
    /** The asking member of staff, the resident's case, the resident; and the insert of who looked. */
    static final int GUIDANCE_PAGE = 4;
    /**
     * The asking member of staff, the case, a page of its attempts and their count, a page of its looks and their
     * count, every name and role at once, the resident; and the insert of who looked.
     */
    static final int AUDIT_PAGE = 9;

    private ResidentId resident(int i) {
        ResidentId id = new ResidentId("R-3" + String.format("%03d", i));
        db.database.saveResident(new Resident(id, "Resident " + i, i + " Long Lane, London"));
        return id;
    }

    @Test
    @DisplayName("the home page (my work) takes the same statements with 50 cases, appeals and reviews as with 1")
    void myWorkDoesNotGrowWithRows() {
        CaseId first = caseWithContactStandards(ALEX);
        journey.appeal(first, new DecisionId(1));
        clock.advance(Duration.ofDays(170)); // the review (six months on) is now within the 30 days shown

        MyWork one = expectStatements(MY_WORK, "my work with one case",
                () -> ok(app.myWork().myWork(Staff.SERVICE_MANAGER.id()), "my work"));
        assertThat(one.appealsWaitingOnOthers()).hasSize(1); // their own decision, reviewed one level up
        assertThat(one.reviewsToDo()).hasSize(1);
        assertThat(one.myCases()).hasSize(1);

        for (int i = 0; i < 49; i++) {
            CaseId other = caseWithContactStandards(resident(i));
            if (i % 4 == 0) {
                journey.appeal(other, new DecisionId(1));
            }
        }
        clock.advance(Duration.ofDays(250)); // every review is now due

        MyWork fifty = expectStatements(MY_WORK, "my work with fifty cases",
                () -> ok(app.myWork().myWork(Staff.SERVICE_MANAGER.id()), "my work"));
        assertThat(fifty.appealsToDecide()).isEmpty();
        assertThat(fifty.appealsWaitingOnOthers()).hasSize(14).allSatisfy(a -> assertThat(a.waitsOn())
                .contains("an Assistant Director or above who did not make the decision"));
        assertThat(fifty.reviewsToDo()).hasSize(50);
        assertThat(fifty.reviewsWaitingOnOthers()).isEmpty();
        assertThat(fifty.myCases()).hasSize(50);
        assertThat(fifty.myCases().map(c -> c.residentName())).contains("Alex Morgan", "Resident 0", "Resident 48");
        assertThat(fifty.myCases()).allSatisfy(c -> assertThat(c.reviewOverdue()).isTrue());

        MyWork firstTwenty = ok(app.myWork().myWork(Staff.SERVICE_MANAGER.id(), 1, 20), "my work");
        MyWork third = expectStatements(MY_WORK, "the third page of my cases, as the first",
                () -> ok(app.myWork().myWork(Staff.SERVICE_MANAGER.id(), 3, 20), "my work"));
        assertThat(firstTwenty.myCases()).hasSize(20);
        assertThat(firstTwenty.moreCases()).isTrue();
        assertThat(third.myCases()).hasSize(10);
        assertThat(third.moreCases()).isFalse();
        assertThat(third.myCases().map(c -> c.caseId())).doesNotContainAnyElementsOf(
                firstTwenty.myCases().map(c -> c.caseId()));
        MyWork second = ok(app.myWork().myWork(Staff.SERVICE_MANAGER.id(), 2, 20), "my work");
        assertThat(firstTwenty.appealsWaitingOnOthers()).hasSize(14);
        assertThat(firstTwenty.moreAppeals()).isFalse();
        assertThat(second.appealsWaitingOnOthers()).isEmpty();
        assertThat(firstTwenty.reviewsToDo().appendAll(second.reviewsToDo()).appendAll(third.reviewsToDo())
                .map(r -> r.review().caseId()).distinct()).as("50 reviews over three pages, none twice").hasSize(50);
        assertThat(second.moreReviews()).isTrue();
        assertThat(third.reviewsToDo()).hasSize(10);
        assertThat(third.moreReviews()).isFalse();

        MyWork officer = expectStatements(MY_WORK, "the work queues of an officer",
                () -> ok(app.myWork().myWork(Staff.OFFICER.id()), "my work"));
        assertThat(officer.appealsToDecide().appendAll(officer.appealsWaitingOnOthers())).hasSize(14);
        assertThat(officer.appealsToDecide()).isEmpty();
        assertThat(officer.reviewsToDo()).isEmpty();
        MyWork director = expectStatements(MY_WORK_OF_AN_ASSISTANT_DIRECTOR, "the work queues of an Assistant Director",
                () -> ok(app.myWork().myWork(Staff.ASSISTANT_DIRECTOR.id()), "my work"));
        assertThat(director.appealsToDecide()).hasSize(14);
        assertThat(director.appealsWaitingOnOthers()).isEmpty();
    }

    @Test
    @DisplayName("the case page takes the same statements with 300 events by 30 members of staff as with 4 events")
    void casePageDoesNotGrowWithEventsOrStaff() {
        CaseId small = caseWithContactStandards(ALEX);
        CasePage few = expectStatements(CASE_PAGE, "a case page with 4 events",
                () -> ok(app.casePage().casePage(Staff.SERVICE_MANAGER.id(), small), "the case page"));
        assertThat(few.timeline()).hasSize(4);

        Case large = caseOf300EventsBy30Staff(BEA);
        CasePage many = expectStatements(CASE_PAGE, "a case page with 300 events and 330 audit entries",
                () -> ok(app.casePage().casePage(Staff.SERVICE_MANAGER.id(), large.id()), "the case page"));
        assertThat(many.timeline()).hasSize(300);
        assertThat(many.audit()).hasSize(330);
        assertThat(many.staffNames()).hasSize(31); // the 30 who recorded, and the officer who reported
        assertThat(many.timeline().map(e -> e.byName()).distinct()).hasSize(30)
                .allSatisfy(name -> assertThat(name).startsWith("Member of staff "));
        assertThat(many.audit().map(e -> e.whoName()).distinct()).hasSize(30);
    }

    @Test
    @DisplayName("the audit page takes the same statements with 330 audit entries by 30 members of staff as with 4,"
            + " and shows a page of them, newest first, with each one's name and role")
    void auditPageDoesNotGrowWithEntriesOrStaff() {
        CaseId small = caseWithContactStandards(ALEX);
        var few = expectStatements(AUDIT_PAGE, "an audit page with 4 entries",
                () -> ok(app.caseAudit().caseAudit(Staff.SERVICE_MANAGER.id(), small, 1, 1, 25), "the audit page"));
        assertThat(few.attempts().total()).isEqualTo(4);

        Case large = caseOf300EventsBy30Staff(BEA);
        var many = expectStatements(AUDIT_PAGE, "an audit page with 330 entries by 30 members of staff",
                () -> ok(app.caseAudit().caseAudit(Staff.SERVICE_MANAGER.id(), large.id(), 2, 1, 100),
                        "the audit page"));
        assertThat(many.attempts().total()).isEqualTo(330);
        assertThat(many.attempts().items()).hasSize(100);
        assertThat(many.attempts().items().head().entry().why()).isEqualTo("Recorded action 230.");
        assertThat(many.attempts().items().map(a -> a.whoName()).distinct()).hasSize(30)
                .allSatisfy(name -> assertThat(name).startsWith("Member of staff "));
    }

    @Test
    @DisplayName("the guidance page takes the same statements for a small case or a large one, and one more for a"
            + " resident with no case (their reference in the access log)")
    void guidancePageDoesNotGrowWithTheCase() {
        // With no case, the line saying who looked names the resident by their reference (made the first time).
        expectStatements(GUIDANCE_PAGE + 2, "the guidance page of a resident with no case, named in the log first",
                () -> ok(app.guidancePage().guidancePage(Staff.OFFICER.id(), BEA), "the guidance page"));
        expectStatements(GUIDANCE_PAGE + 1, "the guidance page of a resident with no case, named in the log before",
                () -> ok(app.guidancePage().guidancePage(Staff.OFFICER.id(), BEA), "the guidance page"));
        caseWithContactStandards(ALEX);
        var restricted = expectStatements(GUIDANCE_PAGE, "the guidance page of a restricted resident",
                () -> ok(app.guidancePage().guidancePage(Staff.OFFICER.id(), ALEX), "the guidance page"));
        assertThat(restricted.guidanceNow().restricted()).isTrue();
        assertThat(restricted.caseId()).isNotEmpty();
        caseOf300EventsBy30Staff(BEA);
        var large = expectStatements(GUIDANCE_PAGE, "the guidance page of a resident with 300 events",
                () -> ok(app.guidancePage().guidancePage(Staff.OFFICER.id(), BEA), "the guidance page"));
        assertThat(large.resident().name()).isEqualTo("Bea Okafor");
    }

    /**
     * A case of 300 recorded actions by 30 members of staff in turn, saved at once, and an audit trail of 330
     * entries by them: as many rows as a long-running case has, without 300 commands.
     */
    private Case caseOf300EventsBy30Staff(ResidentId resident) {
        List<StaffMember> staff = List.range(0, 30).map(i -> new StaffMember(new StaffId("staff-" + i),
                "Member of staff " + i, "Team " + (i % 5), AuthorityLevel.NONE));
        staff.forEach(db.database::saveStaff);
        Instant start = clock.now();
        Case c = Case.open(ports.cases().nextId(), resident);
        for (int i = 0; i < 300; i++) {
            Instant at = start.plusSeconds(60L * i);
            c = Fixtures.after(c.recordActions(List.of(Reports.verbalAbuse(at)), staff.get(i % 30), at));
        }
        Case built = c;
        ports.unitOfWork().inTransaction(() -> {
            ports.cases().save(built, 0);
            List.range(0, 330).forEach(i -> ports.audit().append(new AuditLog.Entry(start.plusSeconds(i),
                    staff.get(i % 30).id(), "record unacceptable actions", Option.some(built.id()),
                    AuditLog.Outcome.ACCEPTED, "Recorded action " + (i + 1) + ".")));
            return null;
        });
        clock.advance(Duration.ofDays(1));
        return built;
    }
}
