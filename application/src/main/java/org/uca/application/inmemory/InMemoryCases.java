package org.uca.application.inmemory;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.uca.application.port.out.CaseQueries;
import org.uca.application.port.out.FiledCorrespondenceFigures;
import org.uca.application.port.out.Cases;
import org.uca.application.port.out.ConcurrentChange;
import org.uca.application.port.out.FairnessFigures;
import org.uca.application.port.out.ResidentDirectory;
import org.uca.application.port.out.MonitoringData;
import org.uca.application.port.out.MonitoringReport;
import org.uca.application.port.out.TenancyProfile;
import org.uca.domain.calendar.EndedQuarter;
import org.uca.domain.calendar.Quarter;
import org.uca.domain.cases.Appeal;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.DecisionStatus;
import org.uca.domain.cases.FiledCorrespondence;
import org.uca.domain.cases.Grounds;
import org.uca.domain.cases.UnacceptableAction;
import org.uca.domain.measures.AppliesToServices;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.measures.ServiceScope;
import org.uca.domain.people.ProtectedCharacteristic;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.UkTime;

/** Cases in memory, with the cross-case questions and monitoring answered by scanning them. */
public final class InMemoryCases implements Cases, CaseQueries, MonitoringData {

    /** The tenancy profile published for each ended quarter (see {@code MonitoringData#publishProfile}). */
    private final java.util.concurrent.ConcurrentMap<Quarter, TenancyProfile> publishedProfiles =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final ConcurrentHashMap<CaseId, Case> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ResidentId, CaseId> byResident = new ConcurrentHashMap<>();
    private final InMemoryUnitOfWork unitOfWork;
    private final InMemoryResidentDirectory residents;

    public InMemoryCases(InMemoryUnitOfWork unitOfWork) {
        this(unitOfWork, new InMemoryResidentDirectory(unitOfWork));
    }

    /** @param residents the directory whose protected characteristics the monitoring compares restricted residents to */
    public InMemoryCases(InMemoryUnitOfWork unitOfWork, InMemoryResidentDirectory residents) {
        this.unitOfWork = unitOfWork;
        this.residents = residents;
    }

    @Override
    public CaseId nextId() {
        return new CaseId(UUID.randomUUID());
    }

    @Override
    public Option<Case> find(CaseId id) {
        return Option.of(byId.get(id));
    }

    @Override
    public Option<Case> findByResident(ResidentId resident) {
        return Option.of(byResident.get(resident)).flatMap(this::find);
    }

    @Override
    public void save(Case changed, long expectedVersion) {
        unitOfWork.write(new InMemoryUnitOfWork.Write() {
            public void check() {
                long stored = find(changed.id()).map(Case::version).getOrElse(0L);
                if (stored != expectedVersion) {
                    throw new ConcurrentChange("Case " + changed.id() + " is at version " + stored + ", not "
                            + expectedVersion + ".");
                }
                CaseId existing = byResident.get(changed.resident());
                if (existing != null && !existing.equals(changed.id())) {
                    throw new ConcurrentChange("Resident " + changed.resident() + " already has case " + existing
                            + ".");
                }
            }

            public void apply() {
                byId.put(changed.id(), changed);
                byResident.put(changed.resident(), changed.id());
            }
        });
    }

    Seq<Case> all() {
        return List.ofAll(byId.values());
    }

    /** Puts each case in place of the one held under its id, at the same version (the retention rule). */
    void replace(Seq<Case> replacements) {
        for (Case replacement : replacements) {
            unitOfWork.write(new InMemoryUnitOfWork.Write() {
                public void check() {
                    long stored = find(replacement.id()).map(Case::version).getOrElse(-1L);
                    if (stored != replacement.version()) {
                        throw new ConcurrentChange("Case " + replacement.id() + " is at version " + stored + ", not "
                                + replacement.version() + ".");
                    }
                }

                public void apply() {
                    Case before = byId.put(replacement.id(), replacement);
                    byResident.remove(before.resident());
                    byResident.put(replacement.resident(), replacement.id());
                }
            });
        }
    }

    @Override
    public Seq<RestrictedResident> residentsWithRestrictionsInForce() {
        return all().filter(c -> !c.decisionsInForce().isEmpty())
                .map(c -> new RestrictedResident(c.resident(), c.id(), c.decisionsInForce().size(),
                        c.decisionsInForce().map(Decision::reviewDate).min().get()))
                .sortBy(r -> r.resident().value());
    }

