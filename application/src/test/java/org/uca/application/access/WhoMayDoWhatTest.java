package org.uca.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.testbed.Testbed.ALEX;
import static org.uca.application.testbed.Testbed.BEA;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.inmemory.InMemoryUca;
import org.uca.application.port.in.AccessPolicy;
import org.uca.application.port.in.AmendRecordUseCase;
import org.uca.application.port.in.AccountRecoveryUseCase;
import org.uca.application.port.in.ChangePasswordUseCase;
import org.uca.application.port.in.ManageAccountsUseCase;
import org.uca.application.port.in.ManageStaffUseCase;
import org.uca.application.port.in.SetPasswordFromLinkUseCase;
import org.uca.application.port.in.ReminderDigestQuery;
import org.uca.application.port.in.SyncResidentsUseCase;
import org.uca.application.port.in.ApplyRetentionUseCase;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.DecideAppealUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ImportResidentsAtTheConsoleUseCase;
import org.uca.application.port.in.MachineCredentialsAtTheConsoleUseCase;
import org.uca.application.port.in.ImportResidentsUseCase;
import org.uca.application.port.in.FiledCorrespondenceUseCase;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.in.LiftRestrictionUseCase;
import org.uca.application.port.in.LodgeAppealUseCase;
import org.uca.application.port.in.MarkEnteredInErrorUseCase;
import org.uca.application.port.in.RecordContactUseCase;
import org.uca.application.port.in.RecordResidentInformedUseCase;
import org.uca.application.port.in.RecordResidentNeedsUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.in.ReviewRestrictionUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.WithholdNoticeUseCase;
import org.uca.application.port.in.WorkPropertiesUseCase;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.CaseQueries;
import org.uca.application.port.out.Cases;
import org.uca.application.port.out.GuidanceLookup;
import org.uca.application.port.out.MonitoringData;
import org.uca.application.port.out.MachineCredentials;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ReadModelSource;
import org.uca.application.port.out.ResidentDirectory;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.SignInAccounts;
import org.uca.application.port.out.Webhooks;
import org.uca.application.port.out.WorkProperties;
import org.uca.application.port.out.StaffRecords;
import org.uca.application.port.out.SubjectAccessRecords;
import org.uca.application.service.UcaApplication;
import org.uca.application.testbed.StaffRoles;
import org.uca.application.testbed.Testbed;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.cases.InformedHow;
import org.uca.domain.cases.ResidentInformed;
import org.uca.domain.cases.ResidentNeeds;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.cases.WarningId;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;

/**
 * Who may do what is the application's rule, the same for every front end: every use case of {@link UcaApplication},
 * run as someone in every role, is refused exactly when {@link AccessPolicy} says so, before any case, resident or
 * report is read, and every refusal is audited.
 */
class WhoMayDoWhatTest {

    /** A case with a warning, a further action, contact standards in force (decision 1) and an appeal waiting. */
    private record Scene(Testbed bed, UcaApplication app, CaseId caseId, LocalDate today, AtomicInteger reads) {
    }

    private record UseCase(Task task, BiFunction<Scene, StaffId, Either<Failure, ?>> run) {
    }

    /** Every use case a member of staff runs, by "Interface.method", with the task it names. */
    private static final Map<String, UseCase> USE_CASES = new LinkedHashMap<>();

    private static void useCase(String name, Task task, BiFunction<Scene, StaffId, Either<Failure, ?>> run) {
        USE_CASES.put(name, new UseCase(task, run));
    }

