package org.uca.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uca.application.testbed.Journey.ok;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.ApplyRetentionUseCase;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ImportResidentsAtTheConsoleUseCase;
import org.uca.application.port.in.ImportResidentsUseCase;
import org.uca.application.port.in.RecordContactUseCase;
import org.uca.application.port.in.AmendRecordUseCase;
import org.uca.application.port.in.MarkEnteredInErrorUseCase;
import org.uca.application.port.in.RecordResidentNeedsUseCase;
import org.uca.application.port.in.ManageAccountsUseCase;
import org.uca.application.port.in.ManageStaffUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.in.SetPasswordFromLinkUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.AccessLog;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.CaseQueries;
import org.uca.application.port.out.ConcurrentChange;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.FairnessFigures;
import org.uca.application.port.out.MonitoringReport;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ReadModelSource;
import org.uca.application.port.out.ResidentDirectory;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.application.service.UcaApplication;
import org.uca.application.testbed.AResidentFile;
import org.uca.application.testbed.Journey;
import org.uca.application.testbed.MovableClock;
import org.uca.application.testbed.StaffRoles;
import org.uca.domain.cases.ActionCategory;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.AdjustmentKind;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.cases.ReasonableAdjustment;
import org.uca.domain.cases.ResidentNeeds;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Fixtures;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ProtectedCharacteristic;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;

/**
 * What every implementation of the outgoing ports must do, whatever stores the data: in memory, H2 or PostgreSQL.
 * Subclasses supply freshly wired, empty ports; the suite drives the real application over them.
 */
public abstract class OutgoingPortsContract {

    protected static final ResidentId ALEX = new ResidentId("R-1001");
    protected static final ResidentId BEA = new ResidentId("R-1002");

    protected MovableClock clock;
    protected Ports ports;
    protected UcaApplication app;
    protected Journey journey;

    /** Empty ports on a fresh store, with the given clock. */
    protected abstract Ports freshPorts(MovableClock clock);

    /** Adds a resident to the directory behind {@link Ports#residents()}. */
    protected abstract void addResident(Resident resident);

    /**
     * Adds a member of staff to the directory behind {@link Ports#staff()}, with the role they work in (none: listed,
     * but with no role, such as a member of staff with no account).
     */
    protected abstract void addStaff(StaffMember member, Option<Role> role);

    /** The audit entries about no case (such as an import of residents), oldest first, read from the store. */
    protected abstract io.vavr.collection.Seq<AuditLog.Entry> auditEntriesWithoutACase();

    private io.vavr.collection.Seq<AuditLog.Entry> auditEntries() {
        return auditEntriesWithoutACase();
    }

    @BeforeEach
    void wire() {
        clock = new MovableClock(Fixtures.NOW.minus(Duration.ofDays(40)));
        ports = freshPorts(clock);
        app = new UcaApplication(ports);
        journey = new Journey(app, clock);
        StaffRoles.everyone().forEach(e -> addStaff(e._1, Option.some(e._2)));
        addResident(new Resident(ALEX, "Alex Morgan", "Flat 3, 12 Elm Road, London W10 5AA"));
        addResident(new Resident(BEA, "Bea Okafor", "4 Canal Walk, London W9 2PP"));
    }

    private CaseId caseWithContactStandards(ResidentId resident) {
        CaseId caseId = journey.recordVerbalAbuse(resident).caseId();
        var warning = journey.warn(caseId, List.of(new org.uca.domain.cases.ActionId(1)));
        var further = journey.recordVerbalAbuse(resident).actions();
        journey.authorise(caseId, Staff.SERVICE_MANAGER,
                AProposal.contactStandards(Measures.singlePointOfContact(), Measures.noEmail())
                        .afterWarning(warning, further));
        return caseId;
    }

    @Test
    @DisplayName("a stored case reads back exactly as it was saved, with its whole history")
    void roundTrip() {
        CaseId caseId = caseWithContactStandards(ALEX);
        ok(app.recordResidentNeeds().recordNeeds(new RecordResidentNeedsUseCase.Command(Staff.OFFICER.id(), ALEX,
                new ResidentNeeds(List.of(new ReasonableAdjustment(AdjustmentKind.PHONE_CONTACT, "Dyslexia: prefers calls")),
                        "Lives alone; known to the mental health team."))), "record needs");
        journey.inform(caseId, new DecisionId(1));
        var lodged = journey.appeal(caseId, new DecisionId(1));
        journey.decide(caseId, lodged.appeal(), Staff.ASSISTANT_DIRECTOR, AppealOutcome.DECISION_VARIED,
                Measures.singlePointOfContact(), Measures.thirtyMinutesAWeek(), Measures.excluding(Channel.EMAIL,
                        Channel.SOCIAL_MEDIA));
        ok(app.recordContact().recordContact(new RecordContactUseCase.Command(Staff.OFFICER.id(), ALEX,
                clock.now(), 12, Channel.PHONE)), "record contact");
        journey.review(caseId, new DecisionId(1), Staff.SERVICE_MANAGER, ReviewOutcome.CONTINUE,
                Option.some(UkTime.dateOf(clock.now()).plusMonths(3)));

        Case stored = ports.cases().find(caseId).get();
        Case byResident = ports.cases().findByResident(ALEX).get();
        assertThat(byResident.id()).isEqualTo(caseId);
        assertThat(stored.version()).isEqualTo(10);
        assertThat(stored.actions()).hasSize(2);
        assertThat(stored.warnings()).hasSize(1);
        assertThat(stored.decisions()).hasSize(1);
        assertThat(stored.decisions().head().measures().map(m -> m.kind())).containsExactly(
                MeasureKind.SINGLE_POINT_OF_CONTACT, MeasureKind.CONTACT_TIME_ALLOWANCE,
                MeasureKind.EXCLUDED_CONTACT_METHODS);
        assertThat(stored.decisions().head().asAuthorised().measures().map(m -> m.kind())).as("what the decision"
                + " letter said, before the appeal varied it").containsExactly(MeasureKind.SINGLE_POINT_OF_CONTACT,
                MeasureKind.EXCLUDED_CONTACT_METHODS);
        assertThat(stored.decisions().head().reviews()).hasSize(1);
        assertThat(stored.decisions().head().residentInformed()).isNotEmpty();
        assertThat(stored.appeals().head().outcome().get().outcome()).isEqualTo(AppealOutcome.DECISION_VARIED);
        assertThat(stored.needs().adjustments()).hasSize(1);
        assertThat(stored.contacts()).hasSize(1);
        assertThat(stored.history().map(e -> e.getClass().getSimpleName())).containsExactly("ActionsRecorded",
                "WarningIssued", "ActionsRecorded", "MeasuresAuthorised", "ResidentNeedsRecorded",
                "ResidentInformedOfDecision", "AppealLodged", "AppealDecided", "ContactRecorded",
                "RestrictionReviewed");
        // Field-by-field equality of every part, so nothing is lost or altered on the way to the store and back.
        assertThat(List.ofAll(stored.actions())).isEqualTo(List.ofAll(byResident.actions()));
        assertThat(List.ofAll(stored.decisions())).isEqualTo(List.ofAll(byResident.decisions()));
        assertThat(List.ofAll(stored.appeals())).isEqualTo(List.ofAll(byResident.appeals()));
        assertThat(List.ofAll(stored.history())).isEqualTo(List.ofAll(byResident.history()));
        assertThat(stored.needs()).isEqualTo(byResident.needs());
    }

    @Test
    @DisplayName("no blanket approach (LGSCO): each measure's services read back as authorised, and the guidance kept"
            + " beside the case answers per service")
    void servicesOfEachMeasureReadBack() {
        CaseId caseId = journey.recordVerbalAbuse(ALEX).caseId();
        var warning = journey.warn(caseId, List.of(new org.uca.domain.cases.ActionId(1)));
        var further = journey.recordVerbalAbuse(ALEX).actions();
        var repairsAndRent = org.uca.domain.measures.ServiceScope.only(
                org.uca.domain.measures.LandlordService.REPAIRS, org.uca.domain.measures.LandlordService.RENT_AND_INCOME);
        journey.authorise(caseId, Staff.SERVICE_MANAGER, AProposal.contactStandards(
                Measures.noTelephoneCalls().withScope(repairsAndRent), Measures.noEmail()).afterWarning(warning, further));

        Case stored = ports.cases().find(caseId).get();
        assertThat(stored.decisions().head().measures()).containsExactly(
                Measures.noTelephoneCalls().withScope(repairsAndRent), Measures.noEmail());
        var forRepairs = ok(app.contactGuidance().guidanceAsOf(Staff.OFFICER.id(), ALEX,
                Option.some(org.uca.domain.measures.LandlordService.REPAIRS)), "guidance for repairs").guidance();
        var forComplaints = ok(app.contactGuidance().guidanceAsOf(Staff.OFFICER.id(), ALEX,
                Option.some(org.uca.domain.measures.LandlordService.COMPLAINTS)), "guidance for complaints").guidance();
        assertThat(forRepairs.noTelephoneCalls()).isTrue();
        assertThat(forComplaints.noTelephoneCalls()).isFalse();
        assertThat(forComplaints.allowedChannels()).doesNotContain(Channel.EMAIL);
    }

    @Test
    @DisplayName("changed reasonable adjustments read back with what they said before, superseded, with who, when and"
            + " why")
    void changedNeedsReadBack() {
        ResidentNeeds first = new ResidentNeeds(List.of(new ReasonableAdjustment(AdjustmentKind.PHONE_CONTACT,
                "Prefers calls")), "Lives alone.");
        ResidentNeeds changed = new ResidentNeeds(List.of(new ReasonableAdjustment(AdjustmentKind.INTERPRETER,
                "Polish")), "");
        ok(app.recordResidentNeeds().recordNeeds(new RecordResidentNeedsUseCase.Command(Staff.OFFICER.id(), ALEX,
                first)), "record needs");
        CaseId caseId = ok(app.recordResidentNeeds().recordNeeds(new RecordResidentNeedsUseCase.Command(
                Staff.SERVICE_MANAGER.id(), ALEX, changed, "Typed from the wrong note.")), "change needs");

        var lookedUp = ports.guidance().lookUp(Staff.OFFICER.id(), ALEX);
        assertThat(lookedUp.caseVersion()).as("the guidance says which version of the case it is of")
                .isEqualTo(ports.cases().find(caseId).get().version()).isEqualTo(2);
        assertThat(ports.guidance().lookUp(Staff.OFFICER.id(), BEA).caseVersion()).as("no case").isZero();
        ResidentNeeds stored = ports.cases().find(caseId).get().needs();
        assertThat(stored.adjustments().toJavaList()).isEqualTo(changed.adjustments().toJavaList());
        assertThat(stored.vulnerabilityNotes()).isEmpty();
        assertThat(stored.amendments()).hasSize(1);
        assertThat(stored.amendments().head().superseded().adjustments().toJavaList())
                .isEqualTo(first.adjustments().toJavaList());
        assertThat(stored.amendments().head().superseded().vulnerabilityNotes()).isEqualTo("Lives alone.");
        assertThat(stored.amendments().head().by()).isEqualTo(Staff.SERVICE_MANAGER.id());
        assertThat(stored.amendments().head().reason()).isEqualTo("Typed from the wrong note.");
        assertThat(ports.cases().find(caseId).get().history().last().summary()).contains("superseded");
    }