    @Override
    public Seq<AppealDue> appealsDueBy(LocalDate date) {
        return all().flatMap(c -> c.appeals().filter(a -> c.awaitsDecision(a) && !a.dueBy().isAfter(date))
                .map(a -> new AppealDue(c.id(), c.resident(), a.id(), a.decision(), a.received(), a.dueBy(),
                        a.reviewLevel(), c.decision(a.decision()).get().authorisedBy().id())))
                .sortBy(AppealDue::dueBy);
    }

    @Override
    public Seq<ReviewDue> reviewsDueBy(LocalDate date) {
        return all().flatMap(c -> c.decisionsInForce().filter(d -> !d.reviewDate().isAfter(date))
                .map(d -> new ReviewDue(c.id(), c.resident(), d.id(), d.reviewDate(), d.requiredAuthority())))
                .sortBy(ReviewDue::reviewDate);
    }

    @Override
    public Seq<CorrespondenceDue> correspondenceToScreen() {
        return all().flatMap(c -> c.filedCorrespondence().filter(f -> !f.screened())
                .map(f -> new CorrespondenceDue(c.id(), c.resident(), f.number(), f.receivedOn(), f.screenBy())))
                .sortBy(CorrespondenceDue::screenBy);
    }

    @Override
    public Seq<CaseId> casesInvolving(StaffId staff) {
        return all().filter(c -> c.history().exists(e -> e.by().equals(staff))).map(Case::id);
    }

    @Override
    public Seq<CaseId> casesHoldingInstructionsOn(org.uca.domain.people.Uprn property) {
        return all().filter(c -> c.decisions().exists(d -> d.inForce() && d.property().contains(property)))
                .map(Case::id);
    }

    @Override
    public Option<TenancyProfile> publishedProfile(Quarter quarter) {
        return Option.of(publishedProfiles.get(quarter));
    }

    @Override
    public boolean publishProfile(Quarter quarter, TenancyProfile profile, java.time.Instant at) {
        return publishedProfiles.putIfAbsent(quarter, profile) == null;
    }

    @Override
    public MonitoringReport reportFor(LocalDate from, LocalDate to, LocalDate today, boolean withProfile) {
        Seq<Case> cases = all();
        // Actions and warnings entered in error should never have been recorded: counted apart, like decisions.
        Seq<UnacceptableAction> actionsOrInError = cases.flatMap(Case::actions)
                .filter(a -> within(UkTime.dateOf(a.occurredAt()), from, to));
        Seq<UnacceptableAction> actions = actionsOrInError.filter(a -> !a.isEnteredInError());
        Seq<CaseEvent> inPeriod = cases.flatMap(Case::history).filter(e -> within(UkTime.dateOf(e.at()), from, to));
        // A decision entered in error should never have been made: it is counted apart, not as authorised.
        Seq<CaseEvent.MeasuresAuthorised> authorisedOrInError = inPeriod
                .filter(e -> e instanceof CaseEvent.MeasuresAuthorised).map(e -> (CaseEvent.MeasuresAuthorised) e);
        Seq<CaseEvent.MeasuresAuthorised> authorised = authorisedOrInError.filter(e -> byId.get(e.caseId())
                .decision(e.decision()).forAll(d -> d.status() != DecisionStatus.ENTERED_IN_ERROR));
        Seq<CaseEvent.WarningIssued> warnedOrInError = inPeriod
                .filter(e -> e instanceof CaseEvent.WarningIssued).map(e -> (CaseEvent.WarningIssued) e);
        Seq<CaseEvent.WarningIssued> warned = warnedOrInError.filter(w -> byId.get(w.caseId())
                .warning(w.warning()).forAll(warning -> !warning.isEnteredInError()));
        long followed = warned.count(w -> byId.get(w.caseId()).decisions()
                .exists(d -> d.status() != DecisionStatus.ENTERED_IN_ERROR
                        && d.grounds() instanceof Grounds.AfterWarning g && g.warning().equals(w.warning())));
        Seq<Appeal> appeals = cases.flatMap(Case::appeals);
        Seq<Appeal> decidedInPeriod = appeals
                .filter(a -> a.outcome().exists(o -> within(UkTime.dateOf(o.decidedAt()), from, to)));
        Seq<Long> daysToDecision = cases.flatMap(c -> c.decisions()
                .filter(d -> within(UkTime.dateOf(d.authorisedAt()), from, to)
                        && d.status() != DecisionStatus.ENTERED_IN_ERROR)
                .map(d -> ChronoUnit.DAYS.between(UkTime.dateOf(c.actions().map(UnacceptableAction::occurredAt).min().get()),
                        UkTime.dateOf(d.authorisedAt()))))
                .sorted();
        return new MonitoringReport(from, to,
                countBy(actions.map(a -> a.kind().category())),
                countBy(authorised.flatMap(CaseEvent.MeasuresAuthorised::measures)),
                countBy(authorised.map(CaseEvent.MeasuresAuthorised::authorisedByTeam)),
                countBy(authorised.map(CaseEvent.MeasuresAuthorised::authorisedAtLevel)),
                warned.size(), followed,
                authorised.count(CaseEvent.MeasuresAuthorised::immediate),
                appeals.count(a -> within(a.received(), from, to)),
                countBy(decidedInPeriod.map(a -> a.outcome().get().outcome())),
                decidedInPeriod.count(Appeal::decidedLate),
                median(daysToDecision),
                cases.flatMap(Case::decisionsInForce).count(d -> d.reviewDate().isBefore(today)),
                authorisedOrInError.size() - authorised.size(), actionsOrInError.size() - actions.size(),
                warnedOrInError.size() - warned.size(),
                cases.flatMap(Case::decisions).count(d -> d.status() == DecisionStatus.LAPSED
                        && within(d.reviewDate(), from, to)),
                fairness(cases, authorised, warned, from, to, today, withProfile),
                filedCorrespondence(cases, from, to, today));
    }

