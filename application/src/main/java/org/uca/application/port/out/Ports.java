package org.uca.application.port.out;

import java.util.Objects;
import org.uca.domain.calendar.WorkingDays;

/** The outgoing ports the application runs on, supplied by whoever composes it. */
public record Ports(Cases cases, CaseQueries caseQueries, ResidentDirectory residents, StaffDirectory staff,
        Notifications notifications, AuditLog audit, AccessLog access, LetterOutput letters, MonitoringData monitoring,
        ReadModelSource readModels, GuidanceLookup guidance, Retention retention,
        SubjectAccessRecords subjectAccess, UnitOfWork unitOfWork, Clock clock, WorkingDays workingDays,
        StaffRecords staffRecords, SignInAccounts accounts, Credentials credentials,
        MachineCredentials machineCredentials, Webhooks webhooks,
        WorkProperties workProperties) {

    public Ports {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(caseQueries, "caseQueries");
        Objects.requireNonNull(residents, "residents");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(letters, "letters");
        Objects.requireNonNull(monitoring, "monitoring");
        Objects.requireNonNull(readModels, "readModels");
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(subjectAccess, "subjectAccess");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(workingDays, "workingDays");
        Objects.requireNonNull(staffRecords, "staffRecords");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(machineCredentials, "machineCredentials");
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(workProperties, "workProperties");
    }
}
