package org.uca.example;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import org.uca.domain.cases.InformedHow;
import org.uca.domain.cases.ResidentInformed;
import org.uca.application.port.in.RecordResidentInformedUseCase;
import org.uca.application.inmemory.InMemoryUca;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.DecideAppealUseCase;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.LodgeAppealUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.application.service.UcaApplication;
import org.uca.domain.cases.ActionKind;
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.AffectedParty;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.Grounds;
import org.uca.domain.cases.MeasuresProposal;
import org.uca.domain.cases.Safeguards;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;

/**
 * UCA as a library: the application wired on in-memory adapters in a plain {@code main}, taken through the policy's
 * journey: record, warn, record again, authorise, appeal, decide, and ask for contact guidance.
 */
public final class UsingUcaAsALibrary {

    public static void main(String[] args) {
        run(System.out);
    }

    static ContactGuidance run(PrintStream out) {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-02T09:00:00Z"));
        InMemoryUca uca = new InMemoryUca(now::get);
        StaffMember officer = new StaffMember(new StaffId("olu"), "Olu Adeyemi", "Housing", AuthorityLevel.NONE);
        StaffMember manager = new StaffMember(new StaffId("sam"), "Sam Whitfield", "Housing",
                AuthorityLevel.SERVICE_MANAGER);
        StaffMember assistantDirector = new StaffMember(new StaffId("aisha"), "Aisha Rahman", "Housing",
                AuthorityLevel.ASSISTANT_DIRECTOR);
        // The directory gives each member of staff their role: what they may do in UCA (see AccessPolicy).
        uca.staff.add(officer, Role.OFFICER).add(manager, Role.SERVICE_MANAGER)
                .add(assistantDirector, Role.ASSISTANT_DIRECTOR);
        ResidentId alex = new ResidentId("R-1001");
        uca.residents.add(new Resident(alex, "Alex Morgan", "Flat 3, 12 Elm Road"));
        UcaApplication app = uca.application;

        // 1. An officer records verbal abuse on a call.
        var recorded = app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                officer.id(), alex, List.of(report(now.get().minus(Duration.ofHours(1)), officer)))).get();
        out.println("Recorded action " + recorded.actions().head() + " on case " + recorded.caseId());

        // 2. The resident is warned, with reasons, and given a chance to change.
        now.set(now.get().plus(Duration.ofDays(1)));
        var warning = app.issueWarning().issueWarning(new IssueWarningUseCase.Command(officer.id(), recorded.caseId(),
                recorded.actions(), "Swearing at our staff is verbal abuse.", "Speak to staff respectfully.")).get();
        out.println("Warning letter: " + warning.letter().subject());

        // 3. It happens again after the warning.
        now.set(now.get().plus(Duration.ofDays(7)));
        var again = app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                officer.id(), alex, List.of(report(now.get().minus(Duration.ofHours(1)), officer)))).get();

        // 4. A Service Manager authorises a change to contact standards.
        now.set(now.get().plus(Duration.ofDays(1)));
        LocalDate today = UkTime.dateOf(now.get());
        var decision = app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(manager.id(),
                recorded.caseId(), new MeasuresProposal(
                        List.of(new ContactStandard.SinglePointOfContact(officer.id(), officer.name()),
                                new ContactStandard.NoTelephoneCalls()),
                        new Grounds.AfterWarning(warning.warning(), again.actions()),
                        "Abuse continued after the warning.",
                        new Safeguards("No known vulnerability; no adjustments recorded.", List.of("Repairs"),
                                List.of("Repairs", "Customer Services"), officer.id(), Option.none(), Option.none(),
                                Option.some("In writing to the Complaints Team, who screen each letter.")),
                        MeasuresProposal.defaultReviewDate(today)))).get();
        out.println("Decision " + decision + " authorised by " + manager.name());

        // 5. The resident is told of the decision, appeals, and an Assistant Director decides within 10 working days.
        now.set(now.get().plus(Duration.ofDays(1)));
        app.recordResidentInformed().recordResidentInformed(new RecordResidentInformedUseCase.Command(officer.id(),
                recorded.caseId(), decision, new ResidentInformed(now.get(), officer.id(), InformedHow.LETTER))).get();
        now.set(now.get().plus(Duration.ofDays(1)));
        var appeal = app.lodgeAppeal().lodgeAppeal(new LodgeAppealUseCase.Command(officer.id(), recorded.caseId(),
                decision, UkTime.dateOf(now.get()), "I need to phone about my repairs.")).get();
        out.println("Appeal due by " + appeal.dueBy() + ", reviewed by an " + appeal.reviewLevel().title());
        now.set(now.get().plus(Duration.ofDays(3)));
        var outcome = app.decideAppeal().decideAppeal(new DecideAppealUseCase.Command(assistantDirector.id(),
                recorded.caseId(), appeal.appeal(), AppealOutcome.DECISION_VARIED,
                List.of(new ContactStandard.SinglePointOfContact(officer.id(), officer.name()),
                        new ContactStandard.ContactTimeAllowance(30, ContactStandard.AllowancePeriod.WEEK)),
                "Phone calls are needed for repairs; a weekly allowance protects staff instead.")).get();
        out.println("Appeal outcome: " + outcome.sections().get(1).paragraphs().head());

        // 6. The contact centre asks what contact is allowed now.
        ContactGuidance guidance = app.contactGuidance().guidanceFor(officer.id(), alex).get();
        out.println("Single point of contact: " + guidance.singlePointOfContact().get().name());
        out.println("Phone allowed: " + guidance.allowedChannels().contains(Channel.PHONE) + ", minutes left this week: "
                + guidance.timeAllowance().get().minutesLeft());
        out.println("Housing Ombudsman route open: " + guidance.housingOmbudsmanRouteOpen());
        return guidance;
    }

    private static ActionReport report(Instant at, StaffMember officer) {
        return new ActionReport(ActionKind.VERBAL_ABUSE, "", EnumSet.of(AffectedParty.STAFF), at, Channel.PHONE,
                officer.id(), "Shouted and swore at the officer during a call about a repair.", false);
    }
}