    /** As {@code SqlMonitoring} counts them: correspondence received in the period, overdue as it stood. */
    private static FiledCorrespondenceFigures filedCorrespondence(Seq<Case> cases, LocalDate from, LocalDate to,
            LocalDate today) {
        Seq<FiledCorrespondence> filed = cases.flatMap(Case::filedCorrespondence)
                .filter(f -> within(f.receivedOn(), from, to));
        LocalDate overdueOn = FiledCorrespondenceFigures.overdueAsOn(to, today);
        return new FiledCorrespondenceFigures(filed.size(), filed.count(FiledCorrespondence::screenedLate),
                filed.count(f -> f.overdueOn(overdueOn)), filed.count(f -> f.screening().exists(FiledCorrespondence.Screening::raisesNewIssue)),
                filed.count(f -> f.screening().exists(FiledCorrespondence.Screening::raisesSafeguardingConcern)));
    }

    /** Policy 5.2's figures, as {@code SqlMonitoring} computes them from the tables. */
    private FairnessFigures fairness(Seq<Case> cases, Seq<CaseEvent.MeasuresAuthorised> authorised,
            Seq<CaseEvent.WarningIssued> warned, LocalDate from, LocalDate to, LocalDate today, boolean withProfile) {
        Seq<FairnessFigures.AuthoriserDecisions> byAuthoriser = authorised
                .groupBy(e -> io.vavr.Tuple.of(e.by().value(), e.authorisedAtLevel())).toList()
                .map(g -> new FairnessFigures.AuthoriserDecisions(g._1._1, byId.get(g._2.head().caseId())
                        .decision(g._2.head().decision()).map(d -> d.authorisedBy().name()).getOrElse(g._1._1),
                        g._1._2, g._2.size()));
        Map<org.uca.domain.cases.ActionCategory, FairnessFigures.CategoryCases> byCategory = HashMap.ofEntries(
                cases.flatMap(c -> c.actions().filter(a -> !a.isEnteredInError()
                        && within(UkTime.dateOf(a.occurredAt()), from, to)).map(a -> a.kind().category()).distinct()
                        .map(category -> io.vavr.Tuple.of(category, c)))
                        .groupBy(t -> t._1).toList()
                        .map(g -> io.vavr.Tuple.of(g._1, new FairnessFigures.CategoryCases(g._2.size(),
                                g._2.count(t -> t._2.decisions().exists(d -> decidedWithin(d, from, to)))))));
        Seq<io.vavr.Tuple2<Case, Appeal>> appeals = cases.flatMap(c -> c.appeals().map(a -> io.vavr.Tuple.of(c, a)));
        Seq<FairnessFigures.AppealsByDecisionMaker> byDecisionMaker = appeals
                .groupBy(t -> t._1.decision(t._2.decision()).get().authorisedBy().id()).toList()
                .map(g -> {
                    Seq<Appeal> decided = g._2.map(io.vavr.Tuple2::_2)
                            .filter(a -> a.outcome().exists(o -> within(UkTime.dateOf(o.decidedAt()), from, to)));
                    return new FairnessFigures.AppealsByDecisionMaker(g._1.value(),
                            g._2.head()._1.decision(g._2.head()._2.decision()).get().authorisedBy().name(),
                            g._2.count(t -> within(t._2.received(), from, to)),
                            decided.count(a -> a.outcome().get().outcome() == AppealOutcome.DECISION_UPHELD),
                            decided.count(a -> a.outcome().get().outcome() == AppealOutcome.DECISION_VARIED),
                            decided.count(a -> a.outcome().get().outcome() == AppealOutcome.DECISION_OVERTURNED));
                })
                .filter(a -> a.lodged() + a.decided() > 0);
        long replaced = cases.flatMap(Case::decisions).count(d -> d.status() == DecisionStatus.REPLACED
                && within(UkTime.dateOf(d.authorisedAt()), from, to));
        Seq<Long> toWarning = warned.map(w -> daysFromFirstAction(byId.get(w.caseId()), w.at()));
        Seq<Long> toDecision = authorised.map(e -> daysFromFirstAction(byId.get(e.caseId()), e.at()));
        Seq<Decision> decided = authorised.map(e -> byId.get(e.caseId()).decision(e.decision()).get());
        Seq<Option<Seq<LandlordService>>> scopes = decided.flatMap(d -> d.asAuthorised().measures())
                .filter(m -> m instanceof AppliesToServices).map(m -> ((AppliesToServices) m).scope())
                .map(scope -> scope instanceof ServiceScope.AllServices ? Option.<Seq<LandlordService>>none()
                        : Option.some(scope.services()));
        Seq<org.uca.domain.cases.NoticeWithheld> withheld = cases.flatMap(Case::decisions)
                .filter(d -> d.status() != DecisionStatus.ENTERED_IN_ERROR).flatMap(Decision::noticeWithheld);
        return new FairnessFigures(byAuthoriser, byCategory, byDecisionMaker, replaced,
                FairnessFigures.Times.of(toWarning), FairnessFigures.Times.of(toDecision),
                EndedQuarter.of(from, to, today).filter(quarter -> withProfile)
                        .map(quarter -> tenancyProfile(cases, quarter)), decided.count(d -> !d.amendments().isEmpty()),
                FairnessFigures.MeasuresByService.of(scopes),
                withheld.count(n -> within(n.withheldOn(), from, to)),
                withheld.count(n -> FairnessFigures.Withholding.of(n).exists(w -> w.standsAtEndOf(to))));
    }

