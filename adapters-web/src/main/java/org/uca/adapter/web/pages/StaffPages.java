package org.uca.adapter.web.pages;

import java.time.Clock;
import java.util.Optional;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.letters.LetterPdfs;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.input.UnstorableCharacters;
import org.uca.adapter.web.port.Colleagues;
import org.uca.adapter.web.port.UseCases;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.security.Authentication;
import org.uca.adapter.web.security.SessionCookie;
import org.uca.adapter.web.security.Sessions;
import org.uca.adapter.web.security.oidc.SingleSignOn;
import org.uca.domain.cases.ReviewPeriods;

/** Every staff page, one controller per resource or form family, wired to the use cases each one drives. */
public final class StaffPages {

    private final PageWriter pages;
    private final RoleBeforeInput roleFirst;
    private final CommandInput input;
    private final Colleagues colleagues;
    private final Authentication authentication;
    private final SessionCookie cookie;
    private final Sessions sessions;
    private final FormDefaults defaults;
    private final Optional<SingleSignOn> singleSignOn;

    public StaffPages(PageWriter pages, RoleBeforeInput roleFirst, CommandInput input, Colleagues colleagues,
            Authentication authentication, SessionCookie cookie, Sessions sessions, Clock clock) {
        this(pages, roleFirst, input, colleagues, authentication, cookie, sessions, clock, Optional.empty(),
                ReviewPeriods.usual());
    }

    /**
     * @param singleSignOn  the OpenID Connect sign-in, when the landlord has one
     * @param reviewPeriods how soon each kind of action is usually reviewed, for the authorise form
     */
    public StaffPages(PageWriter pages, RoleBeforeInput roleFirst, CommandInput input, Colleagues colleagues,
            Authentication authentication, SessionCookie cookie, Sessions sessions, Clock clock,
            Optional<SingleSignOn> singleSignOn, ReviewPeriods reviewPeriods) {
        this.singleSignOn = singleSignOn;
        this.pages = pages;
        this.roleFirst = roleFirst;
        this.input = input;
        this.colleagues = colleagues;
        this.authentication = authentication;
        this.cookie = cookie;
        this.sessions = sessions;
        this.defaults = new FormDefaults(clock, reviewPeriods);
    }

    /** @param letterPdfs the letters as PDF (the same the composition root attaches to e-mails) */
    /** @param unstorable told which forms answer unstorable input themselves (with the input kept) */
    public void register(RouteTable routes, UseCases app, LetterPdfs letterPdfs, UnstorableCharacters unstorable) {
        ChangesSince changes = new ChangesSince(colleagues);
        FormPages forms = new FormPages(pages, roleFirst, changes, unstorable);
        ResidentLookup residents = new ResidentLookup(app.viewCase(), app.findResidents());
        CaseLookup cases = new CaseLookup(app.viewCase());
        MeasureFields measures = new MeasureFields(colleagues);
        new SignInController(pages, authentication, cookie,
                singleSignOn.map(SingleSignOn::providerName).orElse(null)).register(routes);
        singleSignOn.ifPresent(sso -> new SingleSignOnController(pages, sso, cookie).register(routes));
        new SessionsController(pages, sessions).register(routes);
        new HomeController(pages, app.myWork()).register(routes);
        // Before the resident's own pages: /residents/import is not a resident's reference.
        new ResidentImportController(pages, roleFirst, app.importResidents()).register(routes);
        new ResidentsController(pages, app.findResidents()).register(routes);
        new VisitsController(pages, app.safeVisit(), letterPdfs.landlord().phoneNumber(),
                app.workProperties()).register(routes);
        new PropertiesByAddressController(pages, app.safeVisit(), letterPdfs.landlord().phoneNumber())
                .register(routes);
        new GuidanceController(pages, roleFirst, input, app.guidancePage(), app.recordContact(), changes)
                .register(routes);
        new BannerController(pages, app.guidancePage(), pages.landlordName()).register(routes);
        new RecordingController(forms, input, defaults, residents, app.recordUnacceptableActions(),
                app.recordResidentNeeds()).register(routes);
        new CaseController(pages, defaults, app.casePage()).register(routes);
        new CaseAuditController(pages, app.caseAudit()).register(routes);
        new SubjectAccessController(pages, app.exportSubjectAccess(), letterPdfs).register(routes);
        new WarningController(forms, input, cases, app.issueWarning()).register(routes);
        new AuthorisingController(forms, input, cases, measures, defaults, colleagues, app.authoriseMeasures())
                .register(routes);
        new InformingController(forms, input, cases, defaults, colleagues, app.recordResidentInformed())
                .register(routes);
        new NoticeWithheldController(forms, input, cases, defaults, app.withholdNotice()).register(routes);
        new NoticesWithheldController(pages, app.workQueues()).register(routes);
        new AppealsController(forms, input, cases, measures, defaults, app.lodgeAppeal(), app.decideAppeal())
                .register(routes);
        new ReviewsController(forms, input, cases, measures, defaults, app.reviewRestriction(),
                app.liftRestriction()).register(routes);
        new EnteredInErrorController(forms, input, cases, app.markEnteredInError()).register(routes);
        new FiledCorrespondenceController(forms, input, cases, defaults, app.filedCorrespondence()).register(routes);
        new AmendRecordController(forms, input, cases, app.amendRecords()).register(routes);
        new LettersController(pages, app.letters(), letterPdfs).register(routes);
        new MonitoringController(pages, roleFirst, defaults, app.monitoring()).register(routes);
        new BoardPackController(roleFirst, defaults, app.monitoring(), letterPdfs).register(routes);
        new StaffController(pages, forms, app.manageStaff(), singleSignOn.map(SingleSignOn::providerName)
                .orElse(null)).register(routes);
        new AccountsController(pages, roleFirst, app.manageAccounts(), app.manageStaff(), sessions).register(routes);
        new MachineCredentialsController(pages, roleFirst, app.manageMachineCredentials()).register(routes);
        new WorkPropertiesController(pages, roleFirst, app.workProperties()).register(routes);
        new WebhooksController(pages, roleFirst, app.webhooks()).register(routes);
        new UndeliveredNotificationsController(pages, app.notificationDelivery()).register(routes);
        new NotificationAddressesController(pages, roleFirst, app.notificationAddresses()).register(routes);
        new InboxController(pages, app.serviceDevelopmentInbox()).register(routes);
        new LetterSendingController(forms, roleFirst, app.letters(), app.sendLetter()).register(routes);
        new PasswordController(pages, forms, cookie, app.setPasswordFromLink(), app.changePassword(), sessions,
                authentication)
                .register(routes);
    }
}
