package org.uca.application.service;

import org.uca.application.port.in.AccountRecoveryUseCase;
import org.uca.application.port.in.ApplyRetentionUseCase;
import org.uca.application.port.in.AmendRecordUseCase;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.CaseAuditQuery;
import org.uca.application.port.in.CasePageQuery;
import org.uca.application.port.in.ContactGuidanceQuery;
import org.uca.application.port.in.DecideAppealUseCase;
import org.uca.application.port.in.ExportSubjectAccessUseCase;
import org.uca.application.port.in.ImportResidentsAtTheConsoleUseCase;
import org.uca.application.port.in.ImportResidentsUseCase;
import org.uca.application.port.in.MachineCredentialsAtTheConsoleUseCase;
import org.uca.application.port.in.ManageMachineCredentialsUseCase;
import org.uca.application.port.in.NotificationAddressesUseCase;
import org.uca.application.port.in.SendLetterUseCase;
import org.uca.application.port.in.NotificationDeliveryUseCase;
import org.uca.application.port.in.ServiceDevelopmentInboxUseCase;
import org.uca.application.port.in.SyncResidentsUseCase;
import org.uca.application.port.in.FiledCorrespondenceUseCase;
import org.uca.application.port.in.FindResidentsQuery;
import org.uca.application.port.in.GuidancePageQuery;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.in.LiftRestrictionUseCase;
import org.uca.application.port.in.WebhooksUseCase;
import org.uca.application.port.in.MarkEnteredInErrorUseCase;
import org.uca.application.port.in.LodgeAppealUseCase;
import org.uca.application.port.in.ManageAccountsUseCase;
import org.uca.application.port.in.ManageStaffUseCase;
import org.uca.application.port.in.MonitoringQuery;
import org.uca.application.port.in.MyWorkQuery;
import org.uca.application.port.in.ChangePasswordUseCase;
import org.uca.application.port.in.SetPasswordFromLinkUseCase;
import org.uca.application.port.in.RecordContactUseCase;
import org.uca.application.port.in.RecordRefusedAttemptUseCase;
import org.uca.application.port.in.RecordResidentInformedUseCase;
import org.uca.application.port.in.RecordResidentNeedsUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.in.ReviewRestrictionUseCase;
import org.uca.application.port.in.SafeVisitQuery;
import org.uca.application.port.in.ViewCaseQuery;
import org.uca.application.port.in.WorkPropertiesUseCase;
import org.uca.application.port.in.WorkQueuesQuery;
import org.uca.application.port.out.Ports;

/**
 * The application assembled on a set of outgoing ports: every use case of the policy, ready for a front end.
 * Services stay package-private; front ends see only the use-case interfaces.
 */
public final class UcaApplication {

    private final RecordingService recording;
    private final WarningService warnings;
    private final DecisionService decisions;
    private final AppealService appeals;
    private final ReviewService reviews;
    private final EnteredInErrorService enteredInError;
    private final AmendRecordService amendRecords;
    private final CaseQueryService queries;
    private final MonitoringService monitoring;
    private final MyWorkService myWork;
    private final CasePageService casePage;
    private final GuidancePageService guidancePage;
    private final CaseAuditService caseAudit;
    private final DataProtectionService dataProtection;
    private final ResidentImportService residentImport;
    private final MachineCredentialService machineCredentials;
    private final NotificationDeliveryService notificationDelivery;
    private final NotificationAddressService notificationAddresses;
    private final LetterSendingService letterSending;
    private final ServiceDevelopmentInboxService serviceDevelopmentInbox;
    private final ResidentSyncService residentSync;
    private final StaffAdministrationService staffAdministration;
    private final AccountAdministrationService accountAdministration;
    private final PasswordService passwords;
    private final AccountRecoveryService accountRecovery;
    private final ReminderDigestService reminders;
    private final RefusedAttemptService refusedAttempts;
    private final WebhookService webhooks;
    private final SafeVisitService safeVisits;
    private final WorkPropertiesService workProperties;
    private final LapseService lapses;
    private final NoticeWithheldService noticesWithheld;
    private final FiledCorrespondenceService filedCorrespondence;

