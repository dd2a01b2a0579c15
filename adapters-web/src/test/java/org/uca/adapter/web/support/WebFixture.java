package org.uca.adapter.web.support;

import io.javalin.Javalin;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.uca.application.port.out.Role;
import org.uca.adapter.web.UcaWeb;
import org.uca.adapter.web.security.ClientAddress;
import org.uca.adapter.web.WebSettings;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.port.Accounts;
import org.uca.adapter.web.port.Accounts.Standing;
import org.uca.adapter.web.port.Colleagues;
import org.uca.adapter.web.port.UseCases;
import org.uca.adapter.web.security.InMemorySessionStore;
import org.uca.adapter.web.security.Passwords;
import org.uca.adapter.web.security.SignInOptions;
import org.uca.application.inmemory.InMemoryUca;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.LodgeAppealUseCase;
import org.uca.domain.cases.InformedHow;
import org.uca.domain.cases.ResidentInformed;
import org.uca.application.port.in.RecordResidentInformedUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.ActionKind;
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.AffectedParty;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.Grounds;
import org.uca.domain.cases.MeasuresProposal;
import org.uca.domain.cases.Safeguards;
import org.uca.domain.cases.WarningId;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;

/**
 * UCA's web adapter on the in-memory application, with one account per role (username = role name in lower case,
 * password {@code "pw-" + username}) and a case with an action, a warning, a further action, a decision and an
 * appeal.
 */
public final class WebFixture {

    /** How the seeded decision says new complaints and new issues are still heard (its measures limit them). */
    public static final String STILL_HEARD = "In writing to the Complaints Team, who will screen each letter.";


    public static final ResidentId CASE_RESIDENT = new ResidentId("R-1");
    /** The landlord every letter in the tests comes from. */
    public static final org.uca.adapter.web.view.Landlord LANDLORD = new org.uca.adapter.web.view.Landlord(
            "Test Homes", "Civic Centre, 1 Upper Street, London, N1 2UD", "020 7946 0123", "letters@testhomes.example",
            "www.testhomes.example", org.uca.adapter.web.view.Landlord.defaultLogo());
    public static final ResidentId SECOND_RESIDENT = new ResidentId("R-2");
    public static final ResidentId THIRD_RESIDENT = new ResidentId("R-3");

    private static final Map<Role, String> HASHES = new EnumMap<>(Role.class);

    public final InMemoryUca uca;
    public final Map<Role, StaffId> staffOf = new EnumMap<>(Role.class);
    public final Map<String, Accounts.Account> accounts = new HashMap<>();
    public final java.util.List<String> signIns = new java.util.concurrent.CopyOnWriteArrayList<>();
    public final java.util.List<String> refusals = new java.util.concurrent.CopyOnWriteArrayList<>();
    public final CaseId caseId;
    /** The accounts single sign-on signs in, linked by issuer and subject. */
    public final InMemoryLinkedAccounts linked;
    public final Javalin app;
    /** The routes the app serves, with the record each JSON route answers with. */
    public final java.util.List<RouteTable.Route> routes;
    /** The sessions stored (in memory here; the database in UCA). */
    public final InMemorySessionStore sessions;
    /** Members of staff whose accounts are disabled: their sessions and tokens stop working at once. */
    public final Set<StaffId> disabled = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The web adapter's settings: the sessions' idle time, lifetime and clock among them. */
    public final WebSettings settings;

    public WebFixture() {
        this(5);
    }

    public WebFixture(int signInAttempts) {
        this(signInAttempts, Instant::now);
    }

    /** @param clock the application's "now" (the web adapter's own clock stays the system clock) */
    public WebFixture(int signInAttempts, java.util.function.Supplier<Instant> clock) {
        this(signInAttempts, clock, SignInOptions.passwordsOnly());
    }

    /** @param signIn passwords, single sign-on (signing in {@link #linked}), or both */
    public WebFixture(int signInAttempts, java.util.function.Supplier<Instant> clock, SignInOptions signIn) {
        this(signInAttempts, clock, Clock.systemUTC(), Duration.ofHours(1), Duration.ofHours(12),
                ClientAddress.trustingNoProxy(), signIn);
    }

    /** The web adapter on its own clock (for sessions' time-outs), with this idle time and lifetime. */
    public WebFixture(Clock webClock, Duration sessionIdle, Duration sessionLifetime) {
        this(webClock, sessionIdle, sessionLifetime, ClientAddress.trustingNoProxy());
    }

    /** As above, behind these proxies (whose X-Forwarded-Proto and X-Forwarded-For are believed). */
    public WebFixture(Clock webClock, Duration sessionIdle, Duration sessionLifetime, ClientAddress proxies) {
        this(5, Instant::now, webClock, sessionIdle, sessionLifetime, proxies, SignInOptions.passwordsOnly());
    }

    /** @param webClock the web adapter's clock (sessions, the sign-in limiter's waits) */
    public WebFixture(int signInAttempts, Clock webClock) {
        this(signInAttempts, Instant::now, webClock, Duration.ofHours(1), Duration.ofHours(12),
                ClientAddress.trustingNoProxy(), SignInOptions.passwordsOnly());
    }

