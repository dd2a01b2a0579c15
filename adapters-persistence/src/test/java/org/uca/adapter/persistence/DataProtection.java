package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.testbed.Journey.ok;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.persistence.json.StoredJson;
import org.uca.application.port.in.LiftRestrictionUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.MonitoringReport;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.fixtures.Fixtures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.ResidentId;
import org.uca.domain.shared.UkTime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** UK GDPR: a subject-access export of everything held about a resident, and the retention rule. */
abstract class DataProtection extends OnADatabase {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ResidentId CARA = new ResidentId("R-1003");

    @Test
    @DisplayName("a subject-access export holds everything about the resident: directory entry, case, timeline,"
            + " letters, notifications and audit trail")
    void subjectAccessExport() {
        CaseId alex = caseWithContactStandards(ALEX);
        journey.inform(alex, new DecisionId(1));
        journey.recordVerbalAbuse(BEA);
        // Cara is not in the housing system: recording about her is refused, and the refusal audited by name.
        var refused = app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                Staff.OFFICER.id(), CARA, io.vavr.collection.List.of(Reports.verbalAbuse(clock.now()))));
        assertThat(refused.isLeft()).isTrue();

        JsonNode export = JSON.readTree(db.database.subjectAccessExport(ALEX));

        assertThat(export.get("resident").asString()).isEqualTo("R-1001");
        assertThat(export.get("directoryEntry").get("name").asString()).isEqualTo("Alex Morgan");
        assertThat(export.get("directoryEntry").get("address").asString()).contains("12 Elm Road");
        JsonNode held = export.get("cases").get(0);
        assertThat(held.get("caseId").asString()).isEqualTo(alex.toString());
        assertThat(held.get("record").get("actions")).hasSize(2);
        assertThat(held.get("record").get("actions").get(0).get("whatHappened").asString())
                .contains("Shouted and swore");
        assertThat(held.get("record").get("decisions").get(0).get("measures")).hasSize(2);
        assertThat(held.get("timeline")).hasSize(5);
        assertThat(held.get("timeline").get(3).get("what").asString()).startsWith("Measures authorised");
        assertThat(held.get("lettersIssued")).hasSize(2); // the warning and the decision letter
        assertThat(held.get("lettersIssued").get(1).get("residentName").asString()).isEqualTo("Alex Morgan");
        assertThat(held.get("notifications")).hasSize(2); // Service Development Team and the teams informed
        assertThat(held.get("auditTrail")).hasSize(5);
        assertThat(export.toString()).doesNotContain("R-1002", "Bea Okafor");

        JsonNode bea = JSON.readTree(db.database.subjectAccessExport(BEA));
        assertThat(bea.get("cases")).hasSize(1);
        JsonNode cara = JSON.readTree(db.database.subjectAccessExport(CARA));
        assertThat(cara.get("cases")).isEmpty();
        assertThat(cara.has("directoryEntry")).isFalse();
        assertThat(cara.get("otherAuditEntries")).singleElement()
                .satisfies(e -> assertThat(e.get("why").asString()).contains("R-1003"));
        assertThat(export.get("otherAuditEntries")).isEmpty();
        JsonNode partOfAReference = JSON.readTree(db.database.subjectAccessExport(new ResidentId("R-100")));
        assertThat(partOfAReference.get("otherAuditEntries")).as("R-100 is not R-1003").isEmpty();
    }

    @Test
    @DisplayName("the retention rule anonymises cases whose restrictions ended more than six years ago, audited,"
            + " and leaves monitoring figures as they were")
    void retention() {
        db.database.saveResident(new Resident(CARA, "Cara Lewis", "9 Mill Lane, London W2 1AB"));
        Instant now = Fixtures.NOW;
        // Alex: restricted, lifted seven years ago. Bea: restricted, lifted five years ago. Cara: still restricted.
        clock.set(now.minus(Duration.ofDays(7 * 366)));
        CaseId alex = caseWithContactStandards(ALEX);
        journey.inform(alex, new DecisionId(1));
        lift(alex);
        clock.set(now.minus(Duration.ofDays(5 * 366)));
        CaseId bea = caseWithContactStandards(BEA);
        lift(bea);
        clock.set(now.minus(Duration.ofDays(7 * 366 - 20)));
        CaseId cara = caseWithContactStandards(CARA);
        clock.set(now);
        LocalDate from = UkTime.dateOf(now).minusYears(8);
        LocalDate today = UkTime.dateOf(now);
        MonitoringReport before = ports.monitoring().reportFor(from, today, today);
        Case alexBefore = ports.cases().find(alex).get();
        long auditBefore = ports.audit().count();

        int anonymised = db.database.applyRetention(UcaDatabase.DEFAULT_RETENTION, now, UcaDatabase.RETENTION_RULE);

        assertThat(anonymised).isEqualTo(1);
        assertThat(ports.cases().findByResident(ALEX)).isEmpty();
        Case alexAfter = ports.cases().find(alex).get();
        assertThat(alexAfter.resident().value()).isEqualTo("anonymised-" + alex);
        assertThat(alexAfter.actions().map(a -> a.report().whatHappened())).containsOnly(StoredJson.REMOVED);
        assertThat(alexAfter.decisions().head().reasons()).isEqualTo(StoredJson.REMOVED);
        assertThat(alexAfter.decisions().head().safeguards().equalityAndVulnerabilityNotes())
                .isEqualTo(StoredJson.REMOVED);
        assertThat(alexAfter.history().map(e -> e.getClass())).isEqualTo(alexBefore.history().map(e -> e.getClass()));
        assertThat(alexAfter.actions().map(a -> a.kind())).isEqualTo(alexBefore.actions().map(a -> a.kind()));
        try (var c = db.jdbc(); var s = c.createStatement()) {
            var letters = s.executeQuery("select count(*) from issued_letter where case_id = '" + alex + "'");
            letters.next();
            assertThat(letters.getLong(1)).as("letters to Alex").isZero();
            var notes = s.executeQuery("select count(*) from notification_outbox where case_id = '" + alex + "'");
            notes.next();
            assertThat(notes.getLong(1)).as("notifications about Alex").isZero();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(db.database.subjectAccessExport(ALEX)).doesNotContain(alex.toString());

        assertThat(ports.cases().findByResident(BEA)).isNotEmpty();
        assertThat(ports.cases().findByResident(CARA).get().decisionsInForce()).hasSize(1);
        assertThat(ports.cases().find(bea).get().actions().head().report().whatHappened())
                .isNotEqualTo(StoredJson.REMOVED);

        var audited = ports.audit().forCase(alex).last();
        assertThat(audited.command()).isEqualTo("anonymise a case under the retention rule");
        assertThat(audited.who()).isEqualTo(UcaDatabase.RETENTION_RULE);
        assertThat(audited.outcome()).isEqualTo(AuditLog.Outcome.ACCEPTED);
        assertThat(ports.audit().count()).isEqualTo(auditBefore + 2); // the case, and the run

        assertThat(ports.monitoring().reportFor(from, today, today)).isEqualTo(before);
        assertThat(db.database.applyRetention(UcaDatabase.DEFAULT_RETENTION, now, UcaDatabase.RETENTION_RULE))
                .as("run again: nothing more to anonymise").isZero();
        assertThat(db.database.applyRetention(Period.ofYears(4), now, UcaDatabase.RETENTION_RULE))
                .as("a shorter, configured period reaches Bea's case too").isEqualTo(1);
        assertThat(ports.cases().find(cara)).isNotEmpty();
    }

    @Test
    @DisplayName("a case with no restriction ever, and nothing recorded for over six years, is anonymised too")
    void retentionWithoutRestrictions() {
        clock.set(ZonedDateTime.ofInstant(Fixtures.NOW, UkTime.ZONE).minusYears(6).minusDays(2).toInstant());
        CaseId bea = journey.recordVerbalAbuse(BEA).caseId();
        clock.set(Fixtures.NOW);

        assertThat(db.database.applyRetention(UcaDatabase.DEFAULT_RETENTION, Fixtures.NOW,
                UcaDatabase.RETENTION_RULE)).isEqualTo(1);
        assertThat(ports.cases().find(bea).get().resident().value()).startsWith("anonymised-");
    }

    private void lift(CaseId caseId) {
        clock.advance(Duration.ofDays(1));
        ok(app.liftRestriction().lift(new LiftRestrictionUseCase.Command(Staff.SERVICE_MANAGER.id(), caseId,
                new DecisionId(1), "No further incidents.")), "lift the restriction");
    }
}