    public UcaApplication(Ports ports) {
        CaseCommands commands = new CaseCommands(ports);
        LetterWriter letters = new LetterWriter(ports);
        ServiceDevelopmentTeam serviceDevelopmentTeam = new ServiceDevelopmentTeam(ports);
        AccessLines looked = new AccessLines(ports);
        LandlordSystems landlordSystems = new LandlordSystems(ports);
        this.recording = new RecordingService(commands);
        this.warnings = new WarningService(commands, ports, letters);
        this.decisions = new DecisionService(commands, ports, letters, serviceDevelopmentTeam, landlordSystems);
        this.appeals = new AppealService(commands, ports, letters, serviceDevelopmentTeam, landlordSystems);
        this.reviews = new ReviewService(commands, ports, letters, serviceDevelopmentTeam, landlordSystems);
        this.enteredInError = new EnteredInErrorService(commands, ports, letters, serviceDevelopmentTeam,
                landlordSystems);
        this.amendRecords = new AmendRecordService(commands, ports, letters, serviceDevelopmentTeam,
                landlordSystems);
        this.queries = new CaseQueryService(commands, ports, letters, looked);
        this.letterSending = new LetterSendingService(commands, ports, queries, looked);
        this.monitoring = new MonitoringService(commands, ports);
        this.myWork = new MyWorkService(commands, ports);
        this.casePage = new CasePageService(commands, ports, looked);
        this.guidancePage = new GuidancePageService(commands, ports, looked);
        this.caseAudit = new CaseAuditService(commands, ports, looked);
        this.dataProtection = new DataProtectionService(commands, ports, looked);
        this.residentImport = new ResidentImportService(commands, ports);
        this.machineCredentials = new MachineCredentialService(commands, ports);
        this.notificationDelivery = new NotificationDeliveryService(commands, ports);
        this.notificationAddresses = new NotificationAddressService(commands, ports);
        this.serviceDevelopmentInbox = new ServiceDevelopmentInboxService(commands, ports, looked);
        this.reminders = new ReminderDigestService(ports);
        this.refusedAttempts = new RefusedAttemptService(commands);
        this.webhooks = new WebhookService(commands, ports);
        this.residentSync = new ResidentSyncService(commands, ports, residentImport);
        this.staffAdministration = new StaffAdministrationService(commands, ports);
        this.accountAdministration = new AccountAdministrationService(commands, ports);
        this.passwords = new PasswordService(commands, ports);
        this.accountRecovery = new AccountRecoveryService(commands, ports);
        this.safeVisits = new SafeVisitService(commands, ports, looked);
        this.workProperties = new WorkPropertiesService(commands, ports);
        this.lapses = new LapseService(ports, letters, serviceDevelopmentTeam, landlordSystems);
        this.noticesWithheld = new NoticeWithheldService(commands, ports, serviceDevelopmentTeam);
        this.filedCorrespondence = new FiledCorrespondenceService(commands, ports, serviceDevelopmentTeam);
    }

    /** What a visitor must do at a property or for a resident: a contractor's one question. */
    public SafeVisitQuery safeVisit() {
        return safeVisits;
    }

    /** The properties of a contractor's work, which limit their safe-visit look-ups: set by administrators. */
    public WorkPropertiesUseCase workProperties() {
        return workProperties;
    }

    public RecordUnacceptableActionsUseCase recordUnacceptableActions() {
        return recording;
    }

    public RecordResidentNeedsUseCase recordResidentNeeds() {
        return recording;
    }

    public RecordContactUseCase recordContact() {
        return recording;
    }

    /** Correspondence filed without a reply under a decision limiting how complaints reach us, and its screening. */
    public FiledCorrespondenceUseCase filedCorrespondence() {
        return filedCorrespondence;
    }

    public IssueWarningUseCase issueWarning() {
        return warnings;
    }

    public AuthoriseMeasuresUseCase authoriseMeasures() {
        return decisions;
    }

    public RecordResidentInformedUseCase recordResidentInformed() {
        return decisions;
    }

    public org.uca.application.port.in.WithholdNoticeUseCase withholdNotice() {
        return noticesWithheld;
    }

    public LodgeAppealUseCase lodgeAppeal() {
        return appeals;
    }

    public DecideAppealUseCase decideAppeal() {
        return appeals;
    }

    public ReviewRestrictionUseCase reviewRestriction() {
        return reviews;
    }

    public LiftRestrictionUseCase liftRestriction() {
        return reviews;
    }

    public MarkEnteredInErrorUseCase markEnteredInError() {
        return enteredInError;
    }

    public AmendRecordUseCase amendRecords() {
        return amendRecords;
    }