    /** @param framedBy the origins whose pages may frame the guidance banner */
    public WebFixture(org.uca.adapter.web.security.FrameAncestors framedBy) {
        this(5, Instant::now, Clock.systemUTC(), Duration.ofHours(1), Duration.ofHours(12),
                ClientAddress.trustingNoProxy(), SignInOptions.passwordsOnly(), framedBy);
    }

    private WebFixture(int signInAttempts, java.util.function.Supplier<Instant> clock, Clock webClock,
            Duration sessionIdle, Duration sessionLifetime, ClientAddress proxies, SignInOptions signIn) {
        this(signInAttempts, clock, webClock, sessionIdle, sessionLifetime, proxies, signIn,
                org.uca.adapter.web.security.FrameAncestors.SELF);
    }

    private WebFixture(int signInAttempts, java.util.function.Supplier<Instant> clock, Clock webClock,
            Duration sessionIdle, Duration sessionLifetime, ClientAddress proxies, SignInOptions signIn,
            org.uca.adapter.web.security.FrameAncestors framedBy) {
        this.uca = new InMemoryUca(clock, new WebCredentials());
        staff(Role.OFFICER, "Olive Officer", "Neighbourhood Housing", AuthorityLevel.NONE);
        staff(Role.SERVICE_MANAGER, "Sam Manager", "Neighbourhood Housing", AuthorityLevel.SERVICE_MANAGER);
        staff(Role.ASSISTANT_DIRECTOR, "Ada Assistant", "Housing", AuthorityLevel.ASSISTANT_DIRECTOR);
        staff(Role.DIRECTOR, "Dev Director", "Homes, Care and Community", AuthorityLevel.DIRECTOR);
        staff(Role.SERVICE_DEVELOPMENT_TEAM, "Sid Development", "Service Development Team", AuthorityLevel.NONE);
        staff(Role.DATA_PROTECTION_OFFICER, "Dee Protection", "Information Governance", AuthorityLevel.NONE);
        staff(Role.ADMINISTRATOR, "Ann Admin", "IT Services", AuthorityLevel.NONE);
        staff(Role.CONTRACTOR, "Cody Contractor", "Repairs contractor", AuthorityLevel.NONE);
        uca.residents.add(new Resident(CASE_RESIDENT, "Carol Case", "1 High Street, London N1 1AA"));
        uca.residents.add(new Resident(SECOND_RESIDENT, "Sean Second", "2 High Street, London N1 1AA"));
        uca.residents.add(new Resident(THIRD_RESIDENT, "Tess Third", "3 High Street, London N1 1AA"));
        this.caseId = seedCase();
        Accounts accountStore = new Accounts() {
            @Override
            public Option<Account> find(String username) {
                return Option.of(accounts.get(username)).orElse(() -> uca.staff.account(username).map(a ->
                        new Account(a.username(), uca.staff.passwordHash(username).getOrElse(""), a.staff(),
                                a.role(), a.disabled() ? Standing.DISABLED : a.passwordSet() ? Standing.ACTIVE
                                        : Standing.PASSWORD_NOT_SET)));
            }

            @Override
            public void signInAttempted(String username, Option<StaffId> staff, boolean succeeded, String why) {
                signIns.add(username + ":" + succeeded);
            }

            @Override
            public void accessRefused(StaffId staff, String what) {
                refusals.add(staff + " " + what);
            }
        };
        Colleagues colleagues = new Colleagues() {
            @Override
            public Option<StaffMember> find(StaffId id) {
                return uca.staff.find(id).map(org.uca.application.port.out.StaffDirectory.Entry::member);
            }

            @Override
            public Seq<StaffMember> all() {
                return uca.staff.all();
            }
        };
        this.settings = new WebSettings(LANDLORD, "a-test-secret-that-is-long-enough-0123456789", false,
                sessionIdle, sessionLifetime, signInAttempts, Duration.ofMinutes(15), webClock, signIn, framedBy);
        this.sessions = new InMemorySessionStore(disabled::contains);
        uca.staff.whenEnabled(staff -> sessions.endOthers(staff, "")); // as the composition root does
        this.linked = new InMemoryLinkedAccounts(uca, accounts);
        UcaWeb web = new UcaWeb(useCases(uca.application), settings, accountStore, colleagues, () -> true, sessions,
                new org.uca.adapter.web.security.InMemorySignInCounts(accountStore), proxies, linked);
        this.app = web.javalin();
        this.routes = web.routes();
    }

