package org.uca.adapter.web.port;

import java.util.Objects;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.CaseAuditQuery;
import org.uca.application.port.in.CasePageQuery;
import org.uca.application.port.in.ExportSubjectAccessUseCase;
import org.uca.application.port.in.ChangePasswordUseCase;
import org.uca.application.port.in.ContactGuidanceQuery;
import org.uca.application.port.in.DecideAppealUseCase;
import org.uca.application.port.in.FindResidentsQuery;
import org.uca.application.port.in.GuidancePageQuery;
import org.uca.application.port.in.ImportResidentsUseCase;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.in.LiftRestrictionUseCase;
import org.uca.application.port.in.LodgeAppealUseCase;
import org.uca.application.port.in.ManageAccountsUseCase;
import org.uca.application.port.in.ManageMachineCredentialsUseCase;
import org.uca.application.port.in.WebhooksUseCase;
import org.uca.application.port.in.ManageStaffUseCase;
import org.uca.application.port.in.NotificationAddressesUseCase;
import org.uca.application.port.in.NotificationDeliveryUseCase;
import org.uca.application.port.in.SendLetterUseCase;
import org.uca.application.port.in.ServiceDevelopmentInboxUseCase;
import org.uca.application.port.in.SafeVisitQuery;
import org.uca.application.port.in.SyncResidentsUseCase;
import org.uca.application.port.in.MonitoringQuery;
import org.uca.application.port.in.MyWorkQuery;
import org.uca.application.port.in.RecordContactUseCase;
import org.uca.application.port.in.RecordRefusedAttemptUseCase;
import org.uca.application.port.in.RecordResidentInformedUseCase;
import org.uca.application.port.in.MarkEnteredInErrorUseCase;
import org.uca.application.port.in.AmendRecordUseCase;
import org.uca.application.port.in.RecordResidentNeedsUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.in.ReviewRestrictionUseCase;
import org.uca.application.port.in.SetPasswordFromLinkUseCase;
import org.uca.application.port.in.ViewCaseQuery;
import org.uca.application.port.in.WithholdNoticeUseCase;
import org.uca.application.port.in.WorkPropertiesUseCase;
import org.uca.application.port.in.FiledCorrespondenceUseCase;
import org.uca.application.port.in.WorkQueuesQuery;

/**
 * The use cases the web adapter drives: the application's incoming ports only, so the adapter never depends on how
 * the application is assembled. The composition root fills it from {@code UcaApplication}.
 */
public record UseCases(RecordUnacceptableActionsUseCase recordUnacceptableActions,
        RecordResidentNeedsUseCase recordResidentNeeds, RecordContactUseCase recordContact,
        IssueWarningUseCase issueWarning, AuthoriseMeasuresUseCase authoriseMeasures,
        RecordResidentInformedUseCase recordResidentInformed, LodgeAppealUseCase lodgeAppeal,
        DecideAppealUseCase decideAppeal, ReviewRestrictionUseCase reviewRestriction,
        LiftRestrictionUseCase liftRestriction, MarkEnteredInErrorUseCase markEnteredInError,
        AmendRecordUseCase amendRecords,
        ContactGuidanceQuery contactGuidance, ViewCaseQuery viewCase,
        FindResidentsQuery findResidents, WorkQueuesQuery workQueues, LetterQuery letters,
        MonitoringQuery monitoring, MyWorkQuery myWork, CasePageQuery casePage, GuidancePageQuery guidancePage,
        ImportResidentsUseCase importResidents, ManageStaffUseCase manageStaff, ManageAccountsUseCase manageAccounts,
        SetPasswordFromLinkUseCase setPasswordFromLink, ChangePasswordUseCase changePassword,
        ManageMachineCredentialsUseCase manageMachineCredentials, SyncResidentsUseCase syncResidents,
        NotificationDeliveryUseCase notificationDelivery, NotificationAddressesUseCase notificationAddresses,
        ServiceDevelopmentInboxUseCase serviceDevelopmentInbox, SendLetterUseCase sendLetter,
        CaseAuditQuery caseAudit, ExportSubjectAccessUseCase exportSubjectAccess,
        RecordRefusedAttemptUseCase recordRefusedAttempt, WebhooksUseCase webhooks, SafeVisitQuery safeVisit,
        WorkPropertiesUseCase workProperties, WithholdNoticeUseCase withholdNotice,
        FiledCorrespondenceUseCase filedCorrespondence) {

    public UseCases {
        Objects.requireNonNull(recordUnacceptableActions, "recordUnacceptableActions");
        Objects.requireNonNull(recordResidentNeeds, "recordResidentNeeds");
        Objects.requireNonNull(recordContact, "recordContact");
        Objects.requireNonNull(issueWarning, "issueWarning");
        Objects.requireNonNull(authoriseMeasures, "authoriseMeasures");
        Objects.requireNonNull(recordResidentInformed, "recordResidentInformed");
        Objects.requireNonNull(lodgeAppeal, "lodgeAppeal");
        Objects.requireNonNull(decideAppeal, "decideAppeal");
        Objects.requireNonNull(reviewRestriction, "reviewRestriction");
        Objects.requireNonNull(liftRestriction, "liftRestriction");
        Objects.requireNonNull(markEnteredInError, "markEnteredInError");
        Objects.requireNonNull(amendRecords, "amendRecords");
        Objects.requireNonNull(contactGuidance, "contactGuidance");
        Objects.requireNonNull(viewCase, "viewCase");
        Objects.requireNonNull(findResidents, "findResidents");
        Objects.requireNonNull(workQueues, "workQueues");
        Objects.requireNonNull(letters, "letters");
        Objects.requireNonNull(monitoring, "monitoring");
        Objects.requireNonNull(myWork, "myWork");
        Objects.requireNonNull(casePage, "casePage");
        Objects.requireNonNull(guidancePage, "guidancePage");
        Objects.requireNonNull(importResidents, "importResidents");
        Objects.requireNonNull(manageStaff, "manageStaff");
        Objects.requireNonNull(manageAccounts, "manageAccounts");
        Objects.requireNonNull(setPasswordFromLink, "setPasswordFromLink");
        Objects.requireNonNull(changePassword, "changePassword");
        Objects.requireNonNull(manageMachineCredentials, "manageMachineCredentials");
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(syncResidents, "syncResidents");
        Objects.requireNonNull(notificationDelivery, "notificationDelivery");
        Objects.requireNonNull(notificationAddresses, "notificationAddresses");
        Objects.requireNonNull(serviceDevelopmentInbox, "serviceDevelopmentInbox");
        Objects.requireNonNull(sendLetter, "sendLetter");
        Objects.requireNonNull(caseAudit, "caseAudit");
        Objects.requireNonNull(exportSubjectAccess, "exportSubjectAccess");
        Objects.requireNonNull(recordRefusedAttempt, "recordRefusedAttempt");
        Objects.requireNonNull(safeVisit, "safeVisit");
        Objects.requireNonNull(workProperties, "workProperties");
        Objects.requireNonNull(withholdNotice, "withholdNotice");
        Objects.requireNonNull(filedCorrespondence, "filedCorrespondence");
    }
}
