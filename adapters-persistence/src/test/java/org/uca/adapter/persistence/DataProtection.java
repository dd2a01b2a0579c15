package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.testbed.Journey.ok;

import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.ApplyRetentionUseCase;
import org.uca.application.port.in.LiftRestrictionUseCase;
import org.uca.application.port.out.AuditLog;
import org.uca.application.testbed.StaffRoles;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.fixtures.Fixtures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.shared.UkTime;

/**
 * UK GDPR on a real database: what is left in the tables once the retention rule has run, and the subject access
 * export's reads. The rules themselves are the application's and the domain's (tested there and in the ports
 * contract); this checks what the database really holds.
 */
abstract class DataProtection extends OnADatabase {

    @Test
    @DisplayName("once the retention rule has run, no table holds the resident's reference or free text about the"
            + " case: the snapshot is rewritten, letters and notifications are deleted")
    void retentionLeavesNothingPersonal() {
        Instant now = Fixtures.NOW;
        clock.set(now.minus(Duration.ofDays(7 * 366)));
        CaseId alex = caseWithContactStandards(ALEX);
        journey.inform(alex, new DecisionId(1));
        clock.advance(Duration.ofDays(1));
        ok(app.liftRestriction().lift(new LiftRestrictionUseCase.Command(Staff.SERVICE_MANAGER.id(), alex,
                new DecisionId(1), "No further incidents.")), "lift the restriction");
        clock.set(now);
        assertThat(count("issued_letter", alex)).as("letters before").isPositive();

        var applied = ok(app.applyRetention().applyRetention(ApplyRetentionUseCase.DEFAULT_PERIOD), "retention");

        assertThat(applied.anonymised()).isEqualTo(1);
        assertThat(count("issued_letter", alex)).as("letters to Alex").isZero();
        assertThat(count("notification_outbox", alex)).as("notifications about Alex").isZero();
        // Format 2: the head, and each action, warning, decision and appeal as its own part row.
        String snapshot = single("select snapshot from uca_case where id = '" + alex + "'")
                + all("select document from case_part where case_id = '" + alex + "' order by part, part_no");
        assertThat(snapshot).doesNotContain(ALEX.value(), "Shouted", "No further incidents", "Alex Morgan")
                .contains(Case.REMOVED);
        assertThat(single("select resident_id from uca_case where id = '" + alex + "'"))
                .isEqualTo("anonymised-" + alex);
        assertThat(single("select count(*) from uca_case c join audit_entry a on a.case_id = c.id"
                + " and a.recorded_at = c.anonymised_at and a.who = 'system:retention' where c.id = '" + alex + "'"))
                .as("anonymised when the audit trail says, by the application's clock").isEqualTo("1");
        assertThat(ports.cases().find(alex).get().anonymised()).as("the stored case still rebuilds").isTrue();
        var export = ok(app.exportSubjectAccess().export(StaffRoles.DATA_PROTECTION_OFFICER.id(), ALEX), "export");
        assertThat(export.theCase()).as("nothing ties the case to Alex any more").isEmpty();
        assertThat(export.lettersIssued()).isEmpty();
    }

    @Test
    @DisplayName("a case with no restriction ever, and nothing recorded for over six years (UK dates), is"
            + " anonymised too")
    void retentionWithoutRestrictions() {
        clock.set(ZonedDateTime.ofInstant(Fixtures.NOW, UkTime.ZONE).minusYears(6).minusDays(2).toInstant());
        CaseId bea = journey.recordVerbalAbuse(BEA).caseId();
        clock.set(Fixtures.NOW);

        assertThat(ok(app.applyRetention().applyRetention(ApplyRetentionUseCase.DEFAULT_PERIOD), "retention")
                .anonymised()).isEqualTo(1);
        assertThat(ports.cases().find(bea).get().resident().value()).startsWith("anonymised-");
        assertThat(ports.subjectAccess().heldAbout(BEA, Option.none()).lettersIssued()).isEmpty();
    }

