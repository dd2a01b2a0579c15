package org.uca.application.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.testbed.Testbed.ALEX;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.DecideAppealUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.LiftRestrictionUseCase;
import org.uca.application.port.in.LodgeAppealUseCase;
import org.uca.application.port.in.ReviewRestrictionUseCase;
import org.uca.application.port.out.AuditLog;
import org.uca.application.service.UcaApplication;
import org.uca.application.testbed.Testbed;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.cases.WarningId;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.SeededRandom;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.StaffMember;

/** Whatever the policy refuses, through the use cases, changes nothing but the audit trail. */
class RefusedCommandsChangeNothingTest {

    private static final long SEED = 61_000L;
    private static final int CASES = 200;

    /** A command the policy refuses on a case that has one warned-and-continued decision in force. */
    record Attempt(String name, Function<Ctx, Either<Failure, ?>> run) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Ctx(UcaApplication app, CaseId caseId, LocalDate today) {
    }

    private static Attempt attempt(String name, Function<Ctx, Either<Failure, ?>> run) {
        return new Attempt(name, run);
    }

    private static IssueWarningUseCase.Command warning(Ctx c, int action, String reasons) {
        return new IssueWarningUseCase.Command(Staff.OFFICER.id(), c.caseId(), List.of(new ActionId(action)),
                reasons, "Stop.");
    }

    private static AuthoriseMeasuresUseCase.Command proposal(Ctx c, StaffMember by, AProposal proposal) {
        return new AuthoriseMeasuresUseCase.Command(by.id(), c.caseId(),
                proposal.afterWarning(new WarningId(1), new ActionId(2)).decidedOn(c.today()).build());
    }

    /** {@value #CASES} refused commands of every kind, with their details drawn from a fixed seed. */
    static Stream<Attempt> refusedCommands() {
        SeededRandom random = SeededRandom.forTest(RefusedCommandsChangeNothingTest.class, SEED);
        Supplier<StaffMember> nonManager = () -> random.oneOf(Staff.OFFICER, Staff.CONTACT_CENTRE_OFFICER);
        Supplier<StaffMember> serviceManager = () -> random.oneOf(Staff.SERVICE_MANAGER, Staff.SECOND_SERVICE_MANAGER);
        java.util.List<Supplier<Attempt>> kinds = java.util.List.of(
                () -> {
                    String blank = random.oneOf("", "   ", "\t");
                    return attempt("warning with blank reasons",
                            c -> c.app().issueWarning().issueWarning(warning(c, 1, blank)));
                },
                () -> {
                    int n = random.between(3, 99);
                    return attempt("warning about unknown action " + n,
                            c -> c.app().issueWarning().issueWarning(warning(c, n, "Reasons")));
                },
                () -> {
                    StaffMember s = nonManager.get();
                    return attempt("contact standards by " + s.name(), c -> c.app().authoriseMeasures().authorise(
                            proposal(c, s, AProposal.contactStandards(Measures.noEmail()))));
                },
                () -> {
                    StaffMember s = serviceManager.get();
                    return attempt("service limits by " + s.name(), c -> c.app().authoriseMeasures().authorise(
                            proposal(c, s, AProposal.serviceLimits(Measures.noImprovementApprovals()))));
                },
                () -> {
                    int days = random.between(1, 30);
                    return attempt("appeal received " + days + " days in the future",
                            c -> c.app().lodgeAppeal().lodgeAppeal(new LodgeAppealUseCase.Command(Staff.OFFICER.id(),
                                    c.caseId(), new DecisionId(1), c.today().plusDays(days), "Unfair")));
                },
                () -> {
                    StaffMember s = nonManager.get();
                    return attempt("review by " + s.name(),
                            c -> c.app().reviewRestriction().review(new ReviewRestrictionUseCase.Command(s.id(),
                                    c.caseId(), new DecisionId(1), ReviewOutcome.CONTINUE, List.empty(), "Fine",
                                    Option.some(c.today().plusMonths(1)))));
                },
                () -> attempt("lift without reasons",
                        c -> c.app().liftRestriction().lift(new LiftRestrictionUseCase.Command(
                                Staff.SERVICE_MANAGER.id(), c.caseId(), new DecisionId(1), ""))),
                () -> attempt("decide an appeal that was never lodged",
                        c -> c.app().decideAppeal().decideAppeal(new DecideAppealUseCase.Command(
                                Staff.ASSISTANT_DIRECTOR.id(), c.caseId(), new AppealId(1),
                                AppealOutcome.DECISION_UPHELD, List.empty(), "Fair"))));
        // every kind at least once, then at random
        return Stream.concat(kinds.stream().map(Supplier::get),
                random.cases(CASES - kinds.size(), () -> random.oneOf(kinds).get()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("refusedCommands")
    @DisplayName("any refused command leaves the case unchanged and adds exactly one audit entry")
    void refusedCommandsChangeNothing(Attempt attempt) {
        Testbed bed = new Testbed();
        CaseId caseId = bed.journey.recordVerbalAbuse(ALEX).caseId();
        WarningId warning = bed.journey.warn(caseId, List.of(new ActionId(1)));
        var further = bed.journey.recordVerbalAbuse(ALEX).actions();
        bed.journey.authorise(caseId, Staff.SERVICE_MANAGER,
                AProposal.contactStandards(Measures.singlePointOfContact()).afterWarning(warning, further));
        Case before = bed.uca.cases.find(caseId).get();
        long auditBefore = bed.uca.audit.count();
        int notificationsBefore = bed.uca.notifications.sent().size();
        int lettersBefore = bed.uca.letters.issued().size();

        var result = attempt.run().apply(new Ctx(bed.app, caseId,
                org.uca.domain.shared.UkTime.dateOf(bed.clock.now())));

        assertThat(result.isLeft()).as(attempt.name() + " is refused").isTrue();
        Case after = bed.uca.cases.find(caseId).get();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(List.ofAll(after.history())).isEqualTo(List.ofAll(before.history()));
        assertThat(List.ofAll(after.decisions())).isEqualTo(List.ofAll(before.decisions()));
        assertThat(bed.uca.audit.count()).isEqualTo(auditBefore + 1);
        assertThat(bed.uca.audit.all().last().outcome()).isNotEqualTo(AuditLog.Outcome.ACCEPTED);
        assertThat(bed.uca.audit.all().last().why()).isNotBlank();
        assertThat(bed.uca.notifications.sent()).hasSize(notificationsBefore);
        assertThat(bed.uca.letters.issued()).hasSize(lettersBefore);
    }
}