    public ContactGuidanceQuery contactGuidance() {
        return queries;
    }

    public ViewCaseQuery viewCase() {
        return queries;
    }

    public FindResidentsQuery findResidents() {
        return queries;
    }

    public WorkQueuesQuery workQueues() {
        return queries;
    }

    public LetterQuery letters() {
        return queries;
    }

    public MonitoringQuery monitoring() {
        return monitoring;
    }

    // ---- read models: each page's content in one call ------------------------------------------------------------

    /** The home page and work queues: appeals and reviews due, my cases, with residents' names. */
    public MyWorkQuery myWork() {
        return myWork;
    }

    /** The case page: the case, resident, guidance, timeline and audit trail, with every staff name. */
    public CasePageQuery casePage() {
        return casePage;
    }

    /** The resident's page: the resident, the guidance now and their case, if any. */
    public GuidancePageQuery guidancePage() {
        return guidancePage;
    }

    /** An attempt a front end refused before asking its use case, audited as the use case would have. */
    public RecordRefusedAttemptUseCase recordRefusedAttempt() {
        return refusedAttempts;
    }

    /** A case's audit page: every attempt about it and who has looked at it, with names and roles. */
    public CaseAuditQuery caseAudit() {
        return caseAudit;
    }

    // ---- data protection -----------------------------------------------------------------------------------------

    /** Everything held about a resident, for a subject access request. */
    public ExportSubjectAccessUseCase exportSubjectAccess() {
        return dataProtection;
    }

    /** The daily reminder digest, which the system sends (no member of staff asks for it). */
    public org.uca.application.port.in.ReminderDigestQuery reminderDigests() {
        return reminders;
    }

    /** Restrictions lapse unless reviewed, which the system runs daily: see {@link org.uca.application.port.in.LapseRestrictionsUseCase}. */
    public org.uca.application.port.in.LapseRestrictionsUseCase lapseRestrictions() {
        return lapses;
    }

    /** The retention rule, which the system runs (no member of staff): see {@link ApplyRetentionUseCase}. */
    public ApplyRetentionUseCase applyRetention() {
        return dataProtection;
    }

    public ImportResidentsUseCase importResidents() {
        return residentImport;
    }

    /** The import run by the server's operator at the command line, audited as such; no member of staff acts. */
    public ImportResidentsAtTheConsoleUseCase importResidentsAtTheConsole() {
        return residentImport;
    }

    /** The housing system's nightly sync, by a machine credential (no member of staff acts). */
    public SyncResidentsUseCase syncResidents() {
        return residentSync;
    }

    // ---- staff and accounts --------------------------------------------------------------------------------------

    /** The staff directory, for administrators. */
    public ManageStaffUseCase manageStaff() {
        return staffAdministration;
    }

    /** The sign-in accounts, for administrators. */
    public ManageAccountsUseCase manageAccounts() {
        return accountAdministration;
    }

    /** The machine credentials, from the server's command line: see {@link MachineCredentialsAtTheConsoleUseCase}. */
    public MachineCredentialsAtTheConsoleUseCase machineCredentialsAtTheConsole() {
        return machineCredentials;
    }

    /** Notifications that keep failing to be e-mailed, for administrators. */
    public NotificationDeliveryUseCase notificationDelivery() {
        return notificationDelivery;
    }

    /** How each letter reached the resident: posted, handed over or e-mailed. */
    public SendLetterUseCase sendLetter() {
        return letterSending;
    }

    /** Where notifications are e-mailed, for administrators. */
    public NotificationAddressesUseCase notificationAddresses() {
        return notificationAddresses;
    }

    /** The Service Development Team's notifications in UCA. */
    public ServiceDevelopmentInboxUseCase serviceDevelopmentInbox() {
        return serviceDevelopmentInbox;
    }

    public ManageMachineCredentialsUseCase manageMachineCredentials() {
        return machineCredentials;
    }

    /** Setting a password from a one-time link (no one signed in). */
    public SetPasswordFromLinkUseCase setPasswordFromLink() {
        return passwords;
    }

    /** Everyone changes their own password. */
    public ChangePasswordUseCase changePassword() {
        return passwords;
    }

    /** The server's command line, for when no one can sign in: see {@link AccountRecoveryUseCase}. */
    public AccountRecoveryUseCase accountRecovery() {
        return accountRecovery;
    }

    public WebhooksUseCase webhooks() {
        return webhooks;
    }
}