    @Test
    @DisplayName("who looked at a case names only the case, so once the retention rule has run neither the audit log"
            + " nor the access log ties the resident to it")
    void retentionLeavesNoReferenceInTheLogs() {
        clock.set(Fixtures.NOW.minus(Duration.ofDays(7 * 366)));
        CaseId alex = caseWithContactStandards(ALEX);
        ok(app.casePage().casePage(Staff.OFFICER.id(), alex), "the case page");
        ok(app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX), "the guidance");
        ok(app.exportSubjectAccess().export(StaffRoles.DATA_PROTECTION_OFFICER.id(), ALEX), "an export");
        clock.advance(Duration.ofDays(1));
        ok(app.liftRestriction().lift(new LiftRestrictionUseCase.Command(Staff.SERVICE_MANAGER.id(), alex,
                new DecisionId(1), "No further incidents.")), "lift the restriction");
        clock.set(Fixtures.NOW);

        ok(app.applyRetention().applyRetention(ApplyRetentionUseCase.DEFAULT_PERIOD), "retention");

        assertThat(single("select count(*) from access_entry where case_id = '" + alex + "'")).isEqualTo("3");
        assertThat(single("select count(*) from access_entry where resident_ref is not null or what like '%"
                + ALEX.value() + "%'")).isEqualTo("0");
        assertThat(single("select count(*) from audit_entry where resident_ref = '" + ALEX.value()
                + "' or why like '%" + ALEX.value() + "%'")).isEqualTo("0");
    }

    @Test
    @DisplayName("the retention rule unties the resident from the audit and access lines made before their case"
            + " existed: the lines stay (the logs are append-only), but none holds their id or a way back to it")
    void retentionUntiesLinesMadeBeforeTheCase() {
        clock.set(Fixtures.NOW.minus(Duration.ofDays(7 * 366)));
        assertThat(app.recordUnacceptableActions().recordActions(new org.uca.application.port.in
                .RecordUnacceptableActionsUseCase.Command(Staff.OFFICER.id(), ALEX, io.vavr.collection.List.of()))
                .isLeft()).as("a refused recording, before Alex has a case").isTrue();
        ok(app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX), "guidance for Alex, with no case");
        ok(app.exportSubjectAccess().export(StaffRoles.DATA_PROTECTION_OFFICER.id(), ALEX), "an export, no case");
        CaseId alex = caseWithContactStandards(ALEX);
        assertThat(ports.audit().aboutCase(alex, ALEX, 1, 100).items())
                .as("the case's audit page shows the refusal made before the case").anyMatch(e -> e.caseId().isEmpty()
                        && e.resident().contains(ALEX) && e.outcome() == AuditLog.Outcome.REFUSED);
        assertThat(ports.access().aboutResident(ALEX, Option.some(alex)).filter(a -> a.caseId().isEmpty()))
                .as("a subject access export holds the looks before the case").hasSize(2)
                .allSatisfy(a -> assertThat(a.resident()).contains(ALEX));
        assertThat(single("select count(*) from audit_entry where resident_ref = '" + ALEX.value() + "'"))
                .as("the lines hold a reference, not Alex's id, even now").isEqualTo("0");
        clock.advance(Duration.ofDays(1));
        ok(app.liftRestriction().lift(new LiftRestrictionUseCase.Command(Staff.SERVICE_MANAGER.id(), alex,
                new DecisionId(1), "No further incidents.")), "lift the restriction");
        clock.set(Fixtures.NOW);
        String auditLines = "select count(*) from audit_entry where case_id is null and resident_ref is not null";
        String accessLines = "select count(*) from access_entry where case_id is null";
        String auditBefore = single(auditLines);
        String accessBefore = single(accessLines);

        ok(app.applyRetention().applyRetention(ApplyRetentionUseCase.DEFAULT_PERIOD), "retention");

        assertThat(single(auditLines)).as("the audit lines are still there").isEqualTo(auditBefore).isNotEqualTo("0");
        assertThat(single(accessLines)).as("the access lines are still there").isEqualTo(accessBefore)
                .isEqualTo("2");
        assertThat(single("select count(*) from resident_reference where resident_id = '" + ALEX.value() + "'"))
                .as("Alex's reference is gone").isEqualTo("0");
        assertThat(single("select count(*) from audit_entry a join resident_reference r on r.reference ="
                + " a.resident_ref")).as("no audit line leads to a resident").isEqualTo("0");
        assertThat(single("select count(*) from access_entry a join resident_reference r on r.reference ="
                + " a.resident_ref")).as("no access line leads to a resident").isEqualTo("0");
        String mentions = "'%" + ALEX.value() + "%'";
        assertThat(single("select count(*) from audit_entry where resident_ref like " + mentions + " or why like "
                + mentions + " or command like " + mentions)).as("no audit line holds Alex's id").isEqualTo("0");
        assertThat(single("select count(*) from access_entry where resident_ref like " + mentions + " or what like "
                + mentions)).as("no access line holds Alex's id").isEqualTo("0");
        var export = ok(app.exportSubjectAccess().export(StaffRoles.DATA_PROTECTION_OFFICER.id(), ALEX), "export");
        assertThat(export.otherAuditEntries()).as("nothing before the case is tied to Alex any more").isEmpty();
        assertThat(export.accessLines()).as("nor the looks before it").isEmpty();
    }

    @Test
    @DisplayName("a subject access export from the store holds everything about one resident and nothing about"
            + " another: their case, letters, audit and access lines, and a refusal made before their case existed")
    void subjectAccessHoldsOneResidentOnly() {
        assertThat(app.recordUnacceptableActions().recordActions(new org.uca.application.port.in
                .RecordUnacceptableActionsUseCase.Command(Staff.OFFICER.id(), BEA, io.vavr.collection.List.of()))
                .isLeft()).isTrue();
        CaseId alex = caseWithContactStandards(ALEX);
        CaseId bea = caseWithContactStandards(BEA);
        ok(app.casePage().casePage(Staff.OFFICER.id(), alex), "Alex's case page");
        ok(app.casePage().casePage(Staff.SERVICE_MANAGER.id(), bea), "Bea's case page");
        ok(app.letters().letter(Staff.OFFICER.id(), bea, new org.uca.application.port.in.LetterQuery.Which
                .ForDecision(new DecisionId(1))), "Bea's decision letter");

        var forBea = ok(app.exportSubjectAccess().export(StaffRoles.DATA_PROTECTION_OFFICER.id(), BEA), "Bea's");
        var forAlex = ok(app.exportSubjectAccess().export(StaffRoles.ADMINISTRATOR.id(), ALEX), "Alex's");

        assertThat(forBea.theCase().get().id()).isEqualTo(bea);
        assertThat(forBea.otherAuditEntries()).singleElement().satisfies(e -> {
            assertThat(e.resident()).contains(BEA);
            assertThat(e.outcome()).isEqualTo(org.uca.application.port.out.AuditLog.Outcome.REFUSED);
        });
        assertThat(forBea.accessLines()).hasSize(2).allSatisfy(a -> assertThat(a.caseId()).contains(bea));
        assertThat(forBea.auditTrail()).isNotEmpty().allSatisfy(e -> assertThat(e.caseId()).contains(bea));
        assertThat(forBea.lettersIssued()).isNotEmpty().allSatisfy(l -> assertThat(l.resident()).isEqualTo(BEA));
        assertThat(forBea.toString()).doesNotContain(ALEX.value(), "Alex Morgan", alex.toString());
        assertThat(forAlex.otherAuditEntries()).isEmpty();
        assertThat(forAlex.accessLines().map(a -> a.what())).containsExactly("the case page");
        assertThat(forAlex.toString()).doesNotContain(BEA.value(), "Bea Okafor", bea.toString());
        assertThat(single("select count(*) from access_entry where what = 'a subject access export'"))
                .as("each export is logged as a look").isEqualTo("2");
    }

    private long count(String table, CaseId caseId) {
        return Long.parseLong(single("select count(*) from " + table + " where case_id = '" + caseId + "'"));
    }

    private String single(String sql) {
        try (Connection c = db.jdbc(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String all(String sql) {
        StringBuilder text = new StringBuilder();
        try (Connection c = db.jdbc(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                text.append(r.getString(1)).append('\n');
            }
            return text.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
