package org.uca.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uca.application.testbed.Journey.ok;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.CaseQueries;
import org.uca.application.port.out.ConcurrentChange;
import org.uca.application.port.out.MonitoringReport;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ReadModelSource;
import org.uca.application.service.UcaApplication;
import org.uca.application.testbed.Journey;
import org.uca.application.testbed.MovableClock;
import org.uca.domain.cases.ActionCategory;
import org.uca.domain.cases.AdjustmentKind;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
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
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;
import org.uca.application.port.in.RecordContactUseCase;
import org.uca.application.port.in.RecordResidentNeedsUseCase;

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

    /** Adds a member of staff to the directory behind {@link Ports#staff()}. */
    protected abstract void addStaff(StaffMember member);

    @BeforeEach
    void wire() {
        clock = new MovableClock(Fixtures.NOW.minus(Duration.ofDays(40)));
        ports = freshPorts(clock);
        app = new UcaApplication(ports);
        journey = new Journey(app, clock);
        Staff.everyone().forEach(this::addStaff);
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
        });
        LocalDate reviewDate = ports.cases().find(alexCase).get().decisions().head().reviewDate();
        assertThat(q.reviewsDueBy(reviewDate.minusDays(1))).isEmpty();
        assertThat(q.reviewsDueBy(reviewDate)).singleElement()
                .satisfies(r -> assertThat(r.reviewDate()).isEqualTo(reviewDate));
        assertThat(q.casesInvolving(Staff.SERVICE_MANAGER.id())).containsExactly(alexCase);
        assertThat(q.casesInvolving(Staff.OFFICER.id())).hasSize(2);
        assertThat(q.casesInvolving(Staff.DIRECTOR.id())).isEmpty();
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
            assertThat(a.residentName()).contains("Alex Morgan");
        });
        LocalDate reviewDate = ports.cases().find(alexCase).get().decisions().head().reviewDate();
        assertThat(rows.reviewsDueBy(reviewDate.minusDays(1))).isEmpty();
        assertThat(rows.reviewsDueBy(reviewDate)).singleElement().satisfies(r -> {
            assertThat(r.row().decision()).isEqualTo(new DecisionId(1));
            assertThat(r.residentName()).contains("Alex Morgan");
        });

        assertThat(rows.casesInvolving(Staff.OFFICER.id(), 10).map(ReadModelSource.CaseStatus::caseId))
                .containsExactly(goneCase.id(), beaCase, alexCase);
        assertThat(rows.casesInvolving(Staff.OFFICER.id(), 2)).hasSize(2);
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
}
