package org.uca.bootstrap;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.uca.adapter.web.security.Passwords;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.LodgeAppealUseCase;
import org.uca.application.port.in.RecordResidentInformedUseCase;
import org.uca.application.port.in.RecordResidentNeedsUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.application.service.UcaApplication;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.ActionKind;
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.AdjustmentKind;
import org.uca.domain.cases.AffectedParty;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.Grounds;
import org.uca.domain.cases.InformedHow;
import org.uca.domain.cases.MeasuresProposal;
import org.uca.domain.cases.ReasonableAdjustment;
import org.uca.domain.cases.ResidentInformed;
import org.uca.domain.cases.ResidentNeeds;
import org.uca.domain.cases.Safeguards;
import org.uca.domain.cases.WarningId;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.InformingThePolice;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;

/**
 * A realistic demo: residents, staff with one sign-in account per role, and cases at several stages, all made
 * through the use cases (so every rule of the policy held). The clock is moved through the past while loading.
 */
final class DemoData {

    static final StaffId OFFICER = new StaffId("S-OFF-1");
    static final StaffId OFFICER_2 = new StaffId("S-OFF-2");
    static final StaffId MANAGER = new StaffId("S-SM-1");
    static final StaffId ASSISTANT_DIRECTOR = new StaffId("S-AD-1");
    static final StaffId DIRECTOR = new StaffId("S-DIR-1");
    static final StaffId SDT = new StaffId("S-SDT-1");
    static final StaffId DPO = new StaffId("S-DPO-1");
    static final StaffId ADMIN = new StaffId("S-ADM-1");
    static final StaffId CONTRACTOR = new StaffId("S-CON-1");

    /** One login per role: username → password. Demo only: change or remove these for real use. */
    static final Map<String, String> LOGINS = Map.of("officer", "demo-officer-pass", "manager", "demo-manager-pass",
            "assistant.director", "demo-ad-pass", "director", "demo-director-pass", "sdt", "demo-sdt-pass",
            "dpo", "demo-dpo-pass", "admin", "demo-admin-pass", "contractor", "demo-contractor-pass");

    private final Backend backend;
    private final UcaApplication app;
    private final DemoClock clock;

    DemoData(Backend backend, DemoClock clock) {
        this.backend = backend;
        this.app = backend.application();
        this.clock = clock;
    }

    /** Logins printed at start: role label, username, password. */
    static java.util.List<String[]> logins() {
        return java.util.List.of(
                new String[] {Role.OFFICER.label(), "officer", LOGINS.get("officer")},
                new String[] {Role.SERVICE_MANAGER.label(), "manager", LOGINS.get("manager")},
                new String[] {Role.ASSISTANT_DIRECTOR.label(), "assistant.director", LOGINS.get("assistant.director")},
                new String[] {Role.DIRECTOR.label(), "director", LOGINS.get("director")},
                new String[] {Role.SERVICE_DEVELOPMENT_TEAM.label(), "sdt", LOGINS.get("sdt")},
                new String[] {Role.DATA_PROTECTION_OFFICER.label(), "dpo", LOGINS.get("dpo")},
                new String[] {Role.ADMINISTRATOR.label(), "admin", LOGINS.get("admin")},
                new String[] {Role.CONTRACTOR.label(), "contractor", LOGINS.get("contractor")});
    }

