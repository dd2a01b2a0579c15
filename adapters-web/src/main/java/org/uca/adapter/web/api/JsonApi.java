package org.uca.adapter.web.api;

import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.port.UseCases;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.security.Authentication;
import org.uca.adapter.web.security.Sessions;

/**
 * The JSON API, by resource: the same use cases as the pages. Authenticate with a bearer token from
 * {@code POST /api/tokens} (or the web session cookie plus an {@code X-CSRF-Token} header). Errors are RFC 9457
 * problem details; a refusal lists the offending fields.
 */
public final class JsonApi {

    private final JsonExchange json;
    private final RoleBeforeInput roleFirst;
    private final CommandInput input;
    private final Authentication authentication;
    private final Sessions sessions;

    private final java.util.Optional<String> landlordPhone;

    public JsonApi(JsonExchange json, RoleBeforeInput roleFirst, CommandInput input, Authentication authentication,
            Sessions sessions) {
        this(json, roleFirst, input, authentication, sessions, java.util.Optional.empty());
    }

    /** @param landlordPhone the landlord's number, given with each contact a safe-visit answer names */
    public JsonApi(JsonExchange json, RoleBeforeInput roleFirst, CommandInput input, Authentication authentication,
            Sessions sessions, java.util.Optional<String> landlordPhone) {
        this.landlordPhone = landlordPhone;
        this.json = json;
        this.roleFirst = roleFirst;
        this.input = input;
        this.authentication = authentication;
        this.sessions = sessions;
    }

    public void register(RouteTable routes, UseCases app) {
        new OpenApiEndpoint().register(routes);
        new EventSchemasEndpoint().register(routes);
        new TokenEndpoint(json, authentication, sessions).register(routes);
        new PasswordEndpoint(json, authentication, sessions, app.changePassword()).register(routes);
        new WorkEndpoint(json, app.myWork()).register(routes);
        new ResidentEndpoints(json, roleFirst, input, app.findResidents(), app.contactGuidance(),
                app.recordUnacceptableActions(), app.recordContact(), app.recordResidentNeeds()).register(routes);
        new BannerEndpoint(json, app.guidancePage()).register(routes);
        new CaseEndpoints(json, roleFirst, input, app.viewCase(), app.issueWarning(), app.authoriseMeasures(),
                app.recordResidentInformed()).register(routes);
        new AppealEndpoints(json, roleFirst, input, app.lodgeAppeal(), app.decideAppeal()).register(routes);
        new ReviewEndpoints(json, roleFirst, input, app.reviewRestriction(), app.liftRestriction()).register(routes);
        new FiledCorrespondenceEndpoints(json, roleFirst, input, app.filedCorrespondence()).register(routes);
        new EnteredInErrorEndpoints(json, roleFirst, input, app.markEnteredInError()).register(routes);
        new NoticeWithheldEndpoints(json, roleFirst, input, app.withholdNotice(), app.workQueues()).register(routes);
        new AmendRecordEndpoints(json, roleFirst, input, app.amendRecords()).register(routes);
        new MonitoringEndpoint(json, roleFirst, app.monitoring()).register(routes);
        new AdministrationEndpoints(json, roleFirst, app.manageStaff(), app.manageAccounts(), sessions).register(routes);
        new MachineCredentialEndpoints(json, roleFirst, app.manageMachineCredentials()).register(routes);
        new WorkPropertiesEndpoints(json, roleFirst, app.workProperties()).register(routes);
        new WebhookEndpoints(json, roleFirst, app.webhooks()).register(routes);
        new UndeliveredNotificationEndpoints(json, app.notificationDelivery()).register(routes);
        new LetterSendingEndpoints(json, roleFirst, app.sendLetter()).register(routes);
        new NotificationAddressEndpoints(json, roleFirst, app.notificationAddresses(), app.serviceDevelopmentInbox())
                .register(routes);
        new SyncEndpoints(json, app.syncResidents()).register(routes);
        new VisitEndpoints(json, app.safeVisit(), landlordPhone).register(routes);
        new CaseAuditEndpoint(json, app.caseAudit()).register(routes);
        new SubjectAccessEndpoint(json, app.exportSubjectAccess()).register(routes);
    }
}
