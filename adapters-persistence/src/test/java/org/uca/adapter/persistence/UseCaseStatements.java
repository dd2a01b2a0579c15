package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.testbed.Journey.ok;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.DecideAppealUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ImportResidentsUseCase;
import org.uca.application.port.in.FiledCorrespondenceUseCase;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.in.LiftRestrictionUseCase;
import org.uca.application.port.in.RecordContactUseCase;
import org.uca.application.port.in.RecordResidentNeedsUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.in.ReviewRestrictionUseCase;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.testbed.StaffRoles;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffMember;
import org.uca.domain.people.StaffId;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.ResidentNeeds;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.ResidentId;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;

/**
 * Every use case sends a fixed, small number of statements, whatever the number of cases, actions or results: an
 * N+1 fails these tests. Queries count one statement to look up the member of staff asking (the application
 * checks every question comes from known staff) plus their own reads; commands add the writes of the change, its
 * audit entry and its letter or notifications, all in one transaction. A command that adds or changes a part of
 * the case (an action, warning, decision, appeal or contact) writes it as its own row: one statement more than when
 * the whole case was one snapshot, and what keeps storage per event from growing with the case. A command that moves
 * a figure of the monitoring report (an action, a warning, a decision, an appeal lodged or decided) adds to the
 * day's counts in one statement more; the others (contact time, needs, informing, a review, a lift) send none.
 */
abstract class UseCaseStatements extends OnADatabase {

    private static <T> T accepted(Either<Failure, T> result) {
        return ok(result, "run the use case");
    }

    @Test
    @DisplayName("contact guidance is one read in auto-commit (the resident, their case's guidance facts and whether"
            + " the staff directory changed, read together) and one insert saying who looked")
    void contactGuidanceIsOneStatement() {
        caseWithContactStandards(ALEX);

        expectStatements(1, "the resident's case, as the other use cases read it",
                () -> ports.cases().findByResident(ALEX));
        expectStatements(3, "contact guidance, the first time a member of staff asks (their entry is read once)",
                () -> accepted(app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX)));