    static {
        useCase("RecordUnacceptableActionsUseCase.recordActions", Task.RECORD_ACTIONS, (s, who) ->
                s.app().recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(who,
                        ALEX, List.of(Reports.verbalAbuse(s.bed().clock.now())))));
        useCase("RecordResidentNeedsUseCase.recordNeeds", Task.RECORD_NEEDS, (s, who) ->
                s.app().recordResidentNeeds().recordNeeds(new RecordResidentNeedsUseCase.Command(who, ALEX,
                        new ResidentNeeds(List.empty(), "Lives alone."))));
        useCase("RecordContactUseCase.recordContact", Task.RECORD_CONTACT, (s, who) ->
                s.app().recordContact().recordContact(new RecordContactUseCase.Command(who, ALEX,
                        s.bed().clock.now(), 10, Channel.EMAIL)));
        useCase("FiledCorrespondenceUseCase.log", Task.LOG_FILED_CORRESPONDENCE, (s, who) ->
                s.app().filedCorrespondence().log(new FiledCorrespondenceUseCase.Log(who, s.caseId(), s.today(),
                        Channel.LETTER, "A letter about the repair.")));
        useCase("FiledCorrespondenceUseCase.screen", Task.SCREEN_FILED_CORRESPONDENCE, (s, who) ->
                s.app().filedCorrespondence().screen(new FiledCorrespondenceUseCase.Screen(who, s.caseId(), 1,
                        Option.none(), Option.none())));
        useCase("IssueWarningUseCase.issueWarning", Task.ISSUE_WARNING, (s, who) ->
                s.app().issueWarning().issueWarning(new IssueWarningUseCase.Command(who, s.caseId(),
                        List.of(new ActionId(2)), "Abuse continued.", "Stop swearing at staff.")));
        useCase("AuthoriseMeasuresUseCase.authorise", Task.AUTHORISE_MEASURES, (s, who) ->
                s.app().authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(who, s.caseId(),
                        AProposal.contactStandards(Measures.thirtyMinutesAWeek())
                                .afterWarning(new WarningId(1), new ActionId(2)).decidedOn(s.today()).build())));
        useCase("RecordResidentInformedUseCase.recordResidentInformed", Task.RECORD_RESIDENT_INFORMED, (s, who) ->
                s.app().recordResidentInformed().recordResidentInformed(new RecordResidentInformedUseCase.Command(
                        who, s.caseId(), new DecisionId(1), new ResidentInformed(
                                s.bed().clock.now().minus(Duration.ofMinutes(5)), Staff.OFFICER.id(),
                                InformedHow.LETTER))));
        useCase("WithholdNoticeUseCase.withholdNotice", Task.WITHHOLD_NOTICE, (s, who) ->
                s.app().withholdNotice().withholdNotice(new WithholdNoticeUseCase.Command(who, s.caseId(),
                        new DecisionId(1), "The police ask that he is not told yet.", s.today().plusMonths(1))));
        useCase("WithholdNoticeUseCase.keepNoticeWithheld", Task.WITHHOLD_NOTICE, (s, who) ->
                s.app().withholdNotice().keepNoticeWithheld(new WithholdNoticeUseCase.Command(who, s.caseId(),
                        new DecisionId(1), "The investigation continues.", s.today().plusMonths(1))));
        useCase("WithholdNoticeUseCase.endNoticeWithheld", Task.WITHHOLD_NOTICE, (s, who) ->
                s.app().withholdNotice().endNoticeWithheld(new WithholdNoticeUseCase.End(who, s.caseId(),
                        new DecisionId(1), "The investigation has closed.")));
        useCase("LodgeAppealUseCase.lodgeAppeal", Task.LODGE_APPEAL, (s, who) ->
                s.app().lodgeAppeal().lodgeAppeal(new LodgeAppealUseCase.Command(who, s.caseId(), new DecisionId(1),
                        s.today(), "Unfair.")));
        useCase("DecideAppealUseCase.decideAppeal", Task.DECIDE_APPEAL, (s, who) ->
                s.app().decideAppeal().decideAppeal(new DecideAppealUseCase.Command(who, s.caseId(), new AppealId(1),
                        AppealOutcome.DECISION_UPHELD, List.empty(), "The recordings support it.")));
        useCase("ReviewRestrictionUseCase.review", Task.REVIEW_RESTRICTION, (s, who) ->
                s.app().reviewRestriction().review(new ReviewRestrictionUseCase.Command(who, s.caseId(),
                        new DecisionId(1), ReviewOutcome.CONTINUE, List.empty(), "Still needed.",
                        Option.some(s.today().plusMonths(2)))));
        useCase("LiftRestrictionUseCase.lift", Task.LIFT_RESTRICTION, (s, who) ->
                s.app().liftRestriction().lift(new LiftRestrictionUseCase.Command(who, s.caseId(), new DecisionId(1),
                        "No further incidents.")));
        useCase("MarkEnteredInErrorUseCase.markEnteredInError", Task.MARK_ENTERED_IN_ERROR, (s, who) ->
                s.app().markEnteredInError().markEnteredInError(new MarkEnteredInErrorUseCase.Command(who,
                        s.caseId(), EnteredInError.Part.ACTION, 2, "Recorded on the wrong case.")));
        useCase("AmendRecordUseCase.amend", Task.AMEND_RECORDS, (s, who) ->
                s.app().amendRecords().amend(new AmendRecordUseCase.Command(who, s.caseId(), 1,
                        new AmendRecordUseCase.WarningCorrection("Corrected reasons.", "Corrected change."),
                        "Typed from the wrong note.")));
        useCase("ContactGuidanceQuery.guidanceAsOf", Task.READ_CONTACT_GUIDANCE, (s, who) ->
                s.app().contactGuidance().guidanceAsOf(who, ALEX,
                        io.vavr.control.Option.some(org.uca.domain.measures.LandlordService.REPAIRS)));
        useCase("SafeVisitQuery.atProperty", Task.SAFE_VISIT, (s, who) ->
                s.app().safeVisit().atProperty(who, "100023336956"));
        useCase("SafeVisitQuery.forResident", Task.SAFE_VISIT, (s, who) -> s.app().safeVisit().forResident(who, ALEX));
        useCase("SafeVisitQuery.propertiesByAddress", Task.SAFE_VISIT, (s, who) ->
                s.app().safeVisit().propertiesByAddress(who, "W10 5AA", "12 Elm Road"));
        useCase("FindResidentsQuery.findResidents", Task.FIND_RESIDENTS, (s, who) ->
                s.app().findResidents().findResidents(who, "Alex"));
        useCase("ViewCaseQuery.viewCase", Task.VIEW_CASE, (s, who) -> s.app().viewCase().viewCase(who, s.caseId()));
        useCase("ViewCaseQuery.caseOf", Task.VIEW_CASE, (s, who) -> s.app().viewCase().caseOf(who, ALEX));
        useCase("LetterQuery.letter", Task.READ_LETTERS, (s, who) -> s.app().letters().letter(who, s.caseId(),
                new LetterQuery.Which.ForWarning(new WarningId(1))));
        useCase("WorkQueuesQuery.appealsDue", Task.SEE_WORK_QUEUES, (s, who) ->
                s.app().workQueues().appealsDue(who, 10));
        useCase("WorkQueuesQuery.reviewsDue", Task.SEE_WORK_QUEUES, (s, who) ->
                s.app().workQueues().reviewsDue(who, 365));
        useCase("WorkQueuesQuery.residentsWithRestrictions", Task.SEE_WORK_QUEUES, (s, who) ->
                s.app().workQueues().residentsWithRestrictions(who));
        useCase("WorkQueuesQuery.noticesWithheldToRecheck", Task.WITHHOLD_NOTICE, (s, who) ->
                s.app().workQueues().noticesWithheldToRecheck(who));
        useCase("WorkQueuesQuery.myCases", Task.SEE_WORK_QUEUES, (s, who) -> s.app().workQueues().myCases(who));
        useCase("WorkQueuesQuery.correspondenceToScreen", Task.SEE_WORK_QUEUES,
                (s, who) -> s.app().workQueues().correspondenceToScreen(who));
        useCase("MonitoringQuery.report", Task.SEE_MONITORING, (s, who) ->
                s.app().monitoring().report(who, s.today().minusMonths(2), s.today()));
        useCase("ExportSubjectAccessUseCase.export", Task.EXPORT_SUBJECT_ACCESS, (s, who) ->
                s.app().exportSubjectAccess().export(who, ALEX));
        useCase("MyWorkQuery.myWork", Task.SEE_WORK_QUEUES, (s, who) -> s.app().myWork().myWork(who));
        useCase("CasePageQuery.casePage", Task.VIEW_CASE, (s, who) -> s.app().casePage().casePage(who, s.caseId()));
        useCase("CaseAuditQuery.caseAudit", Task.SEE_AUDIT_TRAIL, (s, who) ->
                s.app().caseAudit().caseAudit(who, s.caseId(), 1, 1, 25));
        useCase("GuidancePageQuery.guidancePage", Task.READ_CONTACT_GUIDANCE, (s, who) ->
                s.app().guidancePage().guidancePage(who, ALEX,
                        org.uca.application.port.in.GuidancePageQuery.Shown.PAGE, io.vavr.control.Option.none()));
        useCase("ImportResidentsUseCase.importResidents", Task.IMPORT_RESIDENTS, (s, who) ->
                s.app().importResidents().importResidents(new ImportResidentsUseCase.Command(who,
                        new ImportResidentsUseCase.ResidentFile(List.of("reference", "name", "address_line_1"),
                                List.of(new ImportResidentsUseCase.Row(2, io.vavr.collection.HashMap.of(
                                        "reference", "R-7", "name", "Cal Reyes", "address_line_1", "7 Mill Lane")))),
                        true)));
        ManageStaffUseCase.Details starter = new ManageStaffUseCase.Details("New Starter", "new@example.org",
                "Housing", "Housing Officer", AuthorityLevel.NONE);
        useCase("ManageStaffUseCase.addStaff", Task.MANAGE_STAFF, (s, who) ->
                s.app().manageStaff().addStaff(new ManageStaffUseCase.AddStaff(who, starter)));
        useCase("ManageStaffUseCase.editStaff", Task.MANAGE_STAFF, (s, who) ->
                s.app().manageStaff().editStaff(new ManageStaffUseCase.EditStaff(who, Staff.OFFICER.id(), starter,
                        Option.none())));
        useCase("ManageStaffUseCase.markAsLeft", Task.MANAGE_STAFF, (s, who) ->
                s.app().manageStaff().markAsLeft(new ManageStaffUseCase.MarkAsLeft(who, Staff.OFFICER.id(),
                        s.today())));
        useCase("ManageStaffUseCase.findStaff", Task.MANAGE_STAFF, (s, who) ->
                s.app().manageStaff().findStaff(who, "", 1));
        useCase("ManageStaffUseCase.staffRecord", Task.MANAGE_STAFF, (s, who) ->
                s.app().manageStaff().staffRecord(who, Staff.OFFICER.id()));
        useCase("ManageAccountsUseCase.createAccount", Task.MANAGE_ACCOUNTS, (s, who) ->
                s.app().manageAccounts().createAccount(new ManageAccountsUseCase.CreateAccount(who,
                        Staff.OFFICER.id(), "new.officer", Role.OFFICER)));
        useCase("ManageAccountsUseCase.resetAccount", Task.MANAGE_ACCOUNTS, (s, who) ->
                s.app().manageAccounts().resetAccount(new ManageAccountsUseCase.AccountChange(who, "someone")));
        useCase("ManageAccountsUseCase.disableAccount", Task.MANAGE_ACCOUNTS, (s, who) ->
                s.app().manageAccounts().disableAccount(new ManageAccountsUseCase.AccountChange(who, "someone")));
        useCase("ManageAccountsUseCase.enableAccount", Task.MANAGE_ACCOUNTS, (s, who) ->
                s.app().manageAccounts().enableAccount(new ManageAccountsUseCase.AccountChange(who, "someone")));
        useCase("ManageAccountsUseCase.unlockAccount", Task.MANAGE_ACCOUNTS, (s, who) ->
                s.app().manageAccounts().unlockAccount(new ManageAccountsUseCase.AccountChange(who, "someone")));
        useCase("ManageAccountsUseCase.findAccounts", Task.MANAGE_ACCOUNTS, (s, who) ->
                s.app().manageAccounts().findAccounts(who, "", 1));
        useCase("ManageMachineCredentialsUseCase.createMachineCredential", Task.MANAGE_MACHINE_CREDENTIALS,
                (s, who) -> s.app().manageMachineCredentials().createMachineCredential(who, "Housing system"));
        useCase("ManageMachineCredentialsUseCase.machineCredentials", Task.MANAGE_MACHINE_CREDENTIALS,
                (s, who) -> s.app().manageMachineCredentials().machineCredentials(who));
        useCase("ManageMachineCredentialsUseCase.revokeMachineCredential", Task.MANAGE_MACHINE_CREDENTIALS,
                (s, who) -> s.app().manageMachineCredentials().revokeMachineCredential(who, "0123456789abcdef"));
        useCase("WorkPropertiesUseCase.propertiesOfContractorAccount", Task.MANAGE_STAFF,
                (s, who) -> s.app().workProperties().propertiesOfContractorAccount(who, StaffRoles.CONTRACTOR.id()));
        useCase("WorkPropertiesUseCase.setPropertiesOfContractorAccount", Task.MANAGE_STAFF,
                (s, who) -> s.app().workProperties().setPropertiesOfContractorAccount(who,
                        StaffRoles.CONTRACTOR.id(), WorkPropertiesUseCase.GivenProperties.listed(true,
                                io.vavr.collection.List.of("100023336956"))));
        useCase("WorkPropertiesUseCase.propertiesOfContractorSystem", Task.MANAGE_MACHINE_CREDENTIALS,
                (s, who) -> s.app().workProperties().propertiesOfContractorSystem(who, "0123456789abcdef"));
        useCase("WorkPropertiesUseCase.setPropertiesOfContractorSystem", Task.MANAGE_MACHINE_CREDENTIALS,
                (s, who) -> s.app().workProperties().setPropertiesOfContractorSystem(who, "0123456789abcdef",
                        WorkPropertiesUseCase.GivenProperties.listed(false, io.vavr.collection.List.empty())));
        useCase("WorkPropertiesUseCase.howManyPropertiesOfMyWork", Task.SAFE_VISIT,
                (s, who) -> s.app().workProperties().howManyPropertiesOfMyWork(who));
        useCase("NotificationDeliveryUseCase.undeliveredNotifications", Task.RETRY_NOTIFICATIONS,
                (s, who) -> s.app().notificationDelivery().undeliveredNotifications(who));
        useCase("NotificationDeliveryUseCase.retryNow", Task.RETRY_NOTIFICATIONS,
                (s, who) -> s.app().notificationDelivery().retryNow(who, 1));
        useCase("NotificationDeliveryUseCase.retryLetterEmailNow", Task.RETRY_NOTIFICATIONS,
                (s, who) -> s.app().notificationDelivery().retryLetterEmailNow(who, 1));
        useCase("NotificationAddressesUseCase.notificationAddresses", Task.SET_NOTIFICATION_ADDRESSES,
                (s, who) -> s.app().notificationAddresses().notificationAddresses(who));
        useCase("NotificationAddressesUseCase.setServiceDevelopmentTeamAddress", Task.SET_NOTIFICATION_ADDRESSES,
                (s, who) -> s.app().notificationAddresses().setServiceDevelopmentTeamAddress(who, "sdt@example.org"));
        useCase("NotificationAddressesUseCase.setTeamAddress", Task.SET_NOTIFICATION_ADDRESSES,
                (s, who) -> s.app().notificationAddresses().setTeamAddress(who, "Repairs", "repairs@example.org"));
        useCase("WebhooksUseCase.receivingSystems", Task.MANAGE_WEBHOOKS,
                (s, who) -> s.app().webhooks().receivingSystems(who));
        useCase("WebhooksUseCase.register", Task.MANAGE_WEBHOOKS, (s, who) -> s.app().webhooks().register(who,
                "Housing CRM", "https://crm.example.org/uca", io.vavr.collection.List.of(
                        "uk.org.uca.restriction.authorised.v1")));
        useCase("WebhooksUseCase.enable", Task.MANAGE_WEBHOOKS, (s, who) -> s.app().webhooks().enable(who, 1, false));
        useCase("WebhooksUseCase.rotateSecret", Task.MANAGE_WEBHOOKS,
                (s, who) -> s.app().webhooks().rotateSecret(who, 1));
        useCase("WebhooksUseCase.deliveries", Task.MANAGE_WEBHOOKS, (s, who) -> s.app().webhooks().deliveries(who, 1));
        useCase("WebhooksUseCase.redeliver", Task.MANAGE_WEBHOOKS,
                (s, who) -> s.app().webhooks().redeliver(who, 1, 1));
        useCase("SendLetterUseCase.recordSending", Task.RECORD_LETTER_SENT,
                (s, who) -> s.app().sendLetter().recordSending(who, s.caseId(),
                        new org.uca.application.port.in.LetterQuery.Which.ForDecision(
                                new org.uca.domain.cases.DecisionId(1)),
                        org.uca.application.port.out.LetterOutput.How.POSTED));
        useCase("SendLetterUseCase.sendings", Task.READ_LETTERS,
                (s, who) -> s.app().sendLetter().sendings(who, s.caseId()));
        useCase("SendLetterUseCase.sendingsOf", Task.READ_LETTERS,
                (s, who) -> s.app().sendLetter().sendingsOf(who, s.caseId(),
                        new org.uca.application.port.in.LetterQuery.Which.ForDecision(new DecisionId(1))));
        useCase("ServiceDevelopmentInboxUseCase.inbox", Task.READ_SDT_INBOX,
                (s, who) -> s.app().serviceDevelopmentInbox().inbox(who, 1));
        useCase("ServiceDevelopmentInboxUseCase.open", Task.READ_SDT_INBOX,
                (s, who) -> s.app().serviceDevelopmentInbox().open(who, 1));
        useCase("ChangePasswordUseCase.changePassword", Task.CHANGE_OWN_PASSWORD, (s, who) ->
                s.app().changePassword().changePassword(new ChangePasswordUseCase.ChangePassword(who, "wrong",
                        "a long new password", "a long new password")));
    }

    /**
     * The retention rule and the server's command line (accounts recovery, the import and machine credentials at the
     * console) are the system's, run by no member of staff, and a set-password link is its own credential (its holder
     * has no session yet), so they name no task. A refusal a front end made before asking a use case is audited
     * whoever made it (a role not permitted the task most of all), so it checks no role either.
     */
    private static final Set<Class<?>> RUN_BY_THE_SYSTEM = Set.of(ApplyRetentionUseCase.class,
            AccountRecoveryUseCase.class, SetPasswordFromLinkUseCase.class, ImportResidentsAtTheConsoleUseCase.class,
            SyncResidentsUseCase.class, MachineCredentialsAtTheConsoleUseCase.class,
            ReminderDigestQuery.class, org.uca.application.port.in.RecordRefusedAttemptUseCase.class,
            org.uca.application.port.in.LapseRestrictionsUseCase.class);

    /** Each read port counts its calls, so a refusal can be shown to read nothing. */
    @SuppressWarnings("unchecked")
    /** The port, counting every call but those of {@code staffChecks} (who is asking is not case data). */
    private static <T> T counted(Class<T> port, T real, AtomicInteger reads, String... staffChecks) {
        java.util.Set<String> notCounted = java.util.Set.of(staffChecks);
        return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (!notCounted.contains(method.getName())) {
                reads.incrementAndGet();
            }
            try {
                return method.invoke(real, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private static Scene scene() {
        Testbed bed = new Testbed();
        CaseId caseId = bed.journey.recordVerbalAbuse(ALEX).caseId();
        WarningId warning = bed.journey.warn(caseId, List.of(new ActionId(1)));
        var further = bed.journey.recordVerbalAbuse(ALEX).actions();
        DecisionId decision = bed.journey.authorise(caseId, Staff.SERVICE_MANAGER,
                AProposal.contactStandards(Measures.singlePointOfContact()).afterWarning(warning, further));
        bed.journey.appeal(caseId, decision);
        bed.clock.advance(Duration.ofHours(1));
        InMemoryUca uca = bed.uca;
        AtomicInteger reads = new AtomicInteger();
        Ports real = uca.ports();
        Ports watched = new Ports(counted(Cases.class, real.cases(), reads),
                counted(CaseQueries.class, real.caseQueries(), reads),
                counted(ResidentDirectory.class, real.residents(), reads), real.staff(), real.notifications(),
                real.audit(), real.access(), real.letters(), counted(MonitoringData.class, real.monitoring(), reads),
                counted(ReadModelSource.class, real.readModels(), reads), counted(GuidanceLookup.class, real.guidance(),
                        reads, "asking"),
                real.retention(), counted(SubjectAccessRecords.class, real.subjectAccess(), reads),
                real.unitOfWork(), real.clock(), real.workingDays(),
                counted(StaffRecords.class, real.staffRecords(), reads),
                counted(SignInAccounts.class, real.accounts(), reads), real.credentials(),
                counted(MachineCredentials.class, real.machineCredentials(), reads),
                counted(Webhooks.class, real.webhooks(), reads),
                counted(WorkProperties.class, real.workProperties(), reads));
        return new Scene(bed, new UcaApplication(watched), caseId, UkTime.dateOf(bed.clock.now()), reads);
    }

    @Test
    @DisplayName("the table below names every use case UcaApplication offers, each with one task, and every task")
    void everyUseCaseIsListed() {
        Set<String> offered = Arrays.stream(UcaApplication.class.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                .map(Method::getReturnType)
                .filter(type -> !RUN_BY_THE_SYSTEM.contains(type))
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods())
                        .filter(m -> java.lang.reflect.Modifier.isAbstract(m.getModifiers()))
                        .map(m -> type.getSimpleName() + "." + m.getName()))
                .collect(Collectors.toSet());
        assertThat(USE_CASES.keySet()).containsExactlyInAnyOrderElementsOf(offered);
        assertThat(USE_CASES.values().stream().map(UseCase::task).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Task.class));
    }

    @Test
    @DisplayName("every use case, run in every role, is refused exactly when the access policy says so: before"
            + " anything is read, with nothing changed, and audited as not permitted")
    void theWholeMatrix() {
        for (Role role : Role.values()) {
            StaffMember someone = StaffRoles.someoneIn(role);
            USE_CASES.forEach((name, useCase) -> {
                Scene s = scene();
                long versionBefore = s.bed().uca.cases.find(s.caseId()).get().version();
                long auditBefore = s.bed().uca.audit.count();

                Either<Failure, ?> result = useCase.run().apply(s, someone.id());

                boolean refused = result.isLeft() && result.getLeft() instanceof Failure.NotPermitted;
                String as = role + " → " + name;
                assertThat(refused).as(as + (refused ? "" : ": " + result)).isEqualTo(!AccessPolicy.allows(role,
                        useCase.task()));
                if (refused) {
                    assertThat(result.getLeft().message()).as(as).isEqualTo("As " + role.someone()
                            + " you cannot " + useCase.task().description() + ".");
                    assertThat(s.reads().get()).as(as + ": nothing read").isZero();
                    assertThat(s.bed().uca.cases.find(s.caseId()).get().version()).as(as).isEqualTo(versionBefore);
                    assertThat(s.bed().uca.cases.findByResident(BEA)).isEmpty();
                    assertThat(s.bed().uca.audit.count()).as(as + ": audited").isEqualTo(auditBefore + 1);
                    AuditLog.Entry entry = s.bed().uca.audit.all().last();
                    assertThat(entry.outcome()).isEqualTo(AuditLog.Outcome.NOT_PERMITTED);
                    assertThat(entry.who()).isEqualTo(someone.id());
                    assertThat(entry.command()).isEqualTo(useCase.task().description());
                }
            });
        }
    }

    @Test
    @DisplayName("the access policy is the agreed matrix: officers record, warn and mark what they recorded as entered"
            + " in error, managers also decide, the"
            + " and see the audit trail, the Service Development Team reads, monitors and sees the audit trail, the Data"
            + " Protection Officer finds residents and exports what is held about them, an administrator keeps staff and"
            + " accounts, brings residents over from the housing system, sees the figures and may export for a subject"
            + " access request; everyone changes their own password")
    void theAgreedMatrix() {
        Set<Task> officer = EnumSet.of(Task.RECORD_ACTIONS, Task.RECORD_NEEDS, Task.RECORD_CONTACT,
                Task.LOG_FILED_CORRESPONDENCE, Task.SCREEN_FILED_CORRESPONDENCE,
                Task.ISSUE_WARNING, Task.RECORD_RESIDENT_INFORMED, Task.LODGE_APPEAL, Task.READ_CONTACT_GUIDANCE,
                Task.FIND_RESIDENTS, Task.VIEW_CASE, Task.READ_LETTERS, Task.RECORD_LETTER_SENT, Task.SEE_WORK_QUEUES,
                Task.CHANGE_OWN_PASSWORD, Task.MARK_ENTERED_IN_ERROR, Task.AMEND_RECORDS);
        Set<Task> manager = EnumSet.copyOf(officer);
        manager.addAll(EnumSet.of(Task.AUTHORISE_MEASURES, Task.DECIDE_APPEAL, Task.REVIEW_RESTRICTION,
                Task.LIFT_RESTRICTION, Task.SEE_MONITORING, Task.SEE_AUDIT_TRAIL));
        assertThat(AccessPolicy.tasksOf(Role.OFFICER)).containsExactlyInAnyOrderElementsOf(officer);
        assertThat(AccessPolicy.tasksOf(Role.SERVICE_MANAGER)).containsExactlyInAnyOrderElementsOf(manager);
        // withholding notice from the resident is signed off by an Assistant Director or above (issue 15 §3)
        Set<Task> director = EnumSet.copyOf(manager);
        director.add(Task.WITHHOLD_NOTICE);
        for (Role directorRole : List.of(Role.ASSISTANT_DIRECTOR, Role.DIRECTOR)) {
            assertThat(AccessPolicy.tasksOf(directorRole)).as(directorRole.label())
                    .containsExactlyInAnyOrderElementsOf(director);
        }
        assertThat(AccessPolicy.tasksOf(Role.SERVICE_DEVELOPMENT_TEAM)).containsExactlyInAnyOrder(
                Task.READ_CONTACT_GUIDANCE, Task.FIND_RESIDENTS, Task.VIEW_CASE, Task.SEE_AUDIT_TRAIL,
                Task.READ_LETTERS, Task.SEE_WORK_QUEUES, Task.SEE_MONITORING, Task.CHANGE_OWN_PASSWORD,
                Task.READ_SDT_INBOX);
        assertThat(AccessPolicy.tasksOf(Role.DATA_PROTECTION_OFFICER)).containsExactlyInAnyOrder(
                Task.FIND_RESIDENTS, Task.EXPORT_SUBJECT_ACCESS, Task.CHANGE_OWN_PASSWORD);
        assertThat(AccessPolicy.tasksOf(Role.ADMINISTRATOR)).containsExactlyInAnyOrder(Task.SEE_MONITORING,
                Task.MANAGE_STAFF, Task.MANAGE_ACCOUNTS, Task.CHANGE_OWN_PASSWORD, Task.IMPORT_RESIDENTS,
                Task.MANAGE_MACHINE_CREDENTIALS, Task.RETRY_NOTIFICATIONS, Task.SET_NOTIFICATION_ADDRESSES,
                Task.EXPORT_SUBJECT_ACCESS, Task.MANAGE_WEBHOOKS);
        assertThat(AccessPolicy.tasksOf(Role.CONTRACTOR)).containsExactlyInAnyOrder(Task.SAFE_VISIT,
                Task.CHANGE_OWN_PASSWORD);
    }

    @Test
    @DisplayName("no front end can widen what a role may do: the tasks a role is shown cannot be changed")
    void thePolicyCannotBeWidened() {
        for (Role role : Role.values()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> AccessPolicy.tasksOf(role).add(Task.AUTHORISE_MEASURES)).as(role.label())
                    .isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(AccessPolicy.allows(Role.OFFICER, Task.AUTHORISE_MEASURES)).isFalse();
    }

    @Test
    @DisplayName("the role comes from the staff directory, never the request: a member of staff with no role is"
            + " refused and audited, and so is someone the directory does not know")
    void noRoleNoAccess() {
        Scene s = scene();
        StaffMember noRole = new StaffMember(new StaffId("nia"), "Nia Evans", "Income",
                org.uca.domain.people.AuthorityLevel.DIRECTOR);
        s.bed().uca.staff.addWithoutRole(noRole);
        for (StaffId who : List.of(noRole.id(), new StaffId("intruder"))) {
            long auditBefore = s.bed().uca.audit.count();
            var result = s.app().contactGuidance().guidanceFor(who, ALEX);
            assertThat(result.getLeft()).isInstanceOf(Failure.NotPermitted.class);
            assertThat(s.bed().uca.audit.count()).isEqualTo(auditBefore + 1);
            assertThat(s.bed().uca.audit.all().last().outcome()).isEqualTo(AuditLog.Outcome.NOT_PERMITTED);
        }
        assertThat(s.reads().get()).isZero();
    }
}