    /**
     * As {@code SqlMonitoring} groups them: each resident's value, empty where none is held; each resident restricted
     * counted once, and all residents those whose tenancy had not ended by the quarter's last day.
     */
    private TenancyProfile tenancyProfile(Seq<Case> cases, EndedQuarter quarter) {
        Seq<io.vavr.collection.Map<ProtectedCharacteristic, String>> restricted = cases
                .filter(c -> c.decisions().exists(d -> decidedWithin(d, quarter.first(), quarter.last())))
                .map(Case::resident).distinct()
                .map(r -> residents.find(r).map(ResidentDirectory.Resident::characteristics)
                        .getOrElse(HashMap.empty()));
        Seq<io.vavr.collection.Map<ProtectedCharacteristic, String>> all = residents.all()
                .filter(r -> !r.tenancyEndedBy(quarter.last()))
                .map(ResidentDirectory.Resident::characteristics);
        return TenancyProfile.of(List.of(ProtectedCharacteristic.values()).flatMap(p -> {
            Map<String, Long> inForce = countBy(restricted.map(r -> r.get(p).getOrElse("")));
            Map<String, Long> whole = countBy(all.map(r -> r.get(p).getOrElse("")));
            return whole.keySet().addAll(inForce.keySet()).toList().map(v -> new TenancyProfile.Count(p, v,
                    inForce.get(v).getOrElse(0L), whole.get(v).getOrElse(0L)));
        }));
    }

    private static boolean decidedWithin(Decision d, LocalDate from, LocalDate to) {
        return d.status() != DecisionStatus.ENTERED_IN_ERROR && within(UkTime.dateOf(d.authorisedAt()), from, to);
    }

    private static long daysFromFirstAction(Case c, java.time.Instant at) {
        return ChronoUnit.DAYS.between(UkTime.dateOf(c.actions().map(UnacceptableAction::occurredAt).min().get()),
                UkTime.dateOf(at));
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    private static <K> Map<K, Long> countBy(Seq<K> keys) {
        return keys.foldLeft(HashMap.empty(), (counts, k) -> counts.put(k, counts.get(k).getOrElse(0L) + 1));
    }

    private static Option<Double> median(Seq<Long> sorted) {
        if (sorted.isEmpty()) {
            return Option.none();
        }
        int n = sorted.size();
        return Option.some(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
    }

    /** For tests and demos: how many cases are held. */
    public int size() {
        return byId.size();
    }

}
