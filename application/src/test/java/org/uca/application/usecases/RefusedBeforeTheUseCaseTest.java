package org.uca.application.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.testbed.Journey.ok;
import static org.uca.application.testbed.Testbed.ALEX;
import static org.uca.application.testbed.Testbed.BEA;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.RecordRefusedAttemptUseCase.About;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.AuditLog.Outcome;
import org.uca.application.port.out.Page;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.application.service.UcaApplication;
import org.uca.application.testbed.Testbed;
import org.uca.domain.cases.CaseId;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.ResidentId;
import org.uca.domain.shared.Refusal;

/**
 * Issue 13 §6: every attempt about a case — refused, not permitted or conflicting, including one a front end refused
 * before asking the use case — is linked to the resident and the case, and shown on the case's audit page.
 */
class RefusedBeforeTheUseCaseTest {

    private static final Failure NO_IF_MATCH = new Failure.Refused(Refusal.of("If-Match",
            "This change must say which version of the case it was made from"));

    @Test
    @DisplayName("an attempt refused before its use case is on the case's audit page, with the task's own name, the"
            + " outcome and why")
    void aRefusalBeforeTheUseCaseIsOnTheCasesAuditPage() {
        Testbed bed = new Testbed();
        CaseId alex = bed.journey.recordVerbalAbuse(ALEX).caseId();

        assertThat(bed.app.recordRefusedAttempt().refused(Staff.OFFICER.id(), Task.ISSUE_WARNING,
                About.theCase(alex), NO_IF_MATCH)).isEmpty();
        assertThat(bed.app.recordRefusedAttempt().refused(Staff.CONTACT_CENTRE_OFFICER.id(), Task.AUTHORISE_MEASURES,
                About.theCase(alex), new Failure.NotPermitted("As a contact centre officer you cannot authorise"
                        + " measures."))).isEmpty();

        Seq<AuditLog.Entry> attempts = ok(bed.app.caseAudit().caseAudit(Staff.SERVICE_MANAGER.id(), alex, 1, 1, 50),
                "the audit page").attempts().items().map(a -> a.entry());
        assertThat(attempts.take(2).map(e -> e.command() + " " + e.outcome() + " " + e.who().value()))
                .containsExactly("authorise measures NOT_PERMITTED " + Staff.CONTACT_CENTRE_OFFICER.id().value(),
                        "issue a warning REFUSED " + Staff.OFFICER.id().value());
        assertThat(attempts.get(1).why()).contains("which version of the case");
        assertThat(attempts.get(1).caseId()).contains(alex);
    }

    @Test
    @DisplayName("an attempt about a resident is on their case if they have one, and on the resident until they do")
    void anAttemptAboutAResidentIsOnTheirCaseOrOnThem() {
        Testbed bed = new Testbed();
        CaseId alex = bed.journey.recordVerbalAbuse(ALEX).caseId();

        bed.app.recordRefusedAttempt().refused(Staff.OFFICER.id(), Task.RECORD_CONTACT, About.theResident(ALEX),
                NO_IF_MATCH);
        bed.app.recordRefusedAttempt().refused(Staff.OFFICER.id(), Task.RECORD_ACTIONS, About.theResident(BEA),
                NO_IF_MATCH);

        AuditLog.Entry onBea = bed.uca.audit.all().last();
        assertThat(bed.uca.audit.all().filter(e -> e.command().equals("record contact time")).single().caseId())
                .contains(alex);
        assertThat(onBea.caseId()).isEmpty();
        assertThat(onBea.resident()).contains(BEA);
        CaseId bea = bed.journey.recordVerbalAbuse(BEA).caseId();
        assertThat(ok(bed.app.caseAudit().caseAudit(Staff.SERVICE_MANAGER.id(), bea, 1, 1, 50), "Bea's audit page")
                .attempts().items().map(a -> a.entry().command() + " " + a.entry().outcome()))
                .contains("record unacceptable actions REFUSED");
    }

    @Test
    @DisplayName("an attempt whose address names no case or resident there is is audited about no case, as a"
            + " command on a case not found is")
    void anAttemptNamingNothingIsAuditedWithNoCase() {
        Testbed bed = new Testbed();

        bed.app.recordRefusedAttempt().refused(Staff.OFFICER.id(), Task.ISSUE_WARNING,
                About.theCase(CaseId.parse("00000000-0000-0000-0000-000000000001")), NO_IF_MATCH);
        bed.app.recordRefusedAttempt().refused(Staff.OFFICER.id(), Task.RECORD_ACTIONS,
                About.theResident(new ResidentId("R-NOBODY")), NO_IF_MATCH);

        assertThat(bed.uca.audit.all().map(e -> e.caseId().isEmpty() && e.resident().isEmpty()
                && e.outcome() == Outcome.REFUSED)).containsExactly(true, true);
    }

    @Test
    @DisplayName("when the audit log cannot be reached, the refusal is reported as not audited instead of failing")
    void anUnreachableAuditLogIsReportedNotThrown() {
        Testbed bed = new Testbed();
        CaseId alex = bed.journey.recordVerbalAbuse(ALEX).caseId();
        Ports real = bed.uca.ports();
        AuditLog down = new AuditLog() {
            @Override
            public void append(Entry entry) {
                throw new StorageUnavailable("the audit log is down", null);
            }

            @Override
            public Seq<Entry> forCase(CaseId caseId) {
                throw new StorageUnavailable("the audit log is down", null);
            }

            @Override
            public Page<Entry> aboutCase(CaseId caseId, ResidentId resident, int page, int size) {
                throw new StorageUnavailable("the audit log is down", null);
            }

            @Override
            public long count() {
                throw new StorageUnavailable("the audit log is down", null);
            }
        };
        UcaApplication app = new UcaApplication(new Ports(real.cases(), real.caseQueries(), real.residents(),
                real.staff(), real.notifications(), down, real.access(), real.letters(), real.monitoring(),
                real.readModels(), real.guidance(), real.retention(), real.subjectAccess(), real.unitOfWork(),
                real.clock(), real.workingDays(), real.staffRecords(), real.accounts(), real.credentials(),
                real.machineCredentials(), real.webhooks(), real.workProperties()));

        Option<Failure> notAudited = app.recordRefusedAttempt().refused(Staff.OFFICER.id(), Task.ISSUE_WARNING,
                About.theCase(alex), NO_IF_MATCH);

        assertThat(notAudited).hasSize(1);
        assertThat(notAudited.get()).isInstanceOf(Failure.Unavailable.class);
    }
}
