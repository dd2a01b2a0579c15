package org.uca.application.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.testbed.Journey.ok;
import static org.uca.application.testbed.Testbed.ALEX;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.out.AccessLog;
import org.uca.application.port.out.Page;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.application.service.UcaApplication;
import org.uca.application.testbed.StaffRoles;
import org.uca.application.testbed.Testbed;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.ResidentId;

/**
 * Reads of personal data are logged (who viewed what, when) by the application's questions themselves, so every
 * front end logs alike; and personal data whose look cannot be recorded is not shown.
 */
class WhoLookedTest {

    /** An access log whose store cannot be reached. */
    private static final AccessLog UNREACHABLE = new AccessLog() {
        @Override
        public void append(Access access) {
            throw new StorageUnavailable("the access log is down", null);
        }

        @Override
        public Page<Access> aboutCase(CaseId caseId, ResidentId resident, int page, int size) {
            throw new StorageUnavailable("the access log is down", null);
        }

        @Override
        public Seq<Access> aboutResident(ResidentId resident, Option<CaseId> theirCase) {
            throw new StorageUnavailable("the access log is down", null);
        }
    };

    @Test
    @DisplayName("when who looked cannot be recorded, the case page, the case, a letter, the resident's page, the"
            + " contact guidance and a subject access export are all withheld, and nothing is shown")
    void personalDataIsNotShownUnlessTheLookIsRecorded() {
        Testbed bed = new Testbed();
        CaseId alex = bed.journey.recordVerbalAbuse(ALEX).caseId();
        var warning = bed.journey.warn(alex, io.vavr.collection.List.of(new org.uca.domain.cases.ActionId(1)));
        var further = bed.journey.recordVerbalAbuse(ALEX).actions();
        bed.journey.authorise(alex, Staff.SERVICE_MANAGER, AProposal.contactStandards(Measures.singlePointOfContact())
                .afterWarning(warning, further));
        Ports real = bed.uca.ports();
        UcaApplication app = new UcaApplication(new Ports(real.cases(), real.caseQueries(), real.residents(),
                real.staff(), real.notifications(), real.audit(), UNREACHABLE, real.letters(), real.monitoring(),
                real.readModels(), real.guidance(), real.retention(), real.subjectAccess(), real.unitOfWork(),
                real.clock(), real.workingDays(), real.staffRecords(), real.accounts(), real.credentials(),
                real.machineCredentials(), real.webhooks(), real.workProperties()));

        java.util.List<Either<Failure, ?>> answers = java.util.List.of(
                app.casePage().casePage(Staff.OFFICER.id(), alex),
                app.viewCase().viewCase(Staff.OFFICER.id(), alex),
                app.letters().letter(Staff.OFFICER.id(), alex, new LetterQuery.Which.ForDecision(new DecisionId(1))),
                app.guidancePage().guidancePage(Staff.OFFICER.id(), ALEX),
                app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX),
                app.exportSubjectAccess().export(StaffRoles.DATA_PROTECTION_OFFICER.id(), ALEX));

        assertThat(answers).allSatisfy(a -> {
            assertThat(a.isLeft()).as(String.valueOf(a)).isTrue();
            assertThat(a.getLeft()).isInstanceOf(Failure.Unavailable.class);
        });
        // The export reads the access lines themselves, so it is refused while reading, as any store outage is.
        assertThat(answers.subList(0, 5)).allSatisfy(a -> assertThat(a.getLeft().message())
                .contains("the personal data is not shown"));
        assertThat(ok(bed.app.casePage().casePage(Staff.OFFICER.id(), alex), "with the log back").theCase().id())
                .isEqualTo(alex);
        assertThat(bed.uca.access.all().map(AccessLog.Access::what)).containsExactly("the case page");
    }

    @Test
    @DisplayName("issue 13 §6: how a case's letters were sent, and the Service Development Team's notifications (the"
            + " inbox and each one opened), are reads of personal data logged on each case they show")
    void letterSendingsAndTheServiceDevelopmentInboxAreLoggedOnTheirCases() {
        Testbed bed = new Testbed();
        CaseId alex = bed.journey.recordVerbalAbuse(ALEX).caseId();
        var warning = bed.journey.warn(alex, io.vavr.collection.List.of(new org.uca.domain.cases.ActionId(1)));
        var further = bed.journey.recordVerbalAbuse(ALEX).actions();
        bed.journey.authorise(alex, Staff.SERVICE_MANAGER, AProposal.contactStandards(Measures.singlePointOfContact())
                .afterWarning(warning, further));
        ok(bed.app.sendLetter().recordSending(Staff.OFFICER.id(), alex, new LetterQuery.Which.ForWarning(warning),
                org.uca.application.port.out.LetterOutput.How.POSTED), "posted");

        assertThat(ok(bed.app.sendLetter().sendings(Staff.OFFICER.id(), alex), "sendings")).hasSize(1);
        var inbox = ok(bed.app.serviceDevelopmentInbox().inbox(StaffRoles.SDT_MEMBER.id(), 1), "the inbox");
        ok(bed.app.serviceDevelopmentInbox().open(StaffRoles.SDT_MEMBER.id(), inbox.items().head().id()), "opened");

        assertThat(inbox.items().map(i -> i.caseId()).distinct()).containsExactly(alex);
        assertThat(bed.uca.access.all().filter(a -> a.caseId().contains(alex))
                .map(a -> a.who().value() + ": " + a.what())).endsWith( // recording the sending read the letter
                        Staff.OFFICER.id().value() + ": how the case's letters were sent",
                        StaffRoles.SDT_MEMBER.id().value() + ": the Service Development Team's notifications (page 1)",
                        StaffRoles.SDT_MEMBER.id().value() + ": the Service Development Team's notification "
                                + inbox.items().head().id());
    }

    @Test
    @DisplayName("a case none of whose letters has been sent shows no personal data there, so reading that is no look")
    void noSendingsIsNoLook() {
        Testbed bed = new Testbed();
        CaseId alex = bed.journey.recordVerbalAbuse(ALEX).caseId();

        assertThat(ok(bed.app.sendLetter().sendings(Staff.OFFICER.id(), alex), "sendings")).isEmpty();
        assertThat(bed.uca.access.all()).isEmpty();
    }
}