    /** The composition root's job, done here for tests. */
    public static UseCases useCases(org.uca.application.service.UcaApplication a) {
        return new UseCases(a.recordUnacceptableActions(), a.recordResidentNeeds(),
                a.recordContact(), a.issueWarning(), a.authoriseMeasures(), a.recordResidentInformed(),
                a.lodgeAppeal(), a.decideAppeal(), a.reviewRestriction(), a.liftRestriction(), a.markEnteredInError(),
                a.amendRecords(),
                a.contactGuidance(),
                a.viewCase(), a.findResidents(), a.workQueues(), a.letters(), a.monitoring(),
                a.myWork(), a.casePage(), a.guidancePage(), a.importResidents(), a.manageStaff(),
                a.manageAccounts(), a.setPasswordFromLink(), a.changePassword(),
                a.manageMachineCredentials(), a.syncResidents(),
                a.notificationDelivery(), a.notificationAddresses(), a.serviceDevelopmentInbox(),
                a.sendLetter(), a.caseAudit(), a.exportSubjectAccess(), a.recordRefusedAttempt(), a.webhooks(),
                a.safeVisit(), a.workProperties(), a.withholdNotice(), a.filedCorrespondence());
    }

    /** The seeded case's version now: how many changes it holds. */
    public long caseVersion() {
        return uca.cases.find(caseId).get().version();
    }

    /** An API client with the role's token that sends changes as the test writes them (no If-Match added). */
    public WebClient apiAsGiven(Role role) {
        return new WebClient(app.port()).withToken(role).withoutReadingFirst();
    }

    public static String username(Role role) {
        return role.name().toLowerCase();
    }

    public static String password(Role role) {
        return "pw-" + username(role);
    }

    private void staff(Role role, String name, String team, AuthorityLevel level) {
        StaffId id = new StaffId("S-" + role.name());
        staffOf.put(role, id);
        uca.staff.add(new StaffMember(id, name, team, level),
                org.uca.application.port.out.Role.valueOf(role.name()));
        String hash;
        synchronized (HASHES) {
            hash = HASHES.computeIfAbsent(role, r -> Passwords.hash(password(r)));
        }
        accounts.put(username(role), new Accounts.Account(username(role), hash, id, role));
    }

    private CaseId seedCase() {
        StaffId officer = staffOf.get(Role.OFFICER);
        StaffId manager = staffOf.get(Role.SERVICE_MANAGER);
        CaseId id = ok(uca.application.recordUnacceptableActions().recordActions(
                new RecordUnacceptableActionsUseCase.Command(officer, CASE_RESIDENT, List.of(report(officer,
                        Instant.now().minusSeconds(3600), ActionKind.VERBAL_ABUSE))))).caseId();
        ok(uca.application.issueWarning().issueWarning(new IssueWarningUseCase.Command(manager, id,
                List.of(new ActionId(1)), "Abuse of staff is unacceptable.", "Stop swearing at staff.")));
        ok(uca.application.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                officer, CASE_RESIDENT, List.of(report(officer, Instant.now(), ActionKind.OFFENSIVE_LANGUAGE)))));
        DecisionId decision = ok(uca.application.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(
                manager, id, new MeasuresProposal(List.of(new ContactStandard.NoTelephoneCalls()),
                        new Grounds.AfterWarning(new WarningId(1), List.of(new ActionId(2))),
                        "Abuse continued by phone after the warning.",
                        new Safeguards("No adjustments recorded; no vulnerability known.", List.of("Housing"),
                                List.of("Repairs"), officer, Option.none(), Option.none(),
                                Option.some(STILL_HEARD)),
                        UkTime.dateOf(Instant.now()).plusMonths(6)))));
        ok(uca.application.recordResidentInformed().recordResidentInformed(new RecordResidentInformedUseCase.Command(
                officer, id, decision, new ResidentInformed(Instant.now(), officer, InformedHow.LETTER))));
        ok(uca.application.lodgeAppeal().lodgeAppeal(new LodgeAppealUseCase.Command(officer, id, decision,
                UkTime.dateOf(Instant.now()), "The resident says the calls were misheard.")));
        return id;
    }

    private static ActionReport report(StaffId by, Instant at, ActionKind kind) {
        return new ActionReport(kind, "", Set.of(AffectedParty.STAFF), at, Channel.PHONE, by,
                "Shouted and swore at the call handler.", false);
    }

    private static <T> T ok(Either<Failure, T> result) {
        return result.getOrElseThrow(f -> new IllegalStateException(f.message()));
    }

    /** A machine credential an administrator made through the API: its public id and its secret (shown once). */
    public record NewCredential(String id, String secret) {
    }

    /** Creates one as an administrator would, with the scope named ({@code null}: the API's default). */
    public NewCredential newMachineCredential(String name, String scope) {
        java.net.http.HttpResponse<String> created = new WebClient(app.port()).withToken(Role.ADMINISTRATOR)
                .postJson("/api/admin/machine-credentials", "{\"name\":\"" + name + "\""
                        + (scope == null ? "" : ",\"scope\":\"" + scope + "\"") + "}");
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"credential\":\\{\"id\":\"([^\"]+)\"")
                .matcher(created.body());
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("\"secret\":\"(uca_mc_[^\"]+)\"")
                .matcher(created.body());
        if (created.statusCode() != 201 || !id.find() || !secret.find()) {
            throw new IllegalStateException("No machine credential made: " + created.statusCode() + " "
                    + created.body());
        }
        return new NewCredential(id.group(1), secret.group(1));
    }
}