    void load() {
        staff(OFFICER, "Priya Shah", "Neighbourhood Housing", AuthorityLevel.NONE, "officer", Role.OFFICER);
        // Ben records in the demo, so he needs his role; his account's password is not printed.
        staff(OFFICER_2, "Ben Carter", "Customer Services", AuthorityLevel.NONE, "ben.carter", Role.OFFICER);
        staff(MANAGER, "Laura Hughes", "Neighbourhood Housing", AuthorityLevel.SERVICE_MANAGER, "manager",
                Role.SERVICE_MANAGER);
        staff(ASSISTANT_DIRECTOR, "Marcus Reid", "Housing", AuthorityLevel.ASSISTANT_DIRECTOR, "assistant.director",
                Role.ASSISTANT_DIRECTOR);
        staff(DIRECTOR, "Helen Ward", "Homes, Care and Community", AuthorityLevel.DIRECTOR, "director",
                Role.DIRECTOR);
        staff(SDT, "Nina Patel", "Service Development Team", AuthorityLevel.NONE, "sdt",
                Role.SERVICE_DEVELOPMENT_TEAM);
        staff(DPO, "Grace Okonkwo", "Information Governance", AuthorityLevel.NONE, "dpo",
                Role.DATA_PROTECTION_OFFICER);
        staff(ADMIN, "Sam Jones", "IT Services", AuthorityLevel.NONE, "admin", Role.ADMINISTRATOR);
        staff(CONTRACTOR, "Dan Fixwell", "Repairs contractor", AuthorityLevel.NONE, "contractor", Role.CONTRACTOR);

        resident("R-1001", "Janet Morris", "12 Elm Court, Harrow Road, London W9 3RS");
        resident("R-1002", "Peter Walsh", "4 Lime Grove, Shepherd's Bush, London W12 8EA");
        resident("R-1003", "Sandra Clarke", "Flat 7, 21 Portobello Road, London W11 3DA");
        resident("R-1004", "Michael Byrne", "33 Cambridge Gardens, London W10 6JA");
        resident("R-1005", "Amina Yusuf", "Flat 2, 9 Westbourne Park Road, London W2 5QD");
        resident("R-1006", "David Chen", "15 Ladbroke Grove, London W11 3BD");
        resident("R-1007", "Grace Adeyemi", "Flat 11, Kensal House, London W10 5BQ");
        resident("R-1008", "Tom Fletcher", "8 Golborne Road, London W10 5NL");
        resident("R-1009", "Olivia Grant", "27 Chepstow Villas, London W11 2QZ");
        resident("R-1010", "Ahmed Hassan", "Flat 3, 40 Bravington Road, London W9 3AL");

        if (app.viewCase().caseOf(OFFICER, new ResidentId("R-1001")).exists(Option::isDefined)) {
            return; // the demo cases are already in the database from an earlier start
        }
        try {
            // Janet Morris: two actions recorded last week, no warning yet.
            clock.setDaysAgo(8);
            record("R-1001", OFFICER, ActionKind.DISPROPORTIONATE_VOLUME_OF_CONTACT, Channel.PHONE, 9,
                    "Called the repairs line 23 times in one day about the same dripping tap, already booked.",
                    false);
            clock.setDaysAgo(6);
            record("R-1001", OFFICER_2, ActionKind.OFFENSIVE_LANGUAGE, Channel.PHONE, 6,
                    "Swore repeatedly at the call handler when told the appointment date.", false);

            // Peter Walsh: warned two weeks ago.
            clock.setDaysAgo(20);
            CaseId walsh = record("R-1002", OFFICER, ActionKind.VERBAL_ABUSE, Channel.IN_PERSON, 20,
                    "Shouted abuse at the caretaker in the communal hallway.", false);
            clock.setDaysAgo(15);
            warn(walsh, MANAGER, List.of(new ActionId(1)));

            // Sandra Clarke: warned, continued, contact standards authorised by a Service Manager, informed.
            clock.setDaysAgo(190);
            CaseId clarke = record("R-1003", OFFICER, ActionKind.DISPROPORTIONATE_VOLUME_OF_CONTACT, Channel.EMAIL,
                    190, "Sent 64 emails in a week to several teams about a closed complaint.", false);
            needs("R-1003", OFFICER, new ReasonableAdjustment(AdjustmentKind.WRITTEN_CONTACT,
                    "Prefers letters because of a hearing impairment"));
            clock.setDaysAgo(185);
            warn(clarke, MANAGER, List.of(new ActionId(1)));
            clock.setDaysAgo(175);
            record("R-1003", OFFICER, ActionKind.CONTINUED_DEMANDS_ABOUT_A_SETTLED_MATTER, Channel.EMAIL, 175,
                    "A further 40 emails about the same closed complaint after the warning.", false);
            clock.setDaysAgo(170);
            DecisionId clarkeDecision = authorise(clarke, MANAGER, List.of(
                    new ContactStandard.SinglePointOfContact(OFFICER, "Priya Shah"),
                    new ContactStandard.ContactTimeAllowance(30, ContactStandard.AllowancePeriod.WEEK),
                    new ContactStandard.ExcludedContactMethods(Set.copyOf(EnumSet.of(Channel.EMAIL)))),
                    new Grounds.AfterWarning(new WarningId(1), List.of(new ActionId(2))),
                    "Email contact continued at an unreasonable volume after the warning.",
                    UkTime.dateOf(clock.now()).plusMonths(6).minusDays(14));
            inform(clarke, clarkeDecision, OFFICER);

            // Michael Byrne: threats with safety concerns; immediate action by an Assistant Director; appeal lodged.
            clock.setDaysAgo(12);
            CaseId byrne = record("R-1004", OFFICER_2, ActionKind.THREATS, Channel.IN_PERSON, 12,
                    "Threatened to hurt the housing officer at the office counter and had to be escorted out.",
                    true);
            clock.setDaysAgo(11);
            DecisionId byrneDecision = authorise(byrne, ASSISTANT_DIRECTOR, List.of(
                    new ContactStandard.OfficeBan(), new ContactStandard.ExclusionFromPersonalContact(),
                    new InformingThePolice("the threats made at the office counter")),
                    new Grounds.ImmediateForSafety(List.of(new ActionId(1)),
                            "A direct threat of violence to a named officer: staff safety cannot wait for a warning."),
                    "Threats of violence towards staff at our office.", UkTime.dateOf(clock.now()).plusMonths(3));
            inform(byrne, byrneDecision, ASSISTANT_DIRECTOR);
            clock.setDaysAgo(4);
            ok(app.lodgeAppeal().lodgeAppeal(new LodgeAppealUseCase.Command(OFFICER, byrne, byrneDecision,
                    UkTime.dateOf(clock.now()), "Mr Byrne says he was upset and did not mean the words as a threat.")));
        } finally {
            clock.backToNow();
        }
    }

