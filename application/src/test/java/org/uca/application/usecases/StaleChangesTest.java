package org.uca.application.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.testbed.Journey.ok;
import static org.uca.application.testbed.Testbed.ALEX;

import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.RecordContactUseCase;
import org.uca.application.port.out.AuditLog;
import org.uca.application.testbed.Testbed;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.WarningId;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;

/** A decision rests on the record as the person deciding saw it: a change asked for from an older version is stale. */
class StaleChangesTest {

    private final Testbed bed = new Testbed();

    @Test
    @DisplayName("Two managers authorising from the same page: the second is told the case changed, and nothing is saved")
    void theSecondOfTwoManagersWorkingFromOnePageIsToldAndSavesNothing() {
        var recorded = bed.journey.recordVerbalAbuse(ALEX);
        CaseId caseId = recorded.caseId();
        WarningId warning = bed.journey.warn(caseId, recorded.actions());
        var further = bed.journey.recordVerbalAbuse(ALEX);
        CaseVersion page = new CaseVersion(bed.uca.cases.find(caseId).get().version());
        var proposal = AProposal.contactStandards(Measures.singlePointOfContact())
                .afterWarning(warning, further.actions()).decidedOn(UkTime.dateOf(bed.clock.now())).build();

        var first = bed.app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(
                Staff.SERVICE_MANAGER.id(), caseId, proposal).seenAt(page));
        long auditBefore = bed.uca.audit.count();
        var second = bed.app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(
                Staff.SECOND_SERVICE_MANAGER.id(), caseId, proposal).seenAt(page));

        assertThat(first.isRight()).isTrue();
        assertThat(second.getLeft()).isInstanceOf(Failure.Stale.class);
        Failure.Stale stale = (Failure.Stale) second.getLeft();
        assertThat(stale.message()).contains("changed since you looked at it", "nothing was saved");
        assertThat(stale.current()).isEqualTo(new CaseVersion(page.number() + 1));
        assertThat(stale.changedSince()).hasSize(1);
        assertThat(stale.changedSince().head()).isInstanceOf(CaseEvent.MeasuresAuthorised.class);
        assertThat(stale.changedSince().head().by()).isEqualTo(Staff.SERVICE_MANAGER.id());
        var stored = bed.uca.cases.find(caseId).get();
        assertThat(stored.decisionsInForce()).hasSize(1);
        assertThat(stored.version()).isEqualTo(page.number() + 1);
        var audited = bed.uca.audit.all().drop((int) auditBefore);
        assertThat(audited.map(AuditLog.Entry::outcome)).containsExactly(AuditLog.Outcome.CONFLICT);
        assertThat(audited.head().caseId().get()).isEqualTo(caseId);
    }

    @Test
    @DisplayName("Asked again from the version it was told of, the change is made")
    void aChangeAskedAgainFromTheCurrentVersionIsMade() {
        CaseId caseId = bed.journey.recordVerbalAbuse(ALEX).caseId();
        Either<Failure, ContactGuidance> stale = bed.app.recordContact().recordContact(contact().seenAt(CaseVersion.NO_CASE_YET));
        CaseVersion current = ((Failure.Stale) stale.getLeft()).current();

        ok(bed.app.recordContact().recordContact(contact().seenAt(current)), "record contact again");

        assertThat(bed.uca.cases.find(caseId).get().contacts()).hasSize(1);
    }

    @Test
    @DisplayName("A version the case has never been at is refused, not treated as the latest")
    void aVersionTheCaseHasNeverBeenAtIsRefused() {
        CaseId caseId = bed.journey.recordVerbalAbuse(ALEX).caseId();

        var result = bed.app.recordContact().recordContact(contact().seenAt(new CaseVersion(99)));

        assertThat(result.getLeft()).isInstanceOf(Failure.Stale.class);
        assertThat(result.getLeft().message()).contains("never been at version 99", "at version 1");
        assertThat(bed.uca.cases.find(caseId).get().contacts()).isEmpty();
    }

    @Test
    @DisplayName("Opening a case from 'no case yet' when someone else opened it first is stale, and says what they recorded")
    void recordingForAResidentWithNoCaseYetIsStaleOnceSomeoneElseOpenedIt() {
        bed.journey.recordVerbalAbuse(ALEX);

        var result = bed.app.recordContact().recordContact(contact().seenAt(CaseVersion.NO_CASE_YET));

        Failure.Stale stale = (Failure.Stale) result.getLeft();
        assertThat(stale.changedSince().map(CaseEvent::summary)).containsExactly("Unacceptable action recorded");
    }

    private RecordContactUseCase.Command contact() {
        return new RecordContactUseCase.Command(Staff.OFFICER.id(), ALEX, bed.clock.now(), 10, Channel.PHONE);
    }
}