        // One read, and one insert: the line saying who looked (the access log), in its own short transaction.
        var guidance = expectStatements(2, "contact guidance",
                () -> accepted(app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX)));
        assertThat(guidance.restricted()).isTrue();
        assertThat(db.log.statements().get(0)).contains("uca_case").contains("resident")
                .contains("staff_directory_generation");
        assertThat(db.log.statements().get(1)).startsWith("insert into access_entry");
        assertThat(db.log.autoCommitted()).as("no BEGIN or COMMIT around the read").hasSize(1);
        // A resident with no case must still be known, so a mistyped reference is not read as "no limits".
        // The line saying who looked names a resident with no case by their reference, made the first time.
        assertThat(expectStatements(4, "contact guidance for a resident without a case, named in the log first",
                () -> accepted(app.contactGuidance().guidanceFor(Staff.OFFICER.id(), BEA))).restricted()).isFalse();
        expectStatements(3, "contact guidance for a resident without a case, named in the log before",
                () -> accepted(app.contactGuidance().guidanceFor(Staff.OFFICER.id(), BEA)));
        assertThat(expectStatements(1, "contact guidance for a reference the housing system does not know",
                () -> app.contactGuidance().guidanceFor(Staff.OFFICER.id(), new ResidentId("R-NOBODY")).getLeft()))
                .isInstanceOf(org.uca.application.port.in.Failure.NotFound.class);

        db.database.saveStaff(new StaffMember(new StaffId("S-NEW"), "New Starter", "Housing", AuthorityLevel.NONE));
        expectStatements(3, "contact guidance after a change to the staff directory (the entry is read again)",
                () -> accepted(app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX)));
    }

    @Test
    @DisplayName("guidance facts an older UCA left behind the case's version, or that cannot be read, are not trusted:"
            + " the guidance is worked out from the case itself")
    void staleGuidanceFactsAreNotTrusted() throws java.sql.SQLException {
        caseWithContactStandards(ALEX);
        var fromFacts = accepted(app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX));
        try (var c = db.jdbc(); var s = c.createStatement()) {
            // as an older UCA's save would leave it: a new head, the facts of before (here: none in force)
            s.executeUpdate("update uca_case set guidance_version = case_version - 1,"
                    + " guidance = '{\"format\":1,\"inForce\":[],\"contactTime\":[]}'");
        }

        var fromCase = expectStatements(3, "contact guidance with stale facts (the look-up, the case, who looked)",
                () -> accepted(app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX)));
        assertThat(fromCase).isEqualTo(fromFacts);
        assertThat(fromCase.restricted()).isTrue();
        assertThat(db.log.statements().get(1)).contains("case_part");

        for (String kept : java.util.List.of("null", "'{\"format\":1,\"inForce\":[{\"reviewDate\":\"soon\"}]}'",
                "'{\"format\":2,\"facts\":\"of a newer UCA\"}'")) {
            try (var c = db.jdbc(); var s = c.createStatement()) {
                s.executeUpdate("update uca_case set guidance_version = case_version, guidance = " + kept);
            }
            assertThat(expectStatements(3, "contact guidance with facts kept as " + kept,
                    () -> accepted(app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX))))
                    .as("facts kept as %s", kept).isEqualTo(fromFacts);
        }
    }

    @Test
    @DisplayName("every command writes its change, timeline, projections, audit and letters in a fixed number of statements")
    void commands() {
        clock.advance(Duration.ofDays(1));
        var recorded = expectStatements(9, "record unacceptable actions (new case; the day's actions counted)",
                () -> accepted(app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                        Staff.OFFICER.id(), ALEX, List.of(Reports.verbalAbuse(clock.now().minus(Duration.ofHours(1))))))));
        CaseId caseId = recorded.caseId();
        clock.advance(Duration.ofDays(1));
        var warned = expectStatements(11, "issue a warning (with its letter, its signatory's staff record;"
                + " the day's warnings counted)",
                () -> accepted(app.issueWarning().issueWarning(new IssueWarningUseCase.Command(Staff.OFFICER.id(),
                        caseId, List.of(new ActionId(1)), "Shouting at staff is abusive.", "Speak calmly."))));
        clock.advance(Duration.ofDays(1));
        var further = expectStatements(9, "record three further actions together (existing case; counted in one"
                        + " statement)",
                () -> accepted(app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                        Staff.OFFICER.id(), ALEX, List.of(Reports.verbalAbuse(clock.now().minus(Duration.ofHours(3))),
                                Reports.offensiveLanguage(clock.now().minus(Duration.ofHours(2))),
                                Reports.disproportionateContact(clock.now().minus(Duration.ofHours(1))))))));
        clock.advance(Duration.ofDays(1));
        expectStatements(13, "authorise measures (three measures, two notifications, the named informer checked once;"
                        + " measures, team, level and the warning it rests on counted in one statement; whether a"
                        + " receiving system takes the event)",
                () -> accepted(app.authoriseMeasures().authorise(new org.uca.application.port.in.AuthoriseMeasuresUseCase.Command(
                        Staff.SERVICE_MANAGER.id(), caseId, AProposal.contactStandards(Measures.singlePointOfContact(),
                                Measures.noEmail(), Measures.thirtyMinutesAWeek())
                                .afterWarning(warned.warning(), further.actions())
                                .decidedOn(UkTime.dateOf(clock.now())).build()))));
        clock.advance(Duration.ofDays(1));
        // each time notice is withheld is a row of its own (issue 15 §3): one insert, and one update when it ends
        expectStatements(10, "withhold notice from the resident (its letters' sendings read: none sent; the time"
                + " withheld stored; Service Development Team told)",
                () -> accepted(app.withholdNotice().withholdNotice(new org.uca.application.port.in.WithholdNoticeUseCase
                        .Command(Staff.ASSISTANT_DIRECTOR.id(), caseId, new DecisionId(1), "Telling him now would put"
                        + " the investigating officer at risk.", UkTime.dateOf(clock.now()).plusMonths(1)))));
        expectStatements(9, "end withholding notice at its re-check (Service Development Team told)",
                () -> accepted(app.withholdNotice().endNoticeWithheld(new org.uca.application.port.in.WithholdNoticeUseCase
                        .End(Staff.ASSISTANT_DIRECTOR.id(), caseId, new DecisionId(1), "The investigation closed."))));
        clock.advance(Duration.ofDays(1));
        expectStatements(10, "record that the resident was informed (informer checked, with the decision letter and its"
                + " signatory's staff record)",
                () -> journey.inform(caseId, new DecisionId(1)));
        var lodged = expectStatements(8, "lodge an appeal (the day's appeals counted)",
                () -> journey.lodge(caseId, new DecisionId(1)));
        clock.advance(Duration.ofDays(1));
        expectStatements(13, "decide an appeal (outcome letter and its signatory's staff record, Service Development"
                + " Team told; the outcome counted; whether a receiving system takes the event)",
                () -> accepted(app.decideAppeal().decideAppeal(new DecideAppealUseCase.Command(
                        Staff.ASSISTANT_DIRECTOR.id(), caseId, lodged.appeal(), AppealOutcome.DECISION_UPHELD,
                        List.empty(), "The recordings support the decision."))));
        clock.advance(Duration.ofDays(1));
        expectStatements(6, "record reasonable adjustments and vulnerability",
                () -> accepted(app.recordResidentNeeds().recordNeeds(new RecordResidentNeedsUseCase.Command(
                        Staff.OFFICER.id(), ALEX, new ResidentNeeds(List.empty(), "Lives alone.")))));
        expectStatements(7, "record contact time",
                () -> accepted(app.recordContact().recordContact(new RecordContactUseCase.Command(Staff.OFFICER.id(),
                        ALEX, clock.now(), 15, Channel.PHONE))));
        expectStatements(7, "log correspondence filed without a reply (its projection row inserted)",
                () -> accepted(app.filedCorrespondence().log(new FiledCorrespondenceUseCase.Log(Staff.OFFICER.id(),
                        caseId, UkTime.dateOf(clock.now()), Channel.LETTER, "A letter about the boiler."))));
        expectStatements(2, "correspondence to screen (the asker, the queue)",
                () -> accepted(app.workQueues().correspondenceToScreen(Staff.OFFICER.id())));
        expectStatements(8, "screen filed correspondence (its projection row updated; a safeguarding concern: the"
                + " Service Development Team told)",
                () -> accepted(app.filedCorrespondence().screen(new FiledCorrespondenceUseCase.Screen(
                        Staff.OFFICER.id(), caseId, 1, Option.none(), Option.some("Referred to adult care.")))));
        clock.advance(Duration.ofDays(1));
        LocalDate nextReview = UkTime.dateOf(clock.now()).plusMonths(3);
        expectStatements(11, "review a restriction (with the review letter and its signatory's staff record; whether a"
                + " receiving system takes the event)",
                () -> accepted(app.reviewRestriction().review(new ReviewRestrictionUseCase.Command(
                        Staff.SERVICE_MANAGER.id(), caseId, new DecisionId(1), ReviewOutcome.CONTINUE, List.empty(),
                        "Still needed.", Option.some(nextReview)))));
        clock.advance(Duration.ofDays(1));
        expectStatements(12, "lift a restriction (review letter and its signatory's staff record, Service Development"
                + " Team told; whether a receiving system takes the event)",
                () -> accepted(app.liftRestriction().lift(new LiftRestrictionUseCase.Command(Staff.SERVICE_MANAGER.id(),
                        caseId, new DecisionId(1), "No incidents for three months."))));
        var refused = expectStatements(3, "a refused command (audited)",
                () -> app.issueWarning().issueWarning(new IssueWarningUseCase.Command(Staff.OFFICER.id(), caseId,
                        List.empty(), "", "")));
        assertThat(refused.isLeft()).isTrue();
        // Refused for the role, before anything is read: the staff look-up (with its role) and the audit entry.
        var notPermitted = expectStatements(2, "a command the role does not allow (audited)",
                () -> app.authoriseMeasures().authorise(new org.uca.application.port.in.AuthoriseMeasuresUseCase.Command(
                        Staff.OFFICER.id(), caseId, AProposal.contactStandards(Measures.noEmail())
                                .afterWarning(warned.warning(), further.actions())
                                .decidedOn(UkTime.dateOf(clock.now())).build())));
        assertThat(notPermitted.getLeft()).isInstanceOf(Failure.NotPermitted.class);
    }

    @Test
    @DisplayName("every question staff ask is answered in a fixed number of statements, however many cases there are")
    void queries() {
        CaseId alex = caseWithContactStandards(ALEX);
        journey.appeal(alex, new DecisionId(1));
        // Enough other residents and cases that a statement per case or per result would show.
        for (int i = 0; i < 12; i++) {
            ResidentId resident = new ResidentId("R-2" + String.format("%03d", i));
            db.database.saveResident(new Resident(resident, "Test Resident " + i, i + " Long Lane, London"));
            if (i % 2 == 0) {
                caseWithContactStandards(resident);
            }
        }
        LocalDate today = UkTime.dateOf(clock.now());

        var found = expectStatements(3, "find residents (each with their case and whether restricted)",
                () -> accepted(app.findResidents().findResidents(Staff.OFFICER.id(), "resident")));
        assertThat(found).hasSize(12);
        assertThat(found.count(f -> f.restricted())).isEqualTo(6);
        var secondPage = expectStatements(3, "a later page of residents found (the same count as the first)",
                () -> accepted(app.findResidents().findResidents(Staff.OFFICER.id(), "resident", 2, 5)));
        assertThat(secondPage.found()).hasSize(5);
        assertThat(secondPage.hasNext()).isTrue();
        var view = expectStatements(5, "view a case (case, resident, audit trail, who looked)",
                () -> accepted(app.viewCase().viewCase(Staff.SERVICE_MANAGER.id(), alex)));
        assertThat(view.audit()).as("a manager is shown the audit trail").isNotEmpty();
        var timeline = expectStatements(1, "the case's timeline, read when the case page asks for it",
                () -> view.theCase().history());
        assertThat(timeline).hasSize((int) view.theCase().version());
        expectStatements(2, "the resident's case", () -> accepted(app.viewCase().caseOf(Staff.OFFICER.id(), ALEX)));
        expectStatements(5, "a letter again (with its signatory's staff record, and who looked)",
                () -> accepted(app.letters().letter(Staff.OFFICER.id(), alex,
                        new LetterQuery.Which.ForDecision(new DecisionId(1)))));
        var appeals = expectStatements(2, "appeals due",
                () -> accepted(app.workQueues().appealsDue(Staff.ASSISTANT_DIRECTOR.id(), 20)));
        assertThat(appeals).hasSize(1);
        var reviews = expectStatements(2, "reviews due",
                () -> accepted(app.workQueues().reviewsDue(Staff.SERVICE_MANAGER.id(), 365)));
        assertThat(reviews).hasSize(7);
        expectStatements(2, "notices withheld to re-check, across every case",
                () -> accepted(app.workQueues().noticesWithheldToRecheck(Staff.ASSISTANT_DIRECTOR.id())));
        var restricted = expectStatements(2, "residents with restrictions in force",
                () -> accepted(app.workQueues().residentsWithRestrictions(Staff.SERVICE_MANAGER.id())));
        assertThat(restricted).hasSize(7);
        var mine = expectStatements(2, "my cases",
                () -> accepted(app.workQueues().myCases(Staff.SERVICE_MANAGER.id())));
        assertThat(mine).hasSize(7);
        var report = expectStatements(2, "the monitoring report",
                () -> accepted(app.monitoring().report(Staff.SERVICE_MANAGER.id(), today.minusMonths(2), today)));
        assertThat(report.decisions()).isEqualTo(7);
        var ended = org.uca.domain.calendar.Quarter.containing(today).previous();
        expectStatements(3, "the monitoring report for an ended quarter (its published equality comparison looked"
                + " for; none, and nothing known of anyone, so worked out and not published)",
                () -> accepted(app.monitoring().report(Staff.SERVICE_MANAGER.id(), ended.first(), ended.last())));
        // The staff look-up, the resident, the case, letters, their sendings, notifications, audit trail, access
        // lines and the events sent to other systems, then the export's own audit entry and access line: 11 (the timeline is read when the export is shown,
        // not here; the export by UcaDatabase before it was a use case read 5, unchecked and unaudited).
        var export = expectStatements(11, "a subject-access export (checked, audited and logged as a look)",
                () -> accepted(app.exportSubjectAccess().export(StaffRoles.DATA_PROTECTION_OFFICER.id(), ALEX)));
        assertThat(export.lettersIssued()).isNotEmpty();
        var refused = expectStatements(2, "a question the role does not allow (audited)",
                () -> app.viewCase().viewCase(StaffRoles.ADMINISTRATOR.id(), alex));
        assertThat(refused.getLeft()).isInstanceOf(Failure.NotPermitted.class);
        expectStatements(1, "the health check", () -> db.database.healthy());
    }
    @Test
    @DisplayName("a resident import sends one look-up per 500 references and one batch per 500 changed residents,"
            + " whatever the size of the file; re-importing it writes nothing")
    void residentImportIsChunkedNotPerRow() {
        ImportResidentsUseCase.ResidentFile file = housingFile(1_200);
        var report = expectStatements(3 + 3 + 1 + planning(), "importing 1 200 new residents (three look-ups, three"
                + " batches, the audit entry)",
                () -> accepted(app.importResidentsAtTheConsole().importAtTheConsole(file, true)));
        assertThat(report.added()).isEqualTo(1_200);
        assertThat(db.log.statements()).filteredOn(sql -> sql.contains("[batch of")).hasSize(3);

        var again = expectStatements(3 + 1 + planning(), "the same file again: the look-ups and the audit entry",
                () -> accepted(app.importResidentsAtTheConsole().importAtTheConsole(file, true)));
        assertThat(again.unchanged()).isEqualTo(1_200);
    }

    /**
     * On PostgreSQL the look-ups are planned for the table as it is: one {@code set local} before each of the import's
     * reads of 1 000 references (two for 1 200).
     */
    private int planning() {
        return kind() == TestDatabase.Kind.POSTGRESQL ? 2 : 0;
    }

    private static ImportResidentsUseCase.ResidentFile housingFile(int rows) {
        List<ImportResidentsUseCase.Row> lines = List.range(0, rows).map(i -> new ImportResidentsUseCase.Row(i + 2,
                io.vavr.collection.HashMap.of("reference", String.format("R-IMP-%05d", i), "name", "Resident " + i,
                        "address_line_1", i + " Example Street", "postcode", "E1 6AN")));
        return new ImportResidentsUseCase.ResidentFile(List.of("reference", "name", "address_line_1", "postcode"),
                lines);
    }
}