    private void staff(StaffId id, String name, String team, AuthorityLevel level, String username, Role role) {
        backend.saveStaff(new StaffMember(id, name, team, level));
        String password = LOGINS.getOrDefault(username, java.util.UUID.randomUUID().toString());
        backend.saveAccount(username, Passwords.hash(password), id, role);
    }

    private void resident(String id, String name, String address) {
        backend.saveResident(new Resident(new ResidentId(id), name, address));
    }

    private CaseId record(String resident, StaffId by, ActionKind kind, Channel channel, long daysAgo,
            String whatHappened, boolean safety) {
        var occurred = clock.now().minus(Duration.ofHours(2));
        ActionReport report = new ActionReport(kind, "", Set.of(AffectedParty.STAFF), occurred, channel, by,
                whatHappened, safety);
        return ok(app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(by,
                new ResidentId(resident), List.of(report)))).caseId();
    }

    private void needs(String resident, StaffId by, ReasonableAdjustment adjustment) {
        ok(app.recordResidentNeeds().recordNeeds(new RecordResidentNeedsUseCase.Command(by, new ResidentId(resident),
                new ResidentNeeds(List.of(adjustment), ""))));
    }

    private void warn(CaseId caseId, StaffId by, List<ActionId> actions) {
        ok(app.issueWarning().issueWarning(new IssueWarningUseCase.Command(by, caseId, actions,
                "Your behaviour towards our staff is unacceptable under our Unacceptable customer actions policy.",
                "Please keep your contact polite and proportionate; we will respond to every genuine request.")));
    }

    private DecisionId authorise(CaseId caseId, StaffId by, List<Measure> measures, Grounds grounds, String reasons,
            LocalDate reviewDate) {
        Safeguards safeguards = new Safeguards("Considered the resident's recorded needs and any vulnerability;"
                + " the measures keep a way to contact us open.", List.of("Neighbourhood Housing", "Repairs"),
                List.of("Customer Services", "Repairs"), by, Option.none(),
                Option.some("Letters stay open as the resident's preferred way of contact."),
                Option.some("In writing to the Complaints Team, who screen each letter and consider any new complaint"
                        + " or issue on its merits."));
        return ok(app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(by, caseId,
                new MeasuresProposal(measures, grounds, reasons, safeguards, reviewDate))));
    }

    private void inform(CaseId caseId, DecisionId decision, StaffId by) {
        ok(app.recordResidentInformed().recordResidentInformed(new RecordResidentInformedUseCase.Command(by, caseId,
                decision, new ResidentInformed(clock.now(), by, InformedHow.LETTER))));
    }

    private static <T> T ok(Either<Failure, T> result) {
        return result.getOrElseThrow(f -> new IllegalStateException("Demo data refused: " + f.message()));
    }
}