    @Test
    @DisplayName("records entered in error read back marked, with who, when and why; a decision entered in error has"
            + " left the guidance and the restricted residents")
    void enteredInErrorReadsBack() {
        CaseId caseId = caseWithContactStandards(ALEX);
        journey.inform(caseId, new DecisionId(1));
        for (var mark : List.of(new MarkEnteredInErrorUseCase.Command(Staff.OFFICER.id(), caseId,
                        EnteredInError.Part.ACTION, 2, "Another resident's call."),
                new MarkEnteredInErrorUseCase.Command(Staff.OFFICER.id(), caseId, EnteredInError.Part.WARNING, 1,
                        "Sent to the wrong address."),
                new MarkEnteredInErrorUseCase.Command(Staff.SERVICE_MANAGER.id(), caseId, EnteredInError.Part.DECISION,
                        1, "Made on another resident's record."))) {
            ok(app.markEnteredInError().markEnteredInError(mark), "mark " + mark.part().word());
        }

        Case stored = ports.cases().find(caseId).get();
        Case byResident = ports.cases().findByResident(ALEX).get();
        assertThat(stored.action(new org.uca.domain.cases.ActionId(2)).get().enteredInError().get().reason())
                .isEqualTo("Another resident's call.");
        assertThat(stored.warning(new org.uca.domain.cases.WarningId(1)).get().enteredInError().get().by())
                .isEqualTo(Staff.OFFICER.id());
        assertThat(stored.decisions().head().status())
                .isEqualTo(org.uca.domain.cases.DecisionStatus.ENTERED_IN_ERROR);
        assertThat(List.ofAll(stored.actions())).isEqualTo(List.ofAll(byResident.actions()));
        assertThat(List.ofAll(stored.warnings())).isEqualTo(List.ofAll(byResident.warnings()));
        assertThat(List.ofAll(stored.decisions())).isEqualTo(List.ofAll(byResident.decisions()));
        assertThat(List.ofAll(stored.history())).isEqualTo(List.ofAll(byResident.history()));
        assertThat(stored.history().takeRight(3).map(e -> e.getClass().getSimpleName()))
                .containsOnly("MarkedEnteredInError");
        assertThat(ports.caseQueries().residentsWithRestrictionsInForce()).isEmpty();
        assertThat(app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX).get().restricted()).isFalse();
    }

    @Test
    @DisplayName("a restriction not reviewed in time reads back lapsed, with the day it lapsed, recorded by UCA; it has"
            + " left the guidance, the review queue and the restricted residents, and its letter reads back")
    void lapsedReadsBack() {
        CaseId caseId = caseWithContactStandards(ALEX);
        LocalDate reviewDate = ports.cases().find(caseId).get().decisions().head().reviewDate();
        LocalDate lapsedOn = ports.workingDays().addWorkingDays(reviewDate, 10).plusDays(1);
        clock.set(lapsedOn.atTime(7, 0).atZone(UkTime.ZONE).toInstant());

        assertThat(ok(app.lapseRestrictions().lapseRestrictions(10), "lapse").lapsed()).isEqualTo(1);
        assertThat(ok(app.lapseRestrictions().lapseRestrictions(10), "again").lapsed()).isZero();

        Case stored = ports.cases().find(caseId).get();
        assertThat(stored.decisions().head().status()).isEqualTo(org.uca.domain.cases.DecisionStatus.LAPSED);
        assertThat(stored.lapsedOn(new DecisionId(1))).contains(lapsedOn);
        assertThat(stored.history().last()).isEqualTo(new org.uca.domain.cases.CaseEvent.RestrictionLapsed(caseId,
                ALEX, new DecisionId(1), reviewDate, lapsedOn, org.uca.domain.cases.LapseRule.UCA, clock.now()));
        assertThat(List.ofAll(ports.cases().findByResident(ALEX).get().history()))
                .isEqualTo(List.ofAll(stored.history()));
        assertThat(ports.caseQueries().residentsWithRestrictionsInForce()).isEmpty();
        assertThat(ports.caseQueries().reviewsDueBy(lapsedOn)).isEmpty();
        assertThat(app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX).get().restricted()).isFalse();
        assertThat(ok(app.letters().letter(Staff.OFFICER.id(), caseId,
                new org.uca.application.port.in.LetterQuery.Which.ForLapse(new DecisionId(1))), "the letter")
                .subject()).isEqualTo("The restrictions on how we deliver our services to you have ended");
        assertThat(ports.monitoring().reportFor(reviewDate, reviewDate, lapsedOn).restrictionsLapsed())
                .as("monitoring counts the lapse against the period its review was due in").isEqualTo(1);
        assertThat(ports.monitoring().reportFor(reviewDate.plusDays(1), lapsedOn, lapsedOn).restrictionsLapsed())
                .isZero();
    }

    @Test
    @DisplayName("correspondence filed without a reply reads back with its deadline and screening; unscreened, it is"
            + " in the work queue by deadline with the resident's name, and what the decision says of how complaints"
            + " are still heard reads back")
    void filedCorrespondenceReadsBack() {
        CaseId caseId = caseWithContactStandards(ALEX);
        LocalDate today = UkTime.dateOf(clock.now());
        var log = app.filedCorrespondence();
        ok(log.log(new org.uca.application.port.in.FiledCorrespondenceUseCase.Log(Staff.OFFICER.id(), caseId, today,
                org.uca.domain.shared.Channel.EMAIL, "Email about the repair.")), "log today's");
        ok(log.log(new org.uca.application.port.in.FiledCorrespondenceUseCase.Log(Staff.OFFICER.id(), caseId,
                today.minusDays(10), org.uca.domain.shared.Channel.LETTER, "Letter about the boiler.")), "log older");

        var rows = ports.readModels().correspondenceToScreen(0, 10);
        assertThat(rows.map(r -> r.row().correspondence())).containsExactly(2, 1);
        assertThat(rows.head().row().screenBy())
                .isEqualTo(ports.workingDays().addWorkingDays(today.minusDays(10), 5));
        assertThat(rows.head().residentName().isDefined()).isTrue();
        assertThat(ports.readModels().correspondenceToScreen(1, 10).map(r -> r.row().correspondence()))
                .containsExactly(1);
        assertThat(ports.caseQueries().correspondenceToScreen().map(r -> r.correspondence())).containsExactly(2, 1);

        ok(log.screen(new org.uca.application.port.in.FiledCorrespondenceUseCase.Screen(Staff.OFFICER.id(), caseId,
                2, Option.some("Logged as stage 1 complaint C-123."), Option.some("Referred to adult social care."))),
                "screen");

        Case stored = ports.cases().find(caseId).get();
        var screened = stored.filedCorrespondence(2).get();
        assertThat(screened.screening().get().newIssue()).contains("Logged as stage 1 complaint C-123.");
        assertThat(screened.screening().get().safeguarding()).contains("Referred to adult social care.");
        assertThat(screened.screenedLate()).isTrue();
        assertThat(List.ofAll(ports.cases().findByResident(ALEX).get().filedCorrespondence()))
                .isEqualTo(List.ofAll(stored.filedCorrespondence()));
        assertThat(stored.history().last()).isInstanceOf(org.uca.domain.cases.CaseEvent.CorrespondenceScreened.class);
        assertThat(ports.caseQueries().correspondenceToScreen().map(r -> r.correspondence())).containsExactly(1);
        assertThat(stored.decisions().head().safeguards().howComplaintsAreStillHeard())
                .contains(org.uca.domain.fixtures.AProposal.STILL_HEARD);
        var report = ports.monitoring().reportFor(today.minusDays(30), today, today);
        assertThat(report.filedCorrespondence().filed()).isEqualTo(2);
        assertThat(report.filedCorrespondence().screenedLate()).isEqualTo(1);
        assertThat(report.filedCorrespondence().raisingNewIssues()).isEqualTo(1);
        assertThat(report.filedCorrespondence().raisingSafeguardingConcerns()).isEqualTo(1);
        assertThat(ports.monitoring().reportFor(today.minusDays(5), today, today).filedCorrespondence().filed())
                .as("counted in the period it was received").isEqualTo(1);
    }

    @Test
    @DisplayName("amended records read back corrected, each superseded original kept with who, when and why")
    void amendedRecordsReadBack() {
        CaseId caseId = caseWithContactStandards(ALEX);
        journey.inform(caseId, new DecisionId(1));
        Case before = ports.cases().find(caseId).get();
        var r = before.action(new org.uca.domain.cases.ActionId(2)).get().report();
        LocalDate corrected = before.decisions().head().reviewDate().minusDays(7);
        for (var amend : List.of(new AmendRecordUseCase.Command(Staff.OFFICER.id(), caseId, 2,
                        new AmendRecordUseCase.ActionCorrection(new org.uca.domain.cases.ActionReport(r.kind(),
                                r.otherKind(), r.affected(), r.occurredAt(), r.channel(), r.reportedBy(),
                                "Swore at the caretaker twice.", r.safetyConcern())), "Typed from the wrong note."),
                new AmendRecordUseCase.Command(Staff.OFFICER.id(), caseId, 1,
                        new AmendRecordUseCase.WarningCorrection("Swearing at staff is abusive.",
                                "Speak to our staff calmly."), "The wrong template."),
                new AmendRecordUseCase.Command(Staff.SERVICE_MANAGER.id(), caseId, 1,
                        new AmendRecordUseCase.DecisionCorrection("Repeated abusive emails.",
                                io.vavr.control.Option.some(corrected)), "The review date was mistyped."))) {
            ok(app.amendRecords().amend(amend), "amend " + amend.correction().part().word());
        }

        Case stored = ports.cases().find(caseId).get();
        Case byResident = ports.cases().findByResident(ALEX).get();
        assertThat(stored.action(new org.uca.domain.cases.ActionId(2)).get().amendments().head().superseded())
                .isEqualTo(r);
        assertThat(stored.warning(new org.uca.domain.cases.WarningId(1)).get().amendments().head().reason())
                .isEqualTo("The wrong template.");
        assertThat(stored.decisions().head().reviewDate()).isEqualTo(corrected);
        assertThat(stored.decisions().head().amendments().head().superseded())
                .isEqualTo(before.decisions().head().details());
        assertThat(List.ofAll(stored.actions())).isEqualTo(List.ofAll(byResident.actions()));
        assertThat(List.ofAll(stored.warnings())).isEqualTo(List.ofAll(byResident.warnings()));
        assertThat(List.ofAll(stored.decisions())).isEqualTo(List.ofAll(byResident.decisions()));
        assertThat(List.ofAll(stored.history())).isEqualTo(List.ofAll(byResident.history()));
        assertThat(stored.history().takeRight(3).map(e -> e.getClass().getSimpleName())).containsOnly("RecordAmended");
    }

    @Test
    @DisplayName("a stale write is refused as a concurrent change, never a lost update")
    void staleWriteRefused() {
        CaseId caseId = journey.recordVerbalAbuse(ALEX).caseId();
        Case read = ports.cases().find(caseId).get();
        Case first = Fixtures.after(read.recordActions(List.of(Reports.offensiveLanguage(clock.now())), Staff.OFFICER,
                clock.now()));
        Case second = Fixtures.after(read.recordActions(List.of(Reports.disproportionateContact(clock.now())),
                Staff.OFFICER, clock.now()));
        ports.unitOfWork().inTransaction(() -> {
            ports.cases().save(first, read.version());
            return null;
        });
        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            ports.cases().save(second, read.version());
            return null;
        })).isInstanceOf(ConcurrentChange.class);
        assertThat(ports.cases().find(caseId).get().actions().last().kind())
                .isEqualTo(first.actions().last().kind());
    }

    @Test
    @DisplayName("a resident has one case: a second new case for the same resident is a concurrent change")
    void oneCasePerResident() {
        Case one = Fixtures.after(Case.open(ports.cases().nextId(), BEA)
                .recordActions(List.of(Reports.verbalAbuse(clock.now())), Staff.OFFICER, clock.now()));
        Case other = Fixtures.after(Case.open(ports.cases().nextId(), BEA)
                .recordActions(List.of(Reports.verbalAbuse(clock.now())), Staff.OFFICER, clock.now()));
        ports.unitOfWork().inTransaction(() -> {
            ports.cases().save(one, 0);
            return null;
        });
        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            ports.cases().save(other, 0);
            return null;
        })).isInstanceOf(ConcurrentChange.class);
        assertThat(ports.cases().findByResident(BEA).get().id()).isEqualTo(one.id());
    }

    @Test
    @DisplayName("a unit of work that fails half-way leaves nothing behind")
    void atomic() {
        long auditBefore = ports.audit().count();
        Case opened = Fixtures.after(Case.open(ports.cases().nextId(), BEA)
                .recordActions(List.of(Reports.verbalAbuse(clock.now())), Staff.OFFICER, clock.now()));
        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            ports.cases().save(opened, 0);
            ports.audit().append(new AuditLog.Entry(clock.now(), Staff.OFFICER.id(), "record", Option.some(opened.id()),
                    AuditLog.Outcome.ACCEPTED, "recorded"));
            throw new IllegalStateException("the audit write failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(ports.cases().find(opened.id())).isEmpty();
        assertThat(ports.cases().findByResident(BEA)).isEmpty();
        assertThat(ports.audit().count()).isEqualTo(auditBefore);
    }

    @Test
    @DisplayName("the audit log keeps every command, accepted or refused, for its case")
    void auditKeepsEverything() {
        CaseId caseId = journey.recordVerbalAbuse(ALEX).caseId();
        var refused = app.issueWarning().issueWarning(new org.uca.application.port.in.IssueWarningUseCase.Command(
                Staff.OFFICER.id(), caseId, List.empty(), "", ""));
        assertThat(refused.isLeft()).isTrue();
        var entries = ports.audit().forCase(caseId);
        assertThat(entries.map(AuditLog.Entry::outcome)).containsExactly(AuditLog.Outcome.ACCEPTED,
                AuditLog.Outcome.REFUSED);
        assertThat(entries.last().why()).contains("actionsReferredTo");
        assertThat(ports.audit().count()).isEqualTo(2);
    }

    @Test
    @DisplayName("appeals due, reviews due, restricted residents and my cases are answered across cases")
    void crossCaseQueries() {
        CaseId alexCase = caseWithContactStandards(ALEX);
        var lodged = journey.appeal(alexCase, new DecisionId(1));
        journey.recordVerbalAbuse(BEA);

        CaseQueries q = ports.caseQueries();
        assertThat(q.residentsWithRestrictionsInForce().map(CaseQueries.RestrictedResident::resident))
                .containsExactly(ALEX);
        assertThat(q.appealsDueBy(lodged.dueBy().minusDays(1))).isEmpty();
        assertThat(q.appealsDueBy(lodged.dueBy())).singleElement().satisfies(a -> {
            assertThat(a.caseId()).isEqualTo(alexCase);
            assertThat(a.reviewLevel()).isEqualTo(AuthorityLevel.ASSISTANT_DIRECTOR);
            assertThat(a.decidedBy()).isEqualTo(Staff.SERVICE_MANAGER.id());
        });
        LocalDate reviewDate = ports.cases().find(alexCase).get().decisions().head().reviewDate();
        assertThat(q.reviewsDueBy(reviewDate.minusDays(1))).isEmpty();
        assertThat(q.reviewsDueBy(reviewDate)).singleElement().satisfies(r -> {
            assertThat(r.reviewDate()).isEqualTo(reviewDate);
            assertThat(r.requiredAuthority()).isEqualTo(AuthorityLevel.SERVICE_MANAGER);
        });
        assertThat(q.casesInvolving(Staff.SERVICE_MANAGER.id())).containsExactly(alexCase);
        assertThat(q.casesInvolving(Staff.OFFICER.id())).hasSize(2);
        assertThat(q.casesInvolving(Staff.DIRECTOR.id())).isEmpty();
    }

    @Test
    @DisplayName("a notice withheld reads back with its sign-offs, is in the re-check queue on its date, is counted"
            + " in monitoring while it stands, and leaves the queue when ended, not when the restriction is lifted"
            + " (issue 15 §3)")
    void noticesWithheldToRecheck() {
        CaseId alexCase = caseWithContactStandards(ALEX);
        DecisionId decision = new DecisionId(1);
        LocalDate today = org.uca.domain.shared.UkTime.dateOf(clock.now());
        LocalDate recheck = today.plusMonths(1);
        ok(app.withholdNotice().withholdNotice(new org.uca.application.port.in.WithholdNoticeUseCase.Command(
                Staff.ASSISTANT_DIRECTOR.id(), alexCase, decision, "The police ask that he is not told yet.",
                recheck)), "withhold");
        ok(app.withholdNotice().keepNoticeWithheld(new org.uca.application.port.in.WithholdNoticeUseCase.Command(
                Staff.DIRECTOR.id(), alexCase, decision, "The investigation continues.", recheck.plusDays(7))),
                "keep");

        var stored = ports.cases().find(alexCase).get().decision(decision).get().noticeWithheld().get();
        assertThat(stored.latest().risk()).isEqualTo("The investigation continues.");
        assertThat(stored.latest().signedOffBy()).isEqualTo(Staff.DIRECTOR);
        assertThat(stored.earlier()).extracting(w -> w.risk()).containsExactly("The police ask that he is not told yet.");
        assertThat(toRecheckBy(recheck.plusDays(6))).isEmpty();
        assertThat(ports.readModels().noticesWithheldToRecheckBy(recheck.plusDays(7), 0, 10)).singleElement()
                .satisfies(n -> {
                    assertThat(n.row()).isEqualTo(new CaseQueries.NoticeRecheckDue(alexCase, ALEX, decision,
                            recheck.plusDays(7)));
                    assertThat(n.residentName()).isEqualTo(ports.residents().find(ALEX).map(r -> r.name()));
                });
        assertThat(ports.readModels().noticesWithheldToRecheckBy(recheck.plusDays(7), 1, 10)).isEmpty();
        var withheld = ports.monitoring().reportFor(today, today, today).fairness();
        assertThat(withheld.noticesWithheld()).isEqualTo(1);
        assertThat(withheld.noticesStillWithheld()).isEqualTo(1);
        assertThat(ports.monitoring().reportFor(today.plusDays(1), today.plusDays(2), today).fairness()
                .noticesWithheld()).isZero();

        ok(app.withholdNotice().endNoticeWithheld(new org.uca.application.port.in.WithholdNoticeUseCase.End(
                Staff.ASSISTANT_DIRECTOR.id(), alexCase, decision, "The investigation has closed.")), "end");

        assertThat(toRecheckBy(recheck.plusDays(30))).isEmpty();
        var ended = ports.monitoring().reportFor(today, today, today).fairness();
        assertThat(ended.noticesWithheld()).isEqualTo(1);
        assertThat(ended.noticesStillWithheld()).isZero();
        assertThat(ports.cases().find(alexCase).get().decision(decision).get().noticeWithheld().get().ended()
                .get().reasons()).isEqualTo("The investigation has closed.");

        ok(app.withholdNotice().withholdNotice(new org.uca.application.port.in.WithholdNoticeUseCase.Command(
                Staff.ASSISTANT_DIRECTOR.id(), alexCase, decision, "A new threat.", recheck)), "withhold again");
        var again = ports.cases().find(alexCase).get().decision(decision).get().noticeWithheld().get();
        assertThat(again.all()).hasSize(3);
        assertThat(again.endedBefore()).extracting(e -> e.reasons()).containsExactly("The investigation has closed.");
        assertThat(toRecheckBy(recheck)).hasSize(1);

        ok(app.liftRestriction().lift(new org.uca.application.port.in.LiftRestrictionUseCase.Command(
                Staff.ASSISTANT_DIRECTOR.id(), alexCase, decision, "No further incidents.", Option.none())), "lift");
        assertThat(toRecheckBy(recheck)).as("a withholding stands, and is re-checked, until ended,"
                + " even once the restriction is lifted").hasSize(1);
    }

    /** The notices withheld whose re-check falls on or before {@code date}, as the read model gives them. */
    private io.vavr.collection.Seq<CaseQueries.NoticeRecheckDue> toRecheckBy(LocalDate date) {
        return ports.readModels().noticesWithheldToRecheckBy(date, 0, Integer.MAX_VALUE).map(n -> n.row());
    }

    @Test
    @DisplayName("an appeal against a decision entered in error awaits no decision: it leaves the appeals due")
    void appealAgainstADecisionEnteredInErrorLeavesTheAppealsDue() {
        CaseId alexCase = caseWithContactStandards(ALEX);
        var lodged = journey.appeal(alexCase, new DecisionId(1));
        assertThat(ports.caseQueries().appealsDueBy(lodged.dueBy())).hasSize(1);

        ok(app.markEnteredInError().markEnteredInError(new MarkEnteredInErrorUseCase.Command(
                Staff.SERVICE_MANAGER.id(), alexCase, EnteredInError.Part.DECISION, 1,
                "Made on another resident's record.")), "mark the decision");

        assertThat(ports.caseQueries().appealsDueBy(lodged.dueBy())).isEmpty();
        assertThat(ports.readModels().appealsDueBy(lodged.dueBy())).isEmpty();
        assertThat(ports.cases().find(alexCase).get().appeals()).singleElement()
                .satisfies(a -> assertThat(a.decided()).isFalse());
    }

    @Test
    @DisplayName("policy 4.2: a review due needs the level of the measures now in force, after a variation too")
    void reviewNeedsTheLevelOfTheMeasuresInForce() {
        CaseId alexCase = caseWithContactStandards(ALEX);
        var lodged = journey.appeal(alexCase, new DecisionId(1));
        journey.decide(alexCase, lodged.appeal(), Staff.ASSISTANT_DIRECTOR, AppealOutcome.DECISION_VARIED,
                Measures.healthAndSafetyRepairsOnly());
        LocalDate reviewDate = ports.cases().find(alexCase).get().decisions().head().reviewDate();

        assertThat(ports.caseQueries().reviewsDueBy(reviewDate)).singleElement()
                .satisfies(r -> assertThat(r.requiredAuthority()).isEqualTo(AuthorityLevel.ASSISTANT_DIRECTOR));
        assertThat(ports.readModels().reviewsDueBy(reviewDate)).singleElement()
                .satisfies(r -> assertThat(r.row().requiredAuthority()).isEqualTo(AuthorityLevel.ASSISTANT_DIRECTOR));
    }

    @Test
    @DisplayName("the pages' rows carry the residents' and the staff's names, and my cases come most recent first")
    void readModelRows() {
        CaseId alexCase = caseWithContactStandards(ALEX);
        var lodged = journey.appeal(alexCase, new DecisionId(1));
        CaseId beaCase = journey.recordVerbalAbuse(BEA).caseId();
        // A case outlives its resident's directory entry (a tenancy may end): the row then has no name.
        ResidentId gone = new ResidentId("R-9999");
        Case goneCase = Fixtures.after(Case.open(ports.cases().nextId(), gone)
                .recordActions(List.of(Reports.verbalAbuse(clock.now())), Staff.OFFICER, clock.now().plusSeconds(60)));
        ports.unitOfWork().inTransaction(() -> {
            ports.cases().save(goneCase, 0);
            return null;
        });

        ReadModelSource rows = ports.readModels();
        assertThat(rows.appealsDueBy(lodged.dueBy().minusDays(1))).isEmpty();
        assertThat(rows.appealsDueBy(lodged.dueBy())).singleElement().satisfies(a -> {
            assertThat(a.row().caseId()).isEqualTo(alexCase);
            assertThat(a.row().appeal()).isEqualTo(lodged.appeal());
            assertThat(a.row().reviewLevel()).isEqualTo(AuthorityLevel.ASSISTANT_DIRECTOR);
            assertThat(a.row().decidedBy()).isEqualTo(Staff.SERVICE_MANAGER.id());
            assertThat(a.residentName()).contains("Alex Morgan");
        });
        LocalDate reviewDate = ports.cases().find(alexCase).get().decisions().head().reviewDate();
        assertThat(rows.reviewsDueBy(reviewDate.minusDays(1))).isEmpty();
        assertThat(rows.reviewsDueBy(reviewDate)).singleElement().satisfies(r -> {
            assertThat(r.row().decision()).isEqualTo(new DecisionId(1));
            assertThat(r.row().requiredAuthority()).isEqualTo(AuthorityLevel.SERVICE_MANAGER);
            assertThat(r.residentName()).contains("Alex Morgan");
        });

        assertThat(rows.casesInvolving(Staff.OFFICER.id(), 10).map(ReadModelSource.CaseStatus::caseId))
                .containsExactly(goneCase.id(), beaCase, alexCase);
        assertThat(rows.casesInvolving(Staff.OFFICER.id(), 2)).hasSize(2);
        assertThat(rows.casesInvolving(Staff.OFFICER.id(), 1, 2).map(ReadModelSource.CaseStatus::caseId))
                .as("a later page: the first left out").containsExactly(beaCase, alexCase);
        assertThat(rows.casesInvolving(Staff.OFFICER.id(), 3, 2)).as("beyond the last").isEmpty();
        assertThat(rows.casesInvolving(Staff.OFFICER.id(), 10)).satisfiesExactly(
                g -> assertThat(g.residentName()).isEmpty(),
                b -> {
                    assertThat(b.residentName()).contains("Bea Okafor");
                    assertThat(b.restrictionsInForce()).isZero();
                    assertThat(b.nextReview()).isEmpty();
                },
                a -> {
                    assertThat(a.residentName()).contains("Alex Morgan");
                    assertThat(a.restrictionsInForce()).isEqualTo(1);
                    assertThat(a.nextReview()).contains(reviewDate);
                });
        assertThat(rows.casesInvolving(Staff.SERVICE_MANAGER.id(), 10).map(ReadModelSource.CaseStatus::caseId))
                .containsExactly(alexCase);
        assertThat(rows.casesInvolving(Staff.DIRECTOR.id(), 10)).isEmpty();

        assertThat(rows.staffNames(HashSet.of(Staff.OFFICER.id(), Staff.DIRECTOR.id(), new StaffId("left-long-ago"))))
                .isEqualTo(HashMap.of(Staff.OFFICER.id(), Staff.OFFICER.name(), Staff.DIRECTOR.id(),
                        Staff.DIRECTOR.name()));
        assertThat(rows.staffNames(HashSet.empty())).isEmpty();
    }

    @Test
    @DisplayName("the monitoring report counts actions, measures, teams, levels, warnings, appeals and overdue reviews")
    void monitoring() {
        LocalDate from = UkTime.dateOf(clock.now());
        CaseId alexCase = caseWithContactStandards(ALEX);
        var lodged = journey.appeal(alexCase, new DecisionId(1));
        journey.decide(alexCase, lodged.appeal(), Staff.ASSISTANT_DIRECTOR, AppealOutcome.DECISION_UPHELD);
        var bea = journey.record(BEA, Reports.threatsWithSafetyConcern(clock.now()));
        journey.authorise(bea.caseId(), Staff.ASSISTANT_DIRECTOR,
                AProposal.of(List.of(Measures.exclusionFromPersonalContact(), Measures.noticeOfSeekingPossession()))
                        .immediate(bea.actions(), "Threatened to stab the officer; police called."));
        LocalDate to = UkTime.dateOf(clock.now());

        MonitoringReport report = ports.monitoring().reportFor(from, to, to);
        assertThat(report.actionsByCategory().get(ActionCategory.VIOLENCE_AGGRESSION_AND_ABUSE)).contains(3L);
        assertThat(report.measuresByKind().get(MeasureKind.SINGLE_POINT_OF_CONTACT)).contains(1L);
        assertThat(report.measuresByKind().get(MeasureKind.EXCLUSION_FROM_PERSONAL_CONTACT)).contains(1L);
        assertThat(report.measuresByKind().get(MeasureKind.TENANCY_ACTION)).contains(1L);
        assertThat(report.decisionsByAuthorityLevel().get(AuthorityLevel.SERVICE_MANAGER)).contains(1L);
        assertThat(report.decisionsByAuthorityLevel().get(AuthorityLevel.ASSISTANT_DIRECTOR)).contains(1L);
        assertThat(report.decisionsByTeam().get(Staff.SERVICE_MANAGER.team())).contains(1L);
        assertThat(report.decisionsByTeam().get(Staff.ASSISTANT_DIRECTOR.team())).contains(1L);
        assertThat(report.decisions()).isEqualTo(2);
        assertThat(report.warnings()).isEqualTo(1);
        assertThat(report.warningsFollowedByRestriction()).isEqualTo(1);
        assertThat(report.immediateActions()).isEqualTo(1);
        assertThat(report.appealsLodged()).isEqualTo(1);
        assertThat(report.appealOutcomes().get(AppealOutcome.DECISION_UPHELD)).contains(1L);
        assertThat(report.appealsDecidedLate()).isZero();
        // Alex: first action 23 Oct, decision 26 Oct (3 days); Bea: threats 28 Oct, immediate action 30 Oct (2 days).
        assertThat(report.medianDaysFromFirstActionToDecision()).contains(2.5);
        assertThat(report.restrictionsPastReviewDate()).isZero();

        MonitoringReport later = ports.monitoring().reportFor(from, to, to.plusYears(1));
        assertThat(later.restrictionsPastReviewDate()).isEqualTo(2);
        MonitoringReport before = ports.monitoring().reportFor(from.minusYears(1), from.minusDays(1), to);
        assertThat(before.decisions()).isZero();
        assertThat(before.actionsByCategory()).isEmpty();
    }

    @Test
    @DisplayName("fair and consistent decisions (policy 5.2): the report gives each authoriser's decisions, the cases"
            + " with actions of each category and how many were decided, appeals by decision-maker, and the days from"
            + " the first action to the warning and to the decision")
    void fairAndConsistentDecisions() {
        LocalDate from = UkTime.dateOf(clock.now());
        CaseId alexCase = caseWithContactStandards(ALEX);
        var lodged = journey.appeal(alexCase, new DecisionId(1));
        journey.decide(alexCase, lodged.appeal(), Staff.ASSISTANT_DIRECTOR, AppealOutcome.DECISION_OVERTURNED);
        var bea = journey.record(BEA, Reports.threatsWithSafetyConcern(clock.now()));
        journey.authorise(bea.caseId(), Staff.ASSISTANT_DIRECTOR,
                AProposal.of(List.of(Measures.exclusionFromPersonalContact()))
                        .immediate(bea.actions(), "Threatened to stab the officer; police called."));
        ResidentId cy = new ResidentId("R-1003");
        addResident(new Resident(cy, "Cy Adeyemi", "9 Harrow Road, London W2 5DX"));
        journey.recordVerbalAbuse(cy);
        LocalDate to = UkTime.dateOf(clock.now());

        FairnessFigures fairness = ports.monitoring().reportFor(from, to, to).fairness();
        assertThat(fairness.decisionsByAuthoriser()).containsExactlyInAnyOrder(
                new FairnessFigures.AuthoriserDecisions(Staff.SERVICE_MANAGER.id().value(),
                        Staff.SERVICE_MANAGER.name(), AuthorityLevel.SERVICE_MANAGER, 1),
                new FairnessFigures.AuthoriserDecisions(Staff.ASSISTANT_DIRECTOR.id().value(),
                        Staff.ASSISTANT_DIRECTOR.name(), AuthorityLevel.ASSISTANT_DIRECTOR, 1));
        assertThat(fairness.casesByCategory().get(ActionCategory.VIOLENCE_AGGRESSION_AND_ABUSE))
                .as("three residents' cases with actions, two of them decided")
                .contains(new FairnessFigures.CategoryCases(3, 2));
        assertThat(fairness.appealsByDecisionMaker()).containsExactly(new FairnessFigures.AppealsByDecisionMaker(
                Staff.SERVICE_MANAGER.id().value(), Staff.SERVICE_MANAGER.name(), 1, 0, 0, 1));
        // Alex: first action 23 Oct, warned 24 Oct (1 day), decision 26 Oct (3 days); Bea: 28 Oct to 30 Oct (2 days).
        assertThat(fairness.daysFromFirstActionToWarning())
                .isEqualTo(new FairnessFigures.Times(1, Option.some(1.0), Option.some(1.0)));
        assertThat(fairness.daysFromFirstActionToDecision().count()).isEqualTo(2);
        assertThat(fairness.daysFromFirstActionToDecision().median()).contains(2.5);
        assertThat(fairness.daysFromFirstActionToDecision().ninetiethPercentile().get()).isCloseTo(2.9,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(fairness.decisionsReplaced()).isZero();

        FairnessFigures before = ports.monitoring().reportFor(from.minusYears(1), from.minusDays(1), to).fairness();
        assertThat(before.decisionsByAuthoriser()).isEmpty();
        assertThat(before.casesByCategory()).isEmpty();
        assertThat(before.appealsByDecisionMaker()).isEmpty();
        assertThat(before.daysFromFirstActionToWarning()).isEqualTo(FairnessFigures.Times.NONE);
    }

    @Test
    @DisplayName("a notice withheld, ended and withheld again is counted still withheld at the end of a period only"
            + " while one of its withholdings stood then, not in the gap between them (issue 15 §3)")
    void aNoticeWithheldAgainIsNotCountedStillWithheldInTheGap() {
        CaseId alexCase = caseWithContactStandards(ALEX);
        DecisionId decision = new DecisionId(1);
        LocalDate first = UkTime.dateOf(clock.now());
        ok(app.withholdNotice().withholdNotice(new org.uca.application.port.in.WithholdNoticeUseCase.Command(
                Staff.ASSISTANT_DIRECTOR.id(), alexCase, decision, "The police ask that he is not told yet.",
                first.plusMonths(1))), "withhold");
        clock.advance(Duration.ofDays(20));
        ok(app.withholdNotice().endNoticeWithheld(new org.uca.application.port.in.WithholdNoticeUseCase.End(
                Staff.ASSISTANT_DIRECTOR.id(), alexCase, decision, "The investigation has closed.")), "end");
        clock.advance(Duration.ofDays(30));
        LocalDate again = UkTime.dateOf(clock.now());
        ok(app.withholdNotice().withholdNotice(new org.uca.application.port.in.WithholdNoticeUseCase.Command(
                Staff.ASSISTANT_DIRECTOR.id(), alexCase, decision, "A new threat.", again.plusMonths(1))),
                "withhold again");

        java.util.function.Function<LocalDate, Long> stillWithheldAtEndOf = day -> ports.monitoring()
                .reportFor(first, day, again).fairness().noticesStillWithheld();
        assertThat(stillWithheldAtEndOf.apply(first.plusDays(10))).as("while first withheld").isOne();
        assertThat(stillWithheldAtEndOf.apply(first.plusDays(20))).as("the day it was ended").isZero();
        assertThat(stillWithheldAtEndOf.apply(first.plusDays(35))).as("between the withholdings").isZero();
        assertThat(stillWithheldAtEndOf.apply(again)).as("withheld again").isOne();
        assertThat(ports.monitoring().reportFor(first, again, again).fairness().noticesWithheld())
                .as("first withheld in the period: counted once").isOne();
    }

    @Test
    @DisplayName("complaints are still heard: correspondence filed without a reply and not screened by its deadline"
            + " is counted as it stood at the end of the period (or today), still so once it is screened late")
    void correspondenceNotScreenedByItsDeadlineIsCounted() {
        CaseId caseId = caseWithContactStandards(ALEX);
        LocalDate today = UkTime.dateOf(clock.now());
        var log = app.filedCorrespondence();
        for (int daysAgo : new int[] {20, 10, 0}) {
            ok(log.log(new org.uca.application.port.in.FiledCorrespondenceUseCase.Log(Staff.OFFICER.id(), caseId,
                    today.minusDays(daysAgo), Channel.LETTER, "Letter about the boiler.")), "log " + daysAgo);
        }
        var report = ports.monitoring().reportFor(today.minusDays(30), today, today).filedCorrespondence();
        assertThat(report.notScreenedByDeadline()).as("the two whose five working days have passed").isEqualTo(2);
        assertThat(report.screenedLate()).isZero();

        ok(log.screen(new org.uca.application.port.in.FiledCorrespondenceUseCase.Screen(Staff.OFFICER.id(), caseId,
                1, Option.none(), Option.none())), "screen the oldest, late");

        var now = ports.monitoring().reportFor(today.minusDays(30), today, today).filedCorrespondence();
        assertThat(now.notScreenedByDeadline()).as("screened today: no longer overdue").isOne();
        assertThat(now.screenedLate()).isOne();
        var earlier = ports.monitoring().reportFor(today.minusDays(30), today.minusDays(5), today)
                .filedCorrespondence();
        assertThat(earlier.notScreenedByDeadline()).as("as it stood then: the oldest was overdue, the second not yet")
                .isOne();
        assertThat(ports.monitoring().reportFor(today.minusDays(30), today.plusDays(30), today).filedCorrespondence()
                .notScreenedByDeadline()).as("a period not over: as it stands today").isOne();
    }

    @Test
    @DisplayName("no resident can be found by comparing overlapping periods: the tenancy profile is given for a whole"
            + " quarter that has ended, and for no other period; each resident restricted counts once, and the whole"
            + " tenancy is the residents whose tenancy had not ended by the quarter's end")
    void noResidentCanBeFoundByComparingOverlappingPeriods() {
        var sex = new Object() {
            Resident of(String id, String value, Option<LocalDate> tenancyEnd) {
                return new Resident(new ResidentId(id), "Resident " + id, List.of("1 Test Street"), "",
                        Option.none(), Option.none(), tenancyEnd, Option.none(), Option.none(), Option.none(),
                        HashMap.of(ProtectedCharacteristic.SEX, value));
            }
        };
        var quarter = org.uca.domain.calendar.Quarter.containing(UkTime.dateOf(clock.now()));
        addResident(sex.of("R-3001", "Female", Option.none()));
        addResident(sex.of("R-3002", "Female", Option.some(quarter.last().minusDays(1))));
        addResident(sex.of("R-3003", "Male", Option.some(quarter.last())));
        CaseId restricted = caseWithContactStandards(new ResidentId("R-3001"));
        ok(app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(Staff.SERVICE_MANAGER.id(),
                restricted, AProposal.contactStandards(Measures.singlePointOfContact())
                        .afterWarning(new org.uca.domain.cases.WarningId(1), new ActionId(2))
                        .decidedOn(UkTime.dateOf(clock.now())).build()
                        .whileInForce(new org.uca.domain.cases.WhileInForce.Replaces(new DecisionId(1))))),
                "a second decision on the same case");
        LocalDate ended = quarter.last().plusDays(1);

        var profile = ports.monitoring().reportFor(quarter.first(), quarter.last(), ended).fairness()
                .tenancyProfile();
        assertThat(profile.map(p -> p.counts().toJavaList())).contains(java.util.List.of(
                new org.uca.application.port.out.TenancyProfile.Count(ProtectedCharacteristic.SEX, "Female", 1, 1),
                new org.uca.application.port.out.TenancyProfile.Count(ProtectedCharacteristic.SEX, "Male", 0, 1),
                new org.uca.application.port.out.TenancyProfile.Count(ProtectedCharacteristic.SEX,
                        ProtectedCharacteristic.NOT_KNOWN, 0, 2)));
        for (LocalDate[] period : new LocalDate[][] {{quarter.first(), quarter.last().minusDays(1)},
                {quarter.first(), quarter.last().minusDays(2)}, {quarter.first().plusDays(1), quarter.last()},
                {quarter.first(), quarter.last().plusDays(1)}, {quarter.first(), quarter.last().plusMonths(3)}}) {
            assertThat(ports.monitoring().reportFor(period[0], period[1], ended.plusYears(1)).fairness()
                    .tenancyProfile()).as("%s to %s", period[0], period[1]).isEmpty();
        }
        assertThat(ports.monitoring().reportFor(quarter.first(), quarter.last(), quarter.last()).fairness()
                .tenancyProfile()).as("on the quarter's last day: not ended").isEmpty();
    }

    @Test
    @DisplayName("no way to reach an individual from the figures: an ended quarter's equality comparison is published"
            + " the first time it is given and given as it was from then on, though a decision in it is since entered"
            + " in error; the published copy cannot be replaced")
    void anEndedQuartersEqualityComparisonIsGivenAsFirstPublished() {
        var before = org.uca.domain.calendar.Quarter.containing(UkTime.dateOf(clock.now())).previous();
        assertThat(ok(app.monitoring().report(Staff.ASSISTANT_DIRECTOR.id(), before.first(), before.last()),
                "a quarter before any characteristic was supplied").fairness().tenancyProfile()).isNotEmpty();
        assertThat(ports.monitoring().publishedProfile(before)).as("nothing known of anyone: nothing published,"
                + " so a later import still shows").isEmpty();
        assertThat(app.monitoring().report(Staff.ASSISTANT_DIRECTOR.id(), LocalDate.of(1999, 10, 1),
                LocalDate.of(1999, 12, 31)).getLeft().message()).contains("A report covers dates from 2000");
        addResident(new Resident(new ResidentId("R-3101"), "Resident R-3101", List.of("1 Test Street"), "",
                Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
                HashMap.of(ProtectedCharacteristic.SEX, "Female")));
        CaseId restricted = caseWithContactStandards(new ResidentId("R-3101"));
        var quarter = org.uca.domain.calendar.Quarter.containing(UkTime.dateOf(clock.now()));
        clock.set(quarter.last().plusDays(1).atTime(9, 0).atZone(UkTime.ZONE).toInstant());
        var female = new org.uca.application.port.out.TenancyProfile.Count(ProtectedCharacteristic.SEX, "Female", 1, 1);

        long audited = ports.audit().count();
        var first = ok(app.monitoring().report(Staff.ASSISTANT_DIRECTOR.id(), quarter.first(), quarter.last()),
                "the quarter's report").fairness().tenancyProfile().get();
        assertThat(first.counts()).contains(female);
        assertThat(ports.audit().count()).as("who first asked, and when, is audited with the publication")
                .isEqualTo(audited + 1);
        ok(app.markEnteredInError().markEnteredInError(new MarkEnteredInErrorUseCase.Command(
                Staff.SERVICE_MANAGER.id(), restricted, EnteredInError.Part.DECISION, 1,
                "Made on another resident's record.")), "mark the decision");
        var again = ok(app.monitoring().report(Staff.ASSISTANT_DIRECTOR.id(), quarter.first(), quarter.last()),
                "the quarter's report again");

        assertThat(again.decisions()).as("the other figures are worked out now").isZero();
        assertThat(again.fairness().tenancyProfile()).as("the comparison as first published").contains(first);
        assertThat(ports.audit().count()).as("published once").isEqualTo(audited + 2); // and the mark in error
        assertThat(ports.monitoring().reportFor(quarter.first(), quarter.last(), UkTime.dateOf(clock.now()))
                .fairness().tenancyProfile().get().counts()).as("worked out now, it would differ")
                .doesNotContain(female);
        assertThat(ports.monitoring().publishProfile(quarter, org.uca.application.port.out.TenancyProfile.NONE,
                clock.now())).as("published once").isFalse();
        assertThat(ports.monitoring().publishedProfile(quarter)).contains(first);
        assertThat(ports.monitoring().publishedProfile(quarter.previous().previous())).isEmpty();
    }

    @Test
    @DisplayName("fair and consistent decisions (policy 5.2): decisions later replaced by a later decision are counted,"
            + " apart from those entered in error, so each can be shown as a rate of the decisions in the period")
    void decisionsLaterReplacedAreCounted() {
        LocalDate from = UkTime.dateOf(clock.now());
        CaseId alexCase = journey.recordVerbalAbuse(ALEX).caseId();
        var warning = journey.warn(alexCase, List.of(new org.uca.domain.cases.ActionId(1)));
        var further = journey.recordVerbalAbuse(ALEX).actions();
        journey.authorise(alexCase, Staff.SERVICE_MANAGER, AProposal.contactStandards(
                Measures.singlePointOfContact(), Measures.noEmail()).afterWarning(warning, further));
        var replacing = AProposal.contactStandards(Measures.singlePointOfContact()).afterWarning(warning, further)
                .decidedOn(UkTime.dateOf(clock.now())).build()
                .whileInForce(new org.uca.domain.cases.WhileInForce.Replaces(new DecisionId(1)));
        ok(app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(
                Staff.SERVICE_MANAGER.id(), alexCase, replacing)), "replace the decision");
        CaseId beaCase = caseWithContactStandards(BEA);
        ok(app.markEnteredInError().markEnteredInError(new MarkEnteredInErrorUseCase.Command(
                Staff.SERVICE_MANAGER.id(), beaCase, EnteredInError.Part.DECISION, 1, "Made on the wrong case.")),
                "mark Bea's decision");
        LocalDate to = UkTime.dateOf(clock.now());

        MonitoringReport report = ports.monitoring().reportFor(from, to, to);
        assertThat(report.decisions()).as("Alex's two decisions").isEqualTo(2);
        assertThat(report.fairness().decisionsReplaced()).isOne();
        assertThat(report.decisionsEnteredInError()).isOne();
        assertThat(report.fairness().decisionsByAuthoriser()).containsExactly(
                new FairnessFigures.AuthoriserDecisions(Staff.SERVICE_MANAGER.id().value(),
                        Staff.SERVICE_MANAGER.name(), AuthorityLevel.SERVICE_MANAGER, 2));
    }

    @Test
    @DisplayName("no blanket approach (LGSCO): contact standards and service limits are counted by the services they"
            + " apply to, as authorised; decisions whose details were later corrected are counted as corrected")
    void restrictionsAreCountedByTheServicesTheyApplyToAndCorrectionsAreCounted() {
        LocalDate from = UkTime.dateOf(clock.now());
        CaseId alexCase = journey.recordVerbalAbuse(ALEX).caseId();
        var warning = journey.warn(alexCase, List.of(new org.uca.domain.cases.ActionId(1)));
        var further = journey.recordVerbalAbuse(ALEX).actions();
        journey.authorise(alexCase, Staff.SERVICE_MANAGER, AProposal.contactStandards(
                Measures.singlePointOfContact().withScope(org.uca.domain.measures.ServiceScope.only(
                        org.uca.domain.measures.LandlordService.REPAIRS,
                        org.uca.domain.measures.LandlordService.COMPLAINTS)),
                Measures.noEmail()).afterWarning(warning, further));
        CaseId beaCase = caseWithContactStandards(BEA);
        ok(app.amendRecords().amend(new AmendRecordUseCase.Command(Staff.SERVICE_MANAGER.id(), beaCase, 1,
                new AmendRecordUseCase.DecisionCorrection("The reasons, as they should have read.", Option.none()),
                "Typed from the wrong note.")), "correct Bea's decision");
        LocalDate to = UkTime.dateOf(clock.now());

        FairnessFigures fairness = ports.monitoring().reportFor(from, to, to).fairness();
        assertThat(fairness.decisionsCorrected()).as("Bea's decision, corrected").isOne();
        assertThat(fairness.measuresByService().forAllServices()).as("no email, and Bea's two").isEqualTo(3);
        assertThat(fairness.measuresByService().forNamedServices()).as("Alex's single point of contact").isOne();
        assertThat(fairness.measuresByService().naming().toJavaMap()).isEqualTo(java.util.Map.of(
                org.uca.domain.measures.LandlordService.REPAIRS, 1L,
                org.uca.domain.measures.LandlordService.COMPLAINTS, 1L));
    }

    @Test
    @DisplayName("a decision entered in error is not counted as an authorised decision, nor are its measures (as"
            + " authorised, before a variation), nor the warning it followed; it is counted apart")
    void monitoringCountsDecisionsEnteredInErrorApart() {
        LocalDate from = UkTime.dateOf(clock.now());
        CaseId alexCase = caseWithContactStandards(ALEX);
        var lodged = journey.appeal(alexCase, new DecisionId(1));
        journey.decide(alexCase, lodged.appeal(), Staff.ASSISTANT_DIRECTOR, AppealOutcome.DECISION_VARIED,
                Measures.singlePointOfContact(), Measures.thirtyMinutesAWeek());
        ok(app.markEnteredInError().markEnteredInError(new MarkEnteredInErrorUseCase.Command(
                Staff.SERVICE_MANAGER.id(), alexCase, EnteredInError.Part.DECISION, 1, "Made on the wrong case.")),
                "mark the decision");
        LocalDate to = UkTime.dateOf(clock.now());

        MonitoringReport report = ports.monitoring().reportFor(from, to, to.plusYears(1));
        assertThat(report.decisions()).isZero();
        assertThat(report.decisionsByTeam()).isEmpty();
        assertThat(report.measuresByKind()).isEmpty();
        assertThat(report.warnings()).isEqualTo(1);
        assertThat(report.warningsFollowedByRestriction()).isZero();
        assertThat(report.medianDaysFromFirstActionToDecision()).isEmpty();
        assertThat(report.restrictionsPastReviewDate()).isZero();
        assertThat(report.decisionsEnteredInError()).isEqualTo(1);
        assertThat(report.appealOutcomes().get(AppealOutcome.DECISION_VARIED)).contains(1L);
    }

    @Test
    @DisplayName("an action or a warning entered in error is not counted as recorded or issued; each is counted apart"
            + " (issue 13: monitoring counts these separately)")
    void monitoringCountsActionsAndWarningsEnteredInErrorApart() {
        LocalDate from = UkTime.dateOf(clock.now());
        CaseId alexCase = journey.recordVerbalAbuse(ALEX).caseId();
        journey.warn(alexCase, List.of(new org.uca.domain.cases.ActionId(1)));
        journey.recordVerbalAbuse(ALEX);
        ok(app.markEnteredInError().markEnteredInError(new MarkEnteredInErrorUseCase.Command(
                Staff.SERVICE_MANAGER.id(), alexCase, EnteredInError.Part.WARNING, 1, "Sent to the wrong tenant.")),
                "mark the warning");
        ok(app.markEnteredInError().markEnteredInError(new MarkEnteredInErrorUseCase.Command(
                Staff.SERVICE_MANAGER.id(), alexCase, EnteredInError.Part.ACTION, 2, "Another resident's call.")),
                "mark the second action");
        LocalDate to = UkTime.dateOf(clock.now());

        MonitoringReport report = ports.monitoring().reportFor(from, to, to.plusYears(1));
        assertThat(report.warnings()).isZero();
        assertThat(report.warningsFollowedByRestriction()).isZero();
        assertThat(report.warningsEnteredInError()).isEqualTo(1);
        assertThat(report.actionsByCategory().values().sum().longValue()).as("the first action").isOne();
        assertThat(report.actionsEnteredInError()).isEqualTo(1);
        assertThat(report.decisionsEnteredInError()).isZero();
    }

    // ---- who may do what: the role the store holds, enforced --------------------------------------------------

    private void assertRefusedAs(io.vavr.control.Either<Failure, ?> result, String message) {
        assertThat(result.getLeft()).isInstanceOf(Failure.NotPermitted.class);
        assertThat(result.getLeft().message()).isEqualTo(message);
    }

    @Test
    @DisplayName("the role comes from the stored staff directory: the Service Development Team cannot record an"
            + " action, an administrator cannot read a case, an officer cannot authorise; each refused and audited")
    void rolesFromTheStore() {
        CaseId caseId = caseWithContactStandards(ALEX);
        Case before = ports.cases().find(caseId).get();
        long auditBefore = ports.audit().count();

        assertRefusedAs(app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                StaffRoles.SDT_MEMBER.id(), BEA, List.of(Reports.verbalAbuse(clock.now())))),
                "As a Service Development Team member you cannot record unacceptable actions.");
        assertRefusedAs(app.viewCase().viewCase(StaffRoles.ADMINISTRATOR.id(), caseId),
                "As an administrator you cannot read a case.");
        assertRefusedAs(app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(Staff.OFFICER.id(),
                caseId, AProposal.contactStandards(Measures.officeBan()).immediate(new ActionId(1))
                        .decidedOn(UkTime.dateOf(clock.now())).build())),
                "As an officer you cannot authorise measures.");

        assertThat(ports.cases().findByResident(BEA)).isEmpty();
        assertThat(ports.cases().find(caseId).get().version()).isEqualTo(before.version());
        assertThat(ports.audit().count()).isEqualTo(auditBefore + 3);
        assertThat(ports.audit().forCase(caseId).takeRight(2)).allSatisfy(e -> {
            assertThat(e.outcome()).isEqualTo(AuditLog.Outcome.NOT_PERMITTED);
            assertThat(e.why()).startsWith("As an ");
        });
        assertThat(ports.audit().forCase(caseId).takeRight(2).map(AuditLog.Entry::who))
                .containsExactly(StaffRoles.ADMINISTRATOR.id(), Staff.OFFICER.id());
    }

    @Test
    @DisplayName("a member of staff with no role in UCA (no account) is refused everything, never given a default"
            + " role, yet can still be named as who informs the resident")
    void noRoleNoAccess() {
        StaffMember listed = new StaffMember(new org.uca.domain.people.StaffId("no-role-nia"), "Nia Evans",
                "Income", AuthorityLevel.DIRECTOR);
        addStaff(listed, Option.none());
        CaseId caseId = journey.record(ALEX, Reports.threatsWithSafetyConcern(clock.now())).caseId();

        var refused = app.contactGuidance().guidanceFor(listed.id(), ALEX);
        assertThat(refused.getLeft()).isInstanceOf(Failure.NotPermitted.class);
        assertThat(refused.getLeft().message()).contains("no role");
        assertThat(app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(listed.id(), caseId,
                AProposal.contactStandards(Measures.officeBan()).immediate(new ActionId(1))
                        .decidedOn(UkTime.dateOf(clock.now())).build())).getLeft())
                .isInstanceOf(Failure.NotPermitted.class);
        assertThat(ports.audit().forCase(caseId).last().outcome()).isEqualTo(AuditLog.Outcome.NOT_PERMITTED);

        journey.authorise(caseId, Staff.SERVICE_MANAGER, AProposal.contactStandards(Measures.officeBan())
                .immediate(new ActionId(1)).residentInformedBy(listed));
    }

    // ---- data protection: retention and subject access -----------------------------------------------------

    @Test
    @DisplayName("the retention rule anonymises a case ended more than six years ago (UK dates), audited as the"
            + " system, deletes its letters and notifications, and leaves monitoring figures as they were")
    void retention() {
        Instant now = clock.now();
        clock.set(now.minus(Duration.ofDays(7 * 366)));
        CaseId alex = caseWithContactStandards(ALEX);
        journey.inform(alex, new DecisionId(1));
        journey.review(alex, new DecisionId(1), Staff.SERVICE_MANAGER, ReviewOutcome.LIFT, Option.none());
        clock.set(now.minus(Duration.ofDays(5 * 366)));
        CaseId bea = journey.recordVerbalAbuse(BEA).caseId();
        clock.set(now);
        LocalDate from = UkTime.dateOf(now).minusYears(8);
        LocalDate today = UkTime.dateOf(now);
        MonitoringReport before = ports.monitoring().reportFor(from, today, today);
        Case alexBefore = ports.cases().find(alex).get();
        long auditBefore = ports.audit().count();

        var applied = ok(app.applyRetention().applyRetention(Period.ofYears(6)), "apply the retention rule");

        assertThat(applied.anonymised()).isEqualTo(1);
        assertThat(applied.cutOff()).isEqualTo(today.minusYears(6));
        assertThat(ports.cases().findByResident(ALEX)).isEmpty();
        Case alexAfter = ports.cases().find(alex).get();
        assertThat(alexAfter.anonymised()).isTrue();
        assertThat(alexAfter.actions().map(a -> a.report().whatHappened())).containsOnly(Case.REMOVED);
        assertThat(alexAfter.version()).isEqualTo(alexBefore.version());
        assertThat(ports.subjectAccess().heldAbout(alexAfter.resident(), Option.some(alex)).lettersIssued())
                .as("letters about the case").isEmpty();
        assertThat(ports.subjectAccess().heldAbout(alexAfter.resident(), Option.some(alex)).notifications())
                .as("notifications about the case").isEmpty();
        assertThat(ports.cases().find(bea).get().anonymised()).isFalse();
        assertThat(ports.audit().count()).isEqualTo(auditBefore + 2); // the case, and the run
        assertThat(ports.audit().forCase(alex).last()).satisfies(e -> {
            assertThat(e.who()).isEqualTo(ApplyRetentionUseCase.RETENTION_RULE);
            assertThat(e.command()).isEqualTo("anonymise a case under the retention rule");
        });
        assertThat(ports.monitoring().reportFor(from, today, today)).isEqualTo(before);
        assertThat(ok(app.applyRetention().applyRetention(Period.ofYears(6)), "again").anonymised())
                .as("run again: nothing more to anonymise").isZero();
        assertThat(ok(app.applyRetention().applyRetention(Period.ofYears(4)), "shorter").anonymised())
                .as("a shorter, configured period reaches Bea's case too").isEqualTo(1);
    }

    @Test
    @DisplayName("the retention rule does not anonymise a case while notice withheld on it stands, though its"
            + " restriction ended long ago: the period runs from when an Assistant Director ends the withholding")
    void aCaseIsKeptWhileNoticeWithheldOnItStands() {
        Instant now = clock.now();
        clock.set(now.minus(Duration.ofDays(7 * 366)));
        CaseId alex = caseWithContactStandards(ALEX);
        DecisionId decision = new DecisionId(1);
        ok(app.withholdNotice().withholdNotice(new org.uca.application.port.in.WithholdNoticeUseCase.Command(
                Staff.ASSISTANT_DIRECTOR.id(), alex, decision, "The police ask that he is not told yet.",
                UkTime.dateOf(clock.now()).plusMonths(1))), "withhold");
        ok(app.liftRestriction().lift(new org.uca.application.port.in.LiftRestrictionUseCase.Command(
                Staff.ASSISTANT_DIRECTOR.id(), alex, decision, "No further incidents.", Option.none())), "lift");
        clock.set(now);

        assertThat(ports.retention().casesEndedBefore(now)).as("selected by the store").isEmpty();
        assertThat(ok(app.applyRetention().applyRetention(Period.ofYears(6)), "withholding stands").anonymised())
                .isZero();

        ok(app.withholdNotice().endNoticeWithheld(new org.uca.application.port.in.WithholdNoticeUseCase.End(
                Staff.ASSISTANT_DIRECTOR.id(), alex, decision, "The investigation has closed.")), "end");
        assertThat(ok(app.applyRetention().applyRetention(Period.ofYears(6)), "just ended").anonymised()).isZero();
        clock.set(now.plus(Duration.ofDays(6 * 366)));
        assertThat(ok(app.applyRetention().applyRetention(Period.ofYears(6)), "six years on").anonymised())
                .isEqualTo(1);
        assertThat(ports.cases().find(alex).get().anonymised()).isTrue();
    }

    @Test
    @DisplayName("the retention period is counted in UK dates: a case that ended on the cut-off date is kept one"
            + " more day")
    void retentionCountsUkDates() {
        // 23:30 UTC on 1 July is 00:30 on 2 July in London (summer time): the case ended on 2 July, a UK date.
        Instant endedAt = Instant.parse("2020-07-01T23:30:00Z");
        clock.set(endedAt);
        CaseId bea = ok(app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                Staff.OFFICER.id(), BEA, List.of(Reports.verbalAbuse(endedAt.minus(Duration.ofHours(1)))))),
                "record").caseId();
        clock.set(Instant.parse("2026-07-02T08:00:00Z"));
        assertThat(ok(app.applyRetention().applyRetention(Period.ofYears(6)), "on the cut-off date").anonymised())
                .isZero();
        clock.set(Instant.parse("2026-07-03T08:00:00Z"));
        assertThat(ok(app.applyRetention().applyRetention(Period.ofYears(6)), "the day after").anonymised())
                .isEqualTo(1);
        assertThat(ports.cases().find(bea).get().anonymised()).isTrue();
    }

    @Test
    @DisplayName("a subject access export holds everything about the resident: directory entry, case with its"
            + " timeline, letters, notifications and audit trail; the Data Protection Officer runs it, audited")
    void subjectAccessExport() {
        CaseId alex = caseWithContactStandards(ALEX);
        journey.inform(alex, new DecisionId(1));
        journey.recordVerbalAbuse(BEA);
        ResidentId cara = new ResidentId("R-1003");
        // Cara is not in the housing system: recording about her is refused, and the refusal audited by name.
        assertThat(app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                Staff.OFFICER.id(), cara, List.of(Reports.verbalAbuse(clock.now())))).isLeft()).isTrue();

        var export = ok(app.exportSubjectAccess().export(StaffRoles.DATA_PROTECTION_OFFICER.id(), ALEX), "export");

        assertThat(export.directoryEntry().get().name()).isEqualTo("Alex Morgan");
        assertThat(export.theCase().get().id()).isEqualTo(alex);
        assertThat(export.theCase().get().history()).hasSize(5);
        assertThat(export.theCase().get().actions().head().report().whatHappened()).contains("Shouted");
        assertThat(export.lettersIssued().map(Letter::kind)).containsExactly(Letter.Kind.WARNING,
                Letter.Kind.DECISION);
        assertThat(export.notifications()).hasSize(2); // the Service Development Team and the teams informed
        assertThat(export.auditTrail()).hasSize(5);
        assertThat(export.otherAuditEntries()).isEmpty();
        assertThat(ports.audit().forCase(alex).last()).satisfies(e -> {
            assertThat(e.command()).isEqualTo(Task.EXPORT_SUBJECT_ACCESS.description());
            assertThat(e.who()).isEqualTo(StaffRoles.DATA_PROTECTION_OFFICER.id());
            assertThat(e.why()).doesNotContain(ALEX.value());
        });

        var forCara = ok(app.exportSubjectAccess().export(StaffRoles.DATA_PROTECTION_OFFICER.id(), cara),
                "export for Cara");
        assertThat(forCara.theCase()).isEmpty();
        assertThat(forCara.directoryEntry()).isEmpty();
        assertThat(forCara.otherAuditEntries()).singleElement()
                .satisfies(e -> assertThat(e.why()).contains("R-1003"));
        var partOfAReference = app.exportSubjectAccess().export(StaffRoles.DATA_PROTECTION_OFFICER.id(),
                new ResidentId("R-100"));
        assertThat(partOfAReference.getLeft()).as("R-100 is not R-1003: nothing is held about R-100")
                .isInstanceOf(Failure.NotFound.class);
        assertThat(partOfAReference.getLeft().message()).contains("UCA holds nothing about R-100");
        assertThat(app.exportSubjectAccess().export(StaffRoles.DATA_PROTECTION_OFFICER.id(),
                new ResidentId("R-" + "9".repeat(80))).getLeft()).as("a reference longer than any stored")
                .isInstanceOf(Failure.NotFound.class);

        long auditBefore = ports.audit().count();
        assertRefusedAs(app.exportSubjectAccess().export(Staff.SERVICE_MANAGER.id(), ALEX),
                "As a Service Manager you cannot export everything held about a resident for a subject access"
                        + " request.");
        assertThat(ports.audit().count()).as("the refusal is audited").isEqualTo(auditBefore + 1);
    }

    @Test
    @DisplayName("every attempt about a case is on its audit page, newest first: accepted, refused and not permitted,"
            + " including those about the resident made before the case existed, with who made them (name and role)")
    void everyAttemptAboutACaseIsOnItsAuditPage() {
        assertThat(app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                Staff.OFFICER.id(), BEA, List.of())).getLeft()).isInstanceOf(Failure.Refused.class);
        assertRefusedAs(app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                StaffRoles.SDT_MEMBER.id(), BEA, List.of(Reports.verbalAbuse(clock.now())))),
                "As a Service Development Team member you cannot record unacceptable actions.");
        journey.recordVerbalAbuse(ALEX); // another resident's case: none of it is Bea's
        clock.advance(Duration.ofMinutes(1));
        CaseId bea = journey.recordVerbalAbuse(BEA).caseId();
        clock.advance(Duration.ofMinutes(1));
        assertRefusedAs(app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(Staff.OFFICER.id(),
                bea, AProposal.contactStandards(Measures.officeBan()).immediate(new ActionId(1))
                        .decidedOn(UkTime.dateOf(clock.now())).build())),
                "As an officer you cannot authorise measures.");

        var audit = ok(app.caseAudit().caseAudit(Staff.SERVICE_MANAGER.id(), bea, 1, 1, 25), "audit page");

        assertThat(audit.attempts().items().map(a -> a.entry().outcome())).containsExactly(
                AuditLog.Outcome.NOT_PERMITTED, AuditLog.Outcome.ACCEPTED, AuditLog.Outcome.NOT_PERMITTED,
                AuditLog.Outcome.REFUSED);
        assertThat(audit.attempts().total()).isEqualTo(4);
        assertThat(audit.attempts().items().last().entry().caseId()).as("made before the case existed").isEmpty();
        assertThat(audit.attempts().items().last().entry().resident()).contains(BEA);
        assertThat(audit.attempts().items().head().whoName()).isEqualTo(Staff.OFFICER.name());
        assertThat(audit.attempts().items().head().whoRole()).contains(Role.OFFICER);
        assertThat(audit.attempts().items().get(2).whoRole()).contains(Role.SERVICE_DEVELOPMENT_TEAM);
        var secondPage = ok(app.caseAudit().caseAudit(Staff.SERVICE_MANAGER.id(), bea, 2, 1, 3), "page 2");
        assertThat(secondPage.attempts().items().map(a -> a.entry().outcome()))
                .containsExactly(AuditLog.Outcome.REFUSED);
        assertThat(app.caseAudit().caseAudit(Staff.SERVICE_MANAGER.id(), bea, 0, 1, 101).getLeft())
                .isInstanceOf(Failure.Refused.class);
        assertRefusedAs(app.caseAudit().caseAudit(Staff.OFFICER.id(), bea, 1, 1, 25),
                "As an officer you cannot see a case's audit trail and who has looked at it.");
    }

    @Test
    @DisplayName("who looked at a case is logged and shown to managers: the case page, the case, a letter, the"
            + " resident's page and the contact guidance, each with who, when and what, newest first")
    void whoLookedAtACaseIsShownToManagers() {
        CaseId alex = caseWithContactStandards(ALEX);
        journey.recordVerbalAbuse(BEA);
        clock.advance(Duration.ofMinutes(1));
        ok(app.casePage().casePage(Staff.OFFICER.id(), alex), "case page");
        ok(app.viewCase().viewCase(StaffRoles.SDT_MEMBER.id(), alex), "case");
        ok(app.letters().letter(Staff.OFFICER.id(), alex, new LetterQuery.Which.ForDecision(new DecisionId(1))),
                "letter");
        ok(app.guidancePage().guidancePage(Staff.OFFICER.id(), ALEX), "resident's page");
        ok(app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX), "guidance");
        ok(app.contactGuidance().guidanceFor(Staff.OFFICER.id(), BEA), "Bea's guidance: not Alex's case");

        var audit = ok(app.caseAudit().caseAudit(StaffRoles.SDT_MEMBER.id(), alex, 1, 1, 25), "audit page");

        assertThat(audit.looks().items().map(l -> l.access().what())).containsExactly("contact guidance",
                "the resident's page with their contact guidance", "the decision letter UCA-"
                        + alex.value().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT) + "/D1 (page)",
                "the case", "the case page");
        assertThat(audit.looks().items().head().whoName()).isEqualTo(Staff.OFFICER.name());
        assertThat(audit.looks().items().get(3).whoRole()).contains(Role.SERVICE_DEVELOPMENT_TEAM);
        assertThat(audit.looks().items()).allSatisfy(l -> {
            assertThat(l.access().caseId()).contains(alex);
            assertThat(l.access().resident()).as("a look at a case names only the case").isEmpty();
            assertThat(l.access().at()).isEqualTo(clock.now());
        });
        var again = ok(app.caseAudit().caseAudit(Staff.DIRECTOR.id(), alex, 1, 1, 25), "audit page again");
        assertThat(again.looks().items().head().access().what()).as("looking at the audit page is a look too")
                .isEqualTo("the case's audit trail");
    }

    @Test
    @DisplayName("a subject access export holds the audit and access lines about the resident and nothing about"
            + " another resident; the export itself is audited and logged as a look")
    void subjectAccessExportHoldsNothingAboutAnotherResident() {
        CaseId alex = caseWithContactStandards(ALEX);
        CaseId bea = caseWithContactStandards(BEA);
        ok(app.casePage().casePage(Staff.OFFICER.id(), alex), "Alex's case page");
        ok(app.casePage().casePage(Staff.OFFICER.id(), bea), "Bea's case page");
        ok(app.contactGuidance().guidanceFor(Staff.OFFICER.id(), BEA), "Bea's guidance");
        assertThat(app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                Staff.OFFICER.id(), new ResidentId("R-1003"), List.of())).isLeft()).isTrue();

        var export = ok(app.exportSubjectAccess().export(StaffRoles.DATA_PROTECTION_OFFICER.id(), ALEX), "export");

        assertThat(export.theCase().get().resident()).isEqualTo(ALEX);
        assertThat(export.lettersIssued()).allSatisfy(l -> assertThat(l.resident()).isEqualTo(ALEX));
        assertThat(export.auditTrail()).isNotEmpty().allSatisfy(e -> assertThat(e.caseId()).contains(alex));
        assertThat(export.otherAuditEntries()).isEmpty();
        assertThat(export.accessLines().map(AccessLog.Access::what)).containsExactly("the case page");
        assertThat(export.accessLines()).allSatisfy(a -> assertThat(a.caseId()).contains(alex));
        assertThat(export.toString()).doesNotContain(BEA.value(), "Bea Okafor", bea.value().toString());
        assertThat(ports.audit().forCase(alex).last().command()).isEqualTo(Task.EXPORT_SUBJECT_ACCESS.description());
        var looks = ok(app.caseAudit().caseAudit(Staff.SERVICE_MANAGER.id(), alex, 1, 1, 25), "Alex's audit page");
        assertThat(looks.looks().items().head().access().what()).isEqualTo("a subject access export");
        assertThat(looks.looks().items().head().whoRole()).contains(Role.DATA_PROTECTION_OFFICER);
        assertThat(ok(app.exportSubjectAccess().export(StaffRoles.ADMINISTRATOR.id(), BEA), "by an administrator")
                .accessLines().map(AccessLog.Access::what)).containsExactly("the case page", "contact guidance");
    }

    private ImportResidentsUseCase.Report imported(ImportResidentsUseCase.ResidentFile file) {
        return ok(app.importResidents().importResidents(new ImportResidentsUseCase.Command(
                StaffRoles.ADMINISTRATOR.id(), file, true)), "import residents");
    }

    @Test
    @DisplayName("residents imported from the housing system are stored with every field, and importing the same"
            + " file again changes nothing (an idempotent upsert by reference)")
    void importIsAnUpsertByReference() {
        var file = AResidentFile.full()
                .row("R-2001", "Cal Reyes", "Flat 1", "9 Mill Lane", "ls1 4ab", "100023336956", "2019-04-01", "",
                        "cal@example.org", "0113 496 0000", "email")
                .row("R-1001", "Alex Morgan", "Flat 3", "12 Elm Road", "W10 5AA", "", "2015-06-01", "", "",
                        "07700 900123", "phone")
                .file();

        var first = imported(file);
        var again = imported(file);

        assertThat(List.of(first.added(), first.changed(), first.unchanged())).containsExactly(1, 1, 0);
        assertThat(List.of(again.added(), again.changed(), again.unchanged())).containsExactly(0, 0, 2);
        Resident cal = ports.residents().find(new ResidentId("R-2001")).get();
        assertThat(cal).isEqualTo(new Resident(new ResidentId("R-2001"), "Cal Reyes", List.of("Flat 1", "9 Mill Lane"),
                "LS1 4AB", Option.some("100023336956"), Option.some(LocalDate.of(2019, 4, 1)), Option.none(),
                Option.some("cal@example.org"), Option.some("0113 496 0000"),
                Option.some(ResidentDirectory.PreferredContact.EMAIL)));
        assertThat(cal.address()).isEqualTo("Flat 1, 9 Mill Lane, LS1 4AB");
        assertThat(ports.residents().search("ls14ab", 10).map(Resident::id)).containsExactly(cal.id());
        assertThat(ports.residents().search("mill lane", 10).map(Resident::id)).containsExactly(cal.id());
    }

    @Test
    @DisplayName("issue 15 §5: the protected characteristics the housing system supplies are held for each resident"
            + " (\"Prefer not to say\" and blank as not known, a column left out as not supplied), given in their"
            + " subject access export, and cleared when the retention rule anonymises their case")
    void protectedCharacteristicsFromTheHousingSystem() {
        Instant now = clock.now();
        var file = AResidentFile.withColumns("reference", "name", "address_line_1", "sex", "age_band", "disability")
                .row("R-1001", "Alex Morgan", "12 Elm Road", "Male", " 25-34 ", "Prefer not to say")
                .row("R-2002", "Dee Stone", "3 Mill Lane", "Female", "", "Yes")
                .file();
        imported(file);
        assertThat(ports.residents().find(ALEX).get().characteristics()).isEqualTo(HashMap.of(
                ProtectedCharacteristic.SEX, "Male", ProtectedCharacteristic.AGE, "25-34",
                ProtectedCharacteristic.DISABILITY, ProtectedCharacteristic.NOT_KNOWN));
        var dee = ports.residents().findAll(List.of(new ResidentId("R-2002"))).head().characteristics();
        assertThat(dee.get(ProtectedCharacteristic.AGE)).contains(ProtectedCharacteristic.NOT_KNOWN);
        assertThat(dee.containsKey(ProtectedCharacteristic.RACE)).as("no ethnicity column: not supplied").isFalse();
        assertThat(imported(file).unchanged()).as("the same file again changes nothing").isEqualTo(2);

        var tooLong = app.importResidents().importResidents(new ImportResidentsUseCase.Command(
                StaffRoles.ADMINISTRATOR.id(), AResidentFile.withColumns("reference", "name", "address_line_1",
                        "ethnicity").row("R-2003", "Kit Lowe", "4 Mill Lane", "x".repeat(61)).file(), true));
        assertThat(((Failure.Refused) tooLong.getLeft()).refusal().problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("line 2, ethnicity");
            assertThat(p.reason()).isEqualTo("is longer than 60 characters").doesNotContain("xxx");
        });

        var export = ok(app.exportSubjectAccess().export(StaffRoles.DATA_PROTECTION_OFFICER.id(), ALEX), "export");
        assertThat(export.directoryEntry().get().characteristics().get(ProtectedCharacteristic.SEX)).contains("Male");

        clock.set(now.minus(Duration.ofDays(7 * 366)));
        CaseId alex = caseWithContactStandards(ALEX);
        journey.inform(alex, new DecisionId(1));
        journey.review(alex, new DecisionId(1), Staff.SERVICE_MANAGER, ReviewOutcome.LIFT, Option.none());
        clock.set(now);
        assertThat(ok(app.applyRetention().applyRetention(Period.ofYears(6)), "retention").anonymised()).isEqualTo(1);
        assertThat(ports.residents().find(ALEX).get().characteristics()).as("cleared with the case").isEmpty();
        assertThat(ports.residents().find(new ResidentId("R-2002")).get().characteristics()).hasSize(3);
    }

    @Test
    @DisplayName("if any row of the file is wrong nothing is imported, and each problem names its line and column")
    void aWrongRowImportsNothing() {
        var file = AResidentFile.full()
                .row("R-2001", "Cal Reyes", "9 Mill Lane", "", "LS1 4AB")
                .row("R-2002", "", "10 Mill Lane", "", "not a postcode", "12ab", "2020-13-01", "", "nobody", "", "fax")
                .row("R-2001", "Cal Reyes again", "9 Mill Lane")
                .file();

        var result = app.importResidents().importResidents(new ImportResidentsUseCase.Command(
                StaffRoles.ADMINISTRATOR.id(), file, true));

        assertThat(result.getLeft()).isInstanceOf(Failure.Refused.class);
        assertThat(((Failure.Refused) result.getLeft()).refusal().problems().map(p -> p.field())).containsExactly(
                "line 3, name", "line 3, postcode", "line 3, uprn", "line 3, tenancy_start", "line 3, email",
                "line 3, preferred_contact", "line 4, reference");
        assertThat(ports.residents().find(new ResidentId("R-2001"))).isEmpty();
        AuditLog.Entry audited = auditEntries().last();
        assertThat(audited.outcome()).isEqualTo(AuditLog.Outcome.REFUSED);
        assertThat(audited.who()).isEqualTo(StaffRoles.ADMINISTRATOR.id());
    }

    @Test
    @DisplayName("a preview says what an import would add, change and leave, and stores nothing")
    void aPreviewStoresNothing() {
        var preview = ok(app.importResidents().importResidents(new ImportResidentsUseCase.Command(
                StaffRoles.ADMINISTRATOR.id(), AResidentFile.withColumns("reference", "name", "address_line_1")
                        .row("R-1001", "Alex Morgan", "Flat 3, 12 Elm Road, London W10 5AA")
                        .row("R-1002", "Bea Okafor", "5 Canal Walk")
                        .row("R-2003", "Dee Shah", "1 High Street").file(), false)), "preview");

        assertThat(preview.applied()).isFalse();
        assertThat(preview.firstRows().map(r -> r.line() + " " + r.reference() + " " + r.change()))
                .as("what the import would add or change first, then what it leaves").containsExactly(
                        "3 R-1002 CHANGED", "4 R-2003 ADDED", "2 R-1001 UNCHANGED");
        assertThat(ports.residents().find(new ResidentId("R-2003"))).isEmpty();
        assertThat(ports.residents().find(BEA).get().address()).isEqualTo("4 Canal Walk, London W9 2PP");
    }

    @Test
    @DisplayName("an import is audited: who, when and the counts, and no resident's details")
    void anImportIsAudited() {
        imported(AResidentFile.withColumns("reference", "name", "address_line_1")
                .row("R-2001", "Cal Reyes", "9 Mill Lane").row("R-1002", "Bea Okafor", "5 Canal Walk").file());

        AuditLog.Entry entry = auditEntries().last();
        assertThat(entry.who()).isEqualTo(StaffRoles.ADMINISTRATOR.id());
        assertThat(entry.at()).isEqualTo(clock.now());
        assertThat(entry.command()).isEqualTo(Task.IMPORT_RESIDENTS.description());
        assertThat(entry.why()).isEqualTo("Residents imported from the housing system: 2 rows: 1 added, 1 changed,"
                + " 0 unchanged.").doesNotContain("Cal", "Mill");
    }

    @Test
    @DisplayName("issue 14: a decision authorised for the property holds its visitor instruction on the resident's"
            + " UPRN; once the housing system moves the resident it stays on that property and follows them too,"
            + " while a person-only one leaves with them; every look-up is logged on the cases read")
    void propertyMarkersStayAndFollowAcrossAMove() {
        imported(AResidentFile.full()
                .row("R-1001", "Alex Morgan", "Flat 3", "12 Elm Road", "W10 5AA", "100000000001")
                .row("R-1002", "Bea Okafor", "4 Canal Walk", "", "W9 2PP", "100000000002")
                .file());
        CaseId marked = journey.recordVerbalAbuse(ALEX).caseId();
        var warning = journey.warn(marked, List.of(new org.uca.domain.cases.ActionId(1)));
        journey.authorise(marked, Staff.SERVICE_MANAGER, AProposal.contactStandards(Measures.accompaniedOnly())
                .afterWarning(warning, journey.recordVerbalAbuse(ALEX).actions()).forTheProperty());
        CaseId personal = journey.recordVerbalAbuse(BEA).caseId();
        var warned = journey.warn(personal, List.of(new org.uca.domain.cases.ActionId(1)));
        journey.authorise(personal, Staff.SERVICE_MANAGER, AProposal.contactStandards(
                Measures.singlePointOfContact()).afterWarning(warned, journey.recordVerbalAbuse(BEA).actions()));

        assertThat(ports.cases().find(marked).get().decisions().head().property())
                .contains(new org.uca.domain.people.Uprn("100000000001"));
        assertThat(ports.cases().find(personal).get().decisions().head().property()).isEmpty();
        imported(AResidentFile.full()
                .row("R-1001", "Alex Morgan", "1 New Place", "", "LS2 7EE", "100000000003")
                .row("R-1002", "Bea Okafor", "9 Far Lane", "", "LS2 7EF", "100000000004")
                .file());

        var cody = StaffRoles.CONTRACTOR.id();
        assertThat(visit(cody, "100000000001")).as("held on the property").containsExactly(
                org.uca.domain.visits.VisitInstruction.Kind.TWO_PERSON_VISIT,
                org.uca.domain.visits.VisitInstruction.Kind.APPOINTMENT_ONLY);
        assertThat(visit(cody, "100000000003")).as("follows the resident")
                .contains(org.uca.domain.visits.VisitInstruction.Kind.TWO_PERSON_VISIT);
        assertThat(app.safeVisit().atProperty(cody, "100000000002").getLeft())
                .as("nobody there now, nothing held on it").isInstanceOf(Failure.NotFound.class);
        assertThat(visit(cody, "100000000004")).as("follows the resident")
                .contains(org.uca.domain.visits.VisitInstruction.Kind.CONTACT_BEFORE_ATTENDING);
        assertThat(ports.access().aboutCase(marked, ALEX, 1, 50).items().map(AccessLog.Access::what))
                .contains("the safe-visit instructions for property 100000000001",
                        "the safe-visit instructions for property 100000000003");
        assertThat(app.safeVisit().atProperty(Staff.OFFICER.id(), "100000000001").getLeft())
                .as("only a contractor asks").isInstanceOf(Failure.NotPermitted.class);
    }

    @Test
    @DisplayName("issue 14: the properties of a contractor's work are kept whole (replaced, duplicates folded), an"
            + " empty list apart from not limited, per contractor; a limited contractor is refused, audited, any"
            + " other property or resident")
    void propertiesOfAContractorsWorkAreKept() {
        imported(AResidentFile.full()
                .row("R-1001", "Alex Morgan", "Flat 3", "12 Elm Road", "W10 5AA", "100000000001")
                .row("R-1002", "Bea Okafor", "4 Canal Walk", "", "W9 2PP", "100000000002")
                .file());
        var work = app.workProperties();
        var admin = StaffRoles.ADMINISTRATOR.id();
        var cody = StaffRoles.CONTRACTOR.id();
        var repairs = ok(app.manageMachineCredentials().createMachineCredential(admin, "Repairs Ltd",
                org.uca.application.port.out.MachineCredentials.Scope.SAFE_VISIT), "credential").credential();
        var given = org.uca.application.port.in.WorkPropertiesUseCase.GivenProperties.listed(true,
                List.of("100000000001", "100000000009", "100000000001"));

        ok(work.setPropertiesOfContractorAccount(admin, cody, given), "limit the contractor");
        assertThat(ok(work.propertiesOfContractorAccount(admin, cody), "read").properties().get()
                .map(org.uca.domain.people.Uprn::value)).containsExactly("100000000001", "100000000009");
        assertThat(ok(work.propertiesOfContractorSystem(admin, repairs.id()), "read").limited()).isFalse();
        assertThat(ok(work.howManyPropertiesOfMyWork(cody), "count")).contains(2);
        assertThat(app.safeVisit().atProperty(cody, "100000000001").isRight()).isTrue();
        assertThat(app.safeVisit().forResident(cody, ALEX).isRight()).isTrue();
        assertThat(app.safeVisit().atProperty(cody, "100000000002").getLeft()).isInstanceOf(Failure.NotPermitted.class);
        assertThat(app.safeVisit().forResident(cody, BEA).getLeft()).isInstanceOf(Failure.NotPermitted.class);
        assertThat(auditEntries().filter(e -> e.who().equals(cody)).map(AuditLog.Entry::outcome))
                .containsExactly(AuditLog.Outcome.NOT_PERMITTED, AuditLog.Outcome.NOT_PERMITTED);

        ok(work.setPropertiesOfContractorSystem(admin, repairs.id(), org.uca.application.port.in.WorkPropertiesUseCase
                .GivenProperties.listed(true, List.empty())), "limit the system to none");
        assertThat(ok(work.propertiesOfContractorSystem(admin, repairs.id()), "read").properties())
                .contains(List.empty());
        ok(work.setPropertiesOfContractorAccount(admin, cody, org.uca.application.port.in.WorkPropertiesUseCase
                .GivenProperties.listed(true, List.of("100000000002"))), "replace");
        assertThat(ok(work.propertiesOfContractorAccount(admin, cody), "read").properties().get()
                .map(org.uca.domain.people.Uprn::value)).containsExactly("100000000002");
        ok(work.setPropertiesOfContractorAccount(admin, cody, org.uca.application.port.in.WorkPropertiesUseCase
                .GivenProperties.listed(false, List.empty())), "lift");
        assertThat(ok(work.howManyPropertiesOfMyWork(cody), "count")).isEmpty();
        assertThat(ok(work.propertiesOfContractorSystem(admin, repairs.id()), "read").properties())
                .contains(List.empty());
    }

    private List<org.uca.domain.visits.VisitInstruction.Kind> visit(org.uca.domain.people.StaffId who, String uprn) {
        return List.ofAll(ok(app.safeVisit().atProperty(who, uprn), "safe visit").instructions().instructions())
                .map(org.uca.domain.visits.VisitInstruction::kind);
    }

    @Test
    @DisplayName("a resident who moves keeps their case, and a resident whose tenancy ended is kept: the case goes on")
    void movingOrEndingATenancyKeepsTheCase() {
        CaseId caseId = journey.recordVerbalAbuse(ALEX).caseId();
        journey.recordVerbalAbuse(BEA);

        imported(AResidentFile.full()
                .row("R-1001", "Alex Morgan", "22 New Street", "", "LS2 7EE")
                .row("R-1002", "Bea Okafor", "4 Canal Walk", "", "W9 2PP", "", "2010-01-04", "2026-01-31")
                .file());

        assertThat(app.viewCase().caseOf(Staff.OFFICER.id(), ALEX).get()).contains(caseId);
        assertThat(ports.residents().find(ALEX).get().address()).isEqualTo("22 New Street, LS2 7EE");
        Resident bea = ports.residents().find(BEA).get();
        assertThat(bea.tenancyEndedBy(LocalDate.of(2026, 2, 1))).isTrue();
        var again = journey.recordVerbalAbuse(BEA);
        assertThat(app.viewCase().caseOf(Staff.OFFICER.id(), BEA).get()).contains(again.caseId());
    }

    @Test
    @DisplayName("deliveries that keep failing (policy 5.1: the Service Development Team must be told) are listed"
            + " after three attempts with the last error and next attempt; retry now brings it forward, audited"
            + " with before and after; an unknown notification is not found and changes nothing")
    void deliveriesThatKeepFailingAreListedAndRetried() {
        caseWithContactStandards(ALEX);
        var waiting = ports.notifications().undelivered(0, 100);
        assertThat(waiting).as("written with the authorised action").isNotEmpty();
        assertThat(ports.notifications().neverTried().count()).isEqualTo(waiting.size());
        assertThat(ports.notifications().neverTried().oldest()).contains(waiting.head().createdAt());
        long failing = waiting.head().id();
        Instant later = clock.now().plus(Duration.ofHours(1));
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(ok(app.notificationDelivery().undeliveredNotifications(StaffRoles.ADMINISTRATOR.id()),
                    "list").failing()).as("after %d attempt(s)", attempt - 1).isEmpty();
            ports.notifications().notDelivered(failing, "cannot reach the SMTP server: attempt " + attempt, later);
        }

        var listed = ok(app.notificationDelivery().undeliveredNotifications(StaffRoles.ADMINISTRATOR.id()), "list");
        assertThat(listed.failing()).hasSize(1);
        var one = listed.failing().head();
        assertThat(one.id()).isEqualTo(failing);
        assertThat(one.caseId()).isEqualTo(waiting.head().caseId());
        assertThat(one.subject()).isEqualTo(waiting.head().subject());
        assertThat(one.attempts()).isEqualTo(3);
        assertThat(one.lastError()).contains("cannot reach the SMTP server: attempt 3");
        assertThat(one.nextAttemptAt()).contains(later);
        assertThat(listed.neverTried().count()).isEqualTo(waiting.size() - 1);
        assertThat(listed.stalled()).as("just written: the relay has not had its turn").isFalse();
        clock.advance(Duration.ofMinutes(6));
        assertThat(ok(app.notificationDelivery().undeliveredNotifications(StaffRoles.ADMINISTRATOR.id()), "list")
                .stalled()).as("never tried for six minutes: nothing is e-mailing them").isTrue();

        var retried = ok(app.notificationDelivery().retryNow(StaffRoles.ADMINISTRATOR.id(), failing), "retry");
        assertThat(retried.nextAttemptAt()).contains(clock.now());
        assertThat(ports.notifications().undelivered(failing).get().nextAttemptAt()).contains(clock.now());
        assertThat(ports.notifications().undelivered(failing).get().attempts()).isEqualTo(3);
        AuditLog.Entry entry = auditEntries().last();
        assertThat(entry.who()).isEqualTo(StaffRoles.ADMINISTRATOR.id());
        assertThat(entry.at()).isEqualTo(clock.now());
        assertThat(entry.command()).isEqualTo(Task.RETRY_NOTIFICATIONS.description());
        assertThat(entry.why()).contains("notification " + failing, "3 attempts", "attempt 3",
                "before next attempt " + later, "after next attempt " + clock.now());

        int entries = auditEntries().size();
        assertThat(app.notificationDelivery().retryNow(StaffRoles.ADMINISTRATOR.id(), 999_999).getLeft())
                .isInstanceOf(Failure.NotFound.class);
        assertThat(auditEntries().size()).as("the refusal is audited, nothing else").isEqualTo(entries + 1);
        assertThat(ports.notifications().undelivered(failing).get().nextAttemptAt()).contains(clock.now());
    }

    @Test
    @DisplayName("notification addresses are set by administrators: the Service Development Team's and each team's,"
            + " teams matched ignoring case and spaces, a blank address removes one, each change audited with before"
            + " and after; a wrong address is a field error and changes nothing")
    void notificationAddressesAreSetByAdministrators() {
        var admin = StaffRoles.ADMINISTRATOR.id();
        var wrong = app.notificationAddresses().setTeamAddress(admin, " ", "repairs@");
        assertThat(wrong.getLeft()).isInstanceOf(Failure.Refused.class);
        assertThat(((Failure.Refused) wrong.getLeft()).refusal().problems()).extracting(p -> p.field())
                .containsExactly("team", "address");
        assertThat(app.notificationAddresses().setServiceDevelopmentTeamAddress(admin, "two@example.org,"
                + " three@example.org").getLeft()).isInstanceOf(Failure.Refused.class);
        assertThat(ports.notifications().addresses().teams()).isEmpty();
        assertThat(ports.notifications().addresses().serviceDevelopmentTeam()).isEmpty();

        ok(app.notificationAddresses().setServiceDevelopmentTeamAddress(admin, " sdt@octavia.example "), "sdt");
        ok(app.notificationAddresses().setTeamAddress(admin, "Repairs", "repairs@octavia.example"), "team");
        var changed = ok(app.notificationAddresses().setTeamAddress(admin, " REPAIRS ", "fixes@octavia.example"),
                "again");
        assertThat(changed.get().address()).isEqualTo("fixes@octavia.example");
        assertThat(auditEntries().last().why()).contains("notification address of the team \"REPAIRS\": before"
                + " repairs@octavia.example; after fixes@octavia.example");
        assertThat(auditEntries().last().who()).isEqualTo(admin);

        var directory = ok(app.notificationAddresses().notificationAddresses(admin), "list");
        assertThat(directory.serviceDevelopmentTeam().get().address()).isEqualTo("sdt@octavia.example");
        assertThat(directory.teams().filter(t -> t.address().isDefined()).map(t -> t.address().get().address()))
                .containsExactly("fixes@octavia.example");
        assertThat(ports.notifications().addresses().forTeam("repairs").get().setBy()).isEqualTo(admin);

        assertThat(ok(app.notificationAddresses().setTeamAddress(admin, "Repairs", ""), "remove")).isEmpty();
        assertThat(ports.notifications().addresses().teams()).isEmpty();
        assertThat(auditEntries().last().why()).contains("before fixes@octavia.example; after none");
    }

    @Test
    @DisplayName("policy 5.1: the Service Development Team sees its notifications in UCA, newest first, with the"
            + " case, when, whether e-mailed yet, and who in the team has read each (the first reading kept)")
    void theServiceDevelopmentTeamHasAnInbox() {
        caseWithContactStandards(ALEX);
        var sdt = StaffRoles.SDT_MEMBER.id();
        var inbox = ok(app.serviceDevelopmentInbox().inbox(sdt, 1), "inbox");
        assertThat(inbox.items()).isNotEmpty();
        assertThat(inbox.unread()).isEqualTo(inbox.total());
        var newest = inbox.items().head();
        assertThat(newest.subject()).contains("authorised on case");
        assertThat(newest.emailedAt()).as("nothing e-mails it here").isEmpty();
        assertThat(newest.seenBy()).isEmpty();

        Instant firstReading = clock.now();
        var opened = ok(app.serviceDevelopmentInbox().open(sdt, newest.id()), "open");
        assertThat(opened.body()).contains("Reasons:");
        assertThat(opened.seenBy()).extracting(r -> r.staff()).containsExactly(sdt);
        clock.advance(Duration.ofMinutes(5));
        var again = ok(app.serviceDevelopmentInbox().open(sdt, newest.id()), "open again");
        assertThat(again.seenBy()).hasSize(1);
        assertThat(again.seenBy().head().staff()).isEqualTo(sdt);
        assertThat(again.seenBy().head().at()).isEqualTo(firstReading);
        assertThat(ok(app.serviceDevelopmentInbox().inbox(sdt, 1), "inbox").unread()).isEqualTo(inbox.total() - 1);

        assertThat(app.serviceDevelopmentInbox().open(sdt, 999_999).getLeft()).isInstanceOf(Failure.NotFound.class);
        assertThat(app.serviceDevelopmentInbox().inbox(sdt, 0).getLeft()).isInstanceOf(Failure.Refused.class);
        assertThat(app.serviceDevelopmentInbox().inbox(StaffRoles.ADMINISTRATOR.id(), 1).getLeft())
                .as("not the administrator's to read").isInstanceOf(Failure.NotPermitted.class);
    }

    @Test
    @DisplayName("sending is recorded: a letter posted or handed over, when and by whom, audited with its case (the"
            + " same request repeated within minutes, its answer lost, is recorded and e-mailed once); it"
            + " may be e-mailed only to an address the housing system holds and where e-mail contact is not"
            + " excluded, else refused with the reason and nothing recorded")
    void lettersSentAreRecorded() {
        CaseId restricted = caseWithContactStandards(ALEX); // no e-mail among its measures
        var officer = Staff.OFFICER.id();
        var warningLetter = new LetterQuery.Which.ForWarning(new org.uca.domain.cases.WarningId(1));
        var decisionLetter = new LetterQuery.Which.ForDecision(new DecisionId(1));

        var posted = ok(app.sendLetter().recordSending(officer, restricted, warningLetter,
                org.uca.application.port.out.LetterOutput.How.POSTED), "posted");
        assertThat(posted.letter()).isEqualTo("warning/1");
        assertThat(posted.by()).isEqualTo(officer);
        assertThat(posted.at()).isEqualTo(clock.now());
        AuditLog.Entry entry = ports.audit().forCase(restricted).last();
        assertThat(entry.command()).isEqualTo(Task.RECORD_LETTER_SENT.description());
        assertThat(entry.who()).isEqualTo(officer);
        assertThat(entry.why()).contains("Warning letter warning/1", "posted");

        var excluded = app.sendLetter().recordSending(officer, restricted, decisionLetter,
                org.uca.application.port.out.LetterOutput.How.EMAILED);
        assertThat(excluded.getLeft()).isInstanceOf(Failure.Refused.class);
        assertThat(excluded.getLeft().message()).contains("E-mail contact with Alex Morgan is excluded");
        var noSuchLetter = app.sendLetter().recordSending(officer, restricted,
                new LetterQuery.Which.ForDecision(new DecisionId(9)), org.uca.application.port.out.LetterOutput.How.POSTED);
        assertThat(noSuchLetter.getLeft()).isInstanceOf(Failure.NotFound.class);

        CaseId warned = journey.recordVerbalAbuse(BEA).caseId();
        journey.warn(warned, List.of(new org.uca.domain.cases.ActionId(1)));
        var noAddress = app.sendLetter().recordSending(officer, warned, warningLetter,
                org.uca.application.port.out.LetterOutput.How.EMAILED);
        assertThat(noAddress.getLeft().message()).contains("holds no e-mail address for Bea Okafor");
        addResident(new Resident(BEA, "Bea Okafor", List.of("4 Canal Walk", "London"), "W9 2PP", Option.none(),
                Option.none(), Option.none(), Option.some("bea@example.org"), Option.none(), Option.none()));
        var emailed = ok(app.sendLetter().recordSending(officer, warned, warningLetter,
                org.uca.application.port.out.LetterOutput.How.EMAILED), "e-mailed");
        assertThat(emailed.emailTo()).contains("bea@example.org");
        assertThat(emailed.emailedAt()).as("waits for the relay").isEmpty();
        var retried = ok(app.sendLetter().recordSending(officer, warned, warningLetter,
                org.uca.application.port.out.LetterOutput.How.EMAILED), "e-mailed again at once");
        assertThat(retried.at()).as("a retry of the same request is the same sending").isEqualTo(emailed.at());
        assertThat(ports.audit().forCase(warned).last().why()).contains("not recorded again");

        assertThat(ok(app.sendLetter().sendings(officer, restricted), "sent").map(s -> s.how()))
                .containsExactly(org.uca.application.port.out.LetterOutput.How.POSTED);
        assertThat(ok(app.sendLetter().sendings(officer, warned), "sent").map(s -> s.emailTo().getOrElse("")))
                .containsExactly("bea@example.org");
    }

    @Test
    @DisplayName("the import at the server's console is audited as the command line")
    void theConsoleImportIsAuditedAsTheCommandLine() {
        ok(app.importResidentsAtTheConsole().importAtTheConsole(AResidentFile
                .withColumns("reference", "name", "address_line_1").row("R-2001", "Cal Reyes", "9 Mill Lane").file(),
                true), "console import");

        assertThat(auditEntries().last().who()).isEqualTo(ImportResidentsAtTheConsoleUseCase.COMMAND_LINE);
        assertThat(ports.residents().find(new ResidentId("R-2001"))).isNotEmpty();
    }

    @Test
    @DisplayName("residents are found by name, reference, address or postcode a page at a time, in reference order;"
            + " a page or size out of range is a field error")
    void residentsAreFoundAPageAtATime() {
        imported(AResidentFile.full()
                .row("R-3001", "Kim Lowe", "1 Beck Street", "", "LS6 2AA")
                .row("R-3002", "Lee Moss", "2 Beck Street", "", "LS6 2AB")
                .row("R-3003", "Max Nash", "3 Beck Street", "", "LS6 2AD").file());

        var first = ok(app.findResidents().findResidents(Staff.OFFICER.id(), "beck street", 1, 2), "page 1");
        var second = ok(app.findResidents().findResidents(Staff.OFFICER.id(), "beck street", 2, 2), "page 2");
        var byPostcode = ok(app.findResidents().findResidents(Staff.OFFICER.id(), "ls62ab", 1, 10), "postcode");
        var refused = app.findResidents().findResidents(Staff.OFFICER.id(), "beck", 0, 101);

        assertThat(first.found().map(f -> f.resident().id().value())).containsExactly("R-3001", "R-3002");
        assertThat(first.hasNext()).isTrue();
        assertThat(second.found().map(f -> f.resident().id().value())).containsExactly("R-3003");
        assertThat(second.hasNext()).isFalse();
        assertThat(byPostcode.found().map(f -> f.resident().name())).containsExactly("Lee Moss");
        assertThat(((Failure.Refused) refused.getLeft()).refusal().problems().map(p -> p.field()))
                .containsExactly("page", "size");
    }

    // ---- staff records and accounts ------------------------------------------------------------------------------

    private static final String PASSPHRASE = "correct horse battery staple";

    private org.uca.application.port.out.StaffRecord addedStaff(String name) {
        return ok(app.manageStaff().addStaff(new ManageStaffUseCase.AddStaff(StaffRoles.ADMINISTRATOR.id(),
                new ManageStaffUseCase.Details(name, "someone@example.org", "Housing", "Housing Officer",
                        AuthorityLevel.NONE))), "add " + name);
    }

    @Test
    @DisplayName("a staff record is stored whole, edited with its role, read with its account's username, searched"
            + " (any case) and paged by name, and someone marked as left has no role")
    void staffRecords() {
        for (String name : List.of("Zoe Quill", "Yan Quill", "Xia Quill")) {
            addedStaff(name);
        }
        var nia = addedStaff("Nia Evans");
        ok(app.manageAccounts().createAccount(new ManageAccountsUseCase.CreateAccount(StaffRoles.ADMINISTRATOR.id(),
                nia.member().id(), "nia.evans", Role.OFFICER)), "create account");
        var edited = ok(app.manageStaff().editStaff(new ManageStaffUseCase.EditStaff(StaffRoles.ADMINISTRATOR.id(),
                nia.member().id(), new ManageStaffUseCase.Details("Nia Evans", "nia@example.org", "Tenancy",
                        "Service Manager", AuthorityLevel.SERVICE_MANAGER), Option.some(Role.SERVICE_MANAGER))),
                "edit");

        assertThat(ports.staffRecords().record(nia.member().id()).get()).isEqualTo(edited);
        assertThat(edited.account()).as("the record names its account").contains("nia.evans");
        assertThat(ports.staff().find(nia.member().id()).get().role()).contains(Role.SERVICE_MANAGER);
        var page = ports.staffRecords().searchStaff("quill", 1, 2);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items().map(r -> r.member().name())).containsExactly("Xia Quill", "Yan Quill");
        assertThat(ports.staffRecords().searchStaff("QUILL", 2, 2).items().map(r -> r.member().name()))
                .containsExactly("Zoe Quill");
        assertThat(ports.staffRecords().searchStaff("100%", 1, 10).total()).isZero();

        ok(app.manageStaff().markAsLeft(new ManageStaffUseCase.MarkAsLeft(StaffRoles.ADMINISTRATOR.id(),
                nia.member().id(), UkTime.dateOf(clock.now()))), "mark as left");
        assertThat(ports.staff().find(nia.member().id()).get().role()).isEmpty();
        assertThat(ports.accounts().searchAccounts("nia.evans", 1, 10).items().map(l -> l.holderLeftOn()))
                .as("the accounts list knows the holder left")
                .containsExactly(Option.some(UkTime.dateOf(clock.now())));
        assertThat(ports.accounts().account("nia.evans").get().disabled()).isTrue();
        assertThat(app.contactGuidance().guidanceFor(nia.member().id(), ALEX).getLeft())
                .isInstanceOf(Failure.NotPermitted.class);
    }

    @Test
    @DisplayName("a set-password link is found by its token's hash only, works once and expires; a disabled"
            + " account's holder has no role at once")
    void accountsAndLinks() {
        var nia = addedStaff("Nia Evans");
        var link = ok(app.manageAccounts().createAccount(new ManageAccountsUseCase.CreateAccount(
                StaffRoles.ADMINISTRATOR.id(), nia.member().id(), "Nia.Evans", Role.OFFICER)), "create account");

        assertThat(ports.accounts().account("nia.evans").get().passwordSet()).isFalse();
        assertThat(ports.accounts().byLink(link.token(), clock.now())).as("never stored as the token").isEmpty();
        assertThat(ports.accounts().byLink(ports.credentials().hashOfToken(link.token()), link.expiresAt()))
                .as("expired at its time").isEmpty();
        ok(app.setPasswordFromLink().setPassword(new SetPasswordFromLinkUseCase.SetPassword(link.token(),
                PASSPHRASE, PASSPHRASE)), "set password");
        assertThat(ports.credentials().matches(PASSPHRASE, ports.accounts().passwordHash("nia.evans").get()))
                .isTrue();
        assertThat(app.setPasswordFromLink().linkFor(link.token()).isLeft()).as("used once").isTrue();
        assertThat(ports.accounts().searchAccounts("nia", 1, 10).items().map(l -> l.name()))
                .containsExactly("Nia Evans");

        var again = app.manageAccounts().createAccount(new ManageAccountsUseCase.CreateAccount(
                StaffRoles.ADMINISTRATOR.id(), addedStaff("Bo Evans").member().id(), "nia.evans", Role.OFFICER));
        assertThat(again.getLeft()).isInstanceOf(Failure.Refused.class);
        assertThat(((Failure.Refused) again.getLeft()).refusal().concerns("username")).isTrue();

        ok(app.manageAccounts().disableAccount(new ManageAccountsUseCase.AccountChange(StaffRoles.ADMINISTRATOR.id(),
                "nia.evans")), "disable");
        assertThat(ports.staff().find(nia.member().id()).get().role()).isEmpty();
        assertThat(ports.guidance().asking(nia.member().id()).get().role()).isEmpty();
        assertThat(ports.accounts().account("nia.evans").get().disabledAt()).contains(clock.now());

        ok(app.manageAccounts().enableAccount(new ManageAccountsUseCase.AccountChange(StaffRoles.ADMINISTRATOR.id(),
                "nia.evans")), "enable");
        assertThat(ports.accounts().account("nia.evans").get().disabledAt()).as("enabled again").isEmpty();
        assertThat(ports.staff().find(nia.member().id()).get().role()).contains(Role.OFFICER);
        assertThat(ports.staffRecords().record(nia.member().id()).get().singleSignOn())
                .as("not linked to single sign-on").isEmpty();
    }

    @Test
    @DisplayName("active administrators are counted (password set, not disabled, not left) under a lock, so the last"
            + " one is never disabled")
    void activeAdministrators() {
        int before = ports.unitOfWork().inTransaction(() -> ports.accounts().activeAdministrators());
        for (String username : List.of("bo.admin", "cy.admin")) {
            var staff = addedStaff(username);
            var link = ok(app.manageAccounts().createAccount(new ManageAccountsUseCase.CreateAccount(
                    StaffRoles.ADMINISTRATOR.id(), staff.member().id(), username, Role.ADMINISTRATOR)), "create");
            assertThat(ports.unitOfWork().inTransaction(() -> ports.accounts().activeAdministrators()))
                    .as("no password yet").isEqualTo(before + (username.equals("bo.admin") ? 0 : 1));
            ok(app.setPasswordFromLink().setPassword(new SetPasswordFromLinkUseCase.SetPassword(link.token(),
                    PASSPHRASE, PASSPHRASE)), "set password");
        }
        assertThat(ports.unitOfWork().inTransaction(() -> ports.accounts().activeAdministrators()))
                .isEqualTo(before + 2);
        ok(app.manageAccounts().disableAccount(new ManageAccountsUseCase.AccountChange(StaffRoles.ADMINISTRATOR.id(),
                "bo.admin")), "disable");
        assertThat(ports.unitOfWork().inTransaction(() -> ports.accounts().activeAdministrators()))
                .isEqualTo(before + 1);
    }

    private static Resident at(String reference, String line, String postcode, String uprn) {
        return new Resident(new ResidentId(reference), "Resident " + reference, List.of(line), postcode,
                Option.of(uprn), Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
    }

    private io.vavr.collection.Seq<String> propertiesAt(String postcode, String address, int limit) {
        var search = ResidentDirectory.AddressSearch.of(org.uca.domain.people.Postcode.parse(postcode).get(), address);
        return ports.unitOfWork().readOnly(() -> ports.residents().propertiesAt(search, limit))
                .map(p -> p.uprn().map(Object::toString).getOrElse("no UPRN") + " " + p.address());
    }

    @Test
    @DisplayName("issue 14 §1, a property by address: found by postcode, written any way, and the house number, name"
            + " or first line, each word beginning a word of the address; one entry per property, however many"
            + " live there; bounded in the store")
    void propertiesFoundByPostcodeAndFirstLine() {
        addResident(at("R-3001", "Flat 2, 14 Mare Street", "E8 3AB", "100000000001"));
        addResident(at("R-3002", "Flat 2, 14 Mare Street", "E8 3AB", "100000000001"));
        addResident(at("R-3003", "Flat 3, 14 Mare Street", "E83AB", "100000000002"));
        addResident(at("R-3004", "114 Mare Street", "E8 3AB", null));
        addResident(at("R-3005", "The Old Forge, Mare Street", "E8 3AB", "100000000003"));
        addResident(at("R-3006", "14 Mare Street", "N1 1AA", "100000000004"));

        assertThat(propertiesAt("e83ab", "14 Mare Street", 20)).containsExactly(
                "100000000001 Flat 2, 14 Mare Street, E8 3AB", "100000000002 Flat 3, 14 Mare Street, E83AB");
        assertThat(propertiesAt("E8 3AB", "flat 2", 20)).containsExactly("100000000001 Flat 2, 14 Mare Street, E8 3AB");
        assertThat(propertiesAt("E8 3AB", "14, MARE st.", 20)).hasSize(2);
        assertThat(propertiesAt("E8 3AB", "old forge", 20)).containsExactly(
                "100000000003 The Old Forge, Mare Street, E8 3AB");
        assertThat(propertiesAt("E8 3AB", "4 Mare Street", 20)).as("4 is not 14 or 114").isEmpty();
        assertThat(propertiesAt("E8 3AB", "flat 3", 20)).as("the words are not looked for in the postcode")
                .containsExactly("100000000002 Flat 3, 14 Mare Street, E83AB");
        assertThat(propertiesAt("E8 3AB", "100% mare_", 20)).as("a LIKE wildcard is a character").isEmpty();
        assertThat(propertiesAt("E8 3AB", "", 20)).containsExactly("no UPRN 114 Mare Street, E8 3AB",
                "100000000001 Flat 2, 14 Mare Street, E8 3AB", "100000000002 Flat 3, 14 Mare Street, E83AB",
                "100000000003 The Old Forge, Mare Street, E8 3AB");
        assertThat(propertiesAt("E8 3AB", "mare", 2)).containsExactly("no UPRN 114 Mare Street, E8 3AB",
                "100000000001 Flat 2, 14 Mare Street, E8 3AB");
        assertThat(propertiesAt("E8 3AA", "", 20)).as("another postcode").isEmpty();

        var found = app.safeVisit().propertiesByAddress(StaffRoles.CONTRACTOR.id(), "e8 3ab", "14 mare street").get();
        assertThat(found.properties().map(p -> p.uprn().get().value())).containsExactly("100000000001",
                "100000000002");
        assertThat(found.more()).isFalse();
        assertThat(auditEntries().last().why()).isEqualTo("searched for properties at postcode E8 3AB with"
                + " \"14 mare street\": 2 found");
    }
}
