package org.uca.adapter.persistence;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.uca.application.port.out.FairnessFigures;
import org.uca.domain.cases.Appeal;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.Grounds;
import org.uca.domain.cases.UnacceptableAction;
import org.uca.domain.measures.AppliesToServices;
import org.uca.domain.measures.Measure;
import org.uca.domain.measures.ServiceScope;
import org.uca.domain.shared.UkTime;

/**
 * The small tables that answer questions across cases (actions, warnings, decisions with their measures, appeals),
 * derived from the case and kept in step with its snapshot on every save, in the same transaction. Only what
 * changed is written: new parts are inserted, a decision or appeal whose state moved on is updated in place.
 */
final class Projections {

    /** @param enteredInError whether the action should never have been recorded (counted apart in monitoring) */
    record ActionFact(int number, String kind, String category, Instant occurredAt, LocalDate occurredOn,
            boolean safetyConcern, String recordedBy, boolean enteredInError) {
    }

    /** @param enteredInError whether the warning should never have been issued (counted apart in monitoring) */
    record WarningFact(int number, Instant issuedAt, LocalDate issuedOn, String issuedBy, boolean enteredInError) {
    }

    /**
     * @param afterWarning the warning a decision after a warning rested on; null for immediate action
     * @param amended      whether its details (reasons, review date) were since corrected
     */
    record DecisionFact(int number, Instant authorisedAt, LocalDate authorisedOn, String authorisedBy,
            String authorisedLevel, String team, boolean immediate, Integer afterWarning, int daysFromFirstAction,
            String status, LocalDate reviewDate, String requiredLevel, String propertyUprn, boolean amended,
            LocalDate noticeWithheldOn, LocalDate noticeEndedOn, LocalDate noticeRecheckOn) {
    }

    /**
     * @param services the services a contact standard or service limit applies to, as {@link #servicesOf} writes
     *                 them; null for a measure no scope applies to (tenancy action, informing the police)
     */
    record MeasureFact(int decision, int position, String kind, String services) {
    }

    /** {@code ALL}, or the services named, in their order, comma-separated ({@code REPAIRS,COMPLAINTS}). */
    static String servicesOf(Measure m) {
        return m instanceof AppliesToServices scoped
                ? scoped.scope() instanceof ServiceScope.AllServices ? ALL_SERVICES
                        : scoped.scope().services().map(Enum::name).mkString(",")
                : null;
    }

    /** What {@code decision_measure.services} holds for a measure that applies to all our services. */
    static final String ALL_SERVICES = "ALL";

    record AppealFact(int number, int decision, LocalDate received, LocalDate dueBy, String reviewLevel,
            boolean decided, Instant decidedAt, LocalDate decidedOn, String outcome, boolean late) {
    }

    /** @param screenedOn the UK date it was screened; null until then */
    record CorrespondenceFact(int number, LocalDate receivedOn, LocalDate screenBy, boolean screened,
            LocalDate screenedOn, boolean late, boolean newIssue, boolean safeguarding) {
    }

    /**
     * One time notice of a decision was withheld without a break ({@link FairnessFigures.Withholding}), numbered
     * 1, 2, 3 ... within the decision.
     *
     * @param endedOn the UK date it ended; null while it stands
     */
    record WithheldFact(int decision, int number, LocalDate withheldOn, LocalDate endedOn) {
    }

    /** Everything the projection tables hold about one case. */
    record Facts(Map<Integer, ActionFact> actions, Map<Integer, WarningFact> warnings,
            Map<Integer, DecisionFact> decisions, Map<MeasureFact, MeasureFact> measures,
            Map<Integer, AppealFact> appeals, Map<Integer, CorrespondenceFact> correspondence,
            Map<io.vavr.Tuple2<Integer, Integer>, WithheldFact> withheld) {

        static final Facts NONE = new Facts(LinkedHashMap.empty(), LinkedHashMap.empty(), LinkedHashMap.empty(),
                LinkedHashMap.empty(), LinkedHashMap.empty(), LinkedHashMap.empty(), LinkedHashMap.empty());
    }

    private Projections() {
    }

    /**
     * The facts of a case as it stands. Needs no history: who authorised a decision, at what level and in which
     * team, is on the decision itself; the measures are those it authorised ({@link Decision#asAuthorised}: what a
     * review or an appeal varied since is not monitored as authorised), written once, when the decision is new (see
     * {@link #write}).
     */
    static Facts of(Case c) {
        Option<LocalDate> firstAction = c.actions().map(UnacceptableAction::occurredAt).min().map(UkTime::dateOf);
        Seq<DecisionFact> decisions = c.decisions().map(d -> decision(d, firstAction));
        Seq<MeasureFact> measures = c.decisions().flatMap(d -> measuresOf(d.id().number(),
                d.asAuthorised().measures()));
        return new Facts(
                byKey(c.actions().map(a -> new ActionFact(a.id().number(), a.kind().name(),
                        a.kind().category().name(), a.occurredAt(), UkTime.dateOf(a.occurredAt()),
                        a.raisesSafetyConcerns(), a.recordedBy().value(), a.isEnteredInError())), ActionFact::number),
                byKey(c.warnings().map(w -> new WarningFact(w.id().number(), w.issuedAt(), UkTime.dateOf(w.issuedAt()),
                        w.issuedBy().value(), w.isEnteredInError())), WarningFact::number),
                byKey(decisions, DecisionFact::number),
                byKey(measures, m -> m),
                byKey(c.appeals().map(Projections::appeal), AppealFact::number),
                byKey(c.filedCorrespondence().map(f -> new CorrespondenceFact(f.number(), f.receivedOn(),
                        f.screenBy(), f.screened(), f.screening().map(s -> UkTime.dateOf(s.at())).getOrNull(),
                        f.screenedLate(), f.screening().exists(s -> s.raisesNewIssue()),
                        f.screening().exists(s -> s.raisesSafeguardingConcern()))), CorrespondenceFact::number),
                byKey(c.decisions().flatMap(d -> d.noticeWithheld().toList().flatMap(n -> FairnessFigures.Withholding
                        .of(n).zipWithIndex().map(w -> new WithheldFact(d.id().number(), w._2 + 1,
                                w._1.withheldOn(), w._1.endedOn().getOrNull())))),
                        w -> io.vavr.Tuple.of(w.decision(), w.number())));
    }

    private static Seq<MeasureFact> measuresOf(int decision, Seq<Measure> measures) {
        return measures.zipWithIndex().map(m -> new MeasureFact(decision, m._2 + 1, m._1.kind().name(),
                servicesOf(m._1)));
    }

    private static DecisionFact decision(Decision d, Option<LocalDate> firstAction) {
        LocalDate on = UkTime.dateOf(d.authorisedAt());
        return new DecisionFact(d.id().number(), d.authorisedAt(), on, d.authorisedBy().id().value(),
                d.authorisedBy().authority().name(), d.authorisedBy().team(),
                d.immediate(),
                d.grounds() instanceof Grounds.AfterWarning after ? after.warning().number() : null,
                firstAction.map(first -> (int) ChronoUnit.DAYS.between(first, on)).getOrElse(0),
                d.status().name(), d.reviewDate(), d.requiredAuthority().name(),
                d.property().map(org.uca.domain.people.Uprn::value).getOrNull(), !d.amendments().isEmpty(),
                d.noticeWithheld().map(n -> n.withheldOn()).getOrNull(),
                d.noticeWithheld().flatMap(n -> n.endedOn()).getOrNull(),
                d.noticeWithheld().filter(n -> n.stands()).map(n -> n.latest().recheckOn()).getOrNull());
    }

    private static AppealFact appeal(Appeal a) {
        return new AppealFact(a.id().number(), a.decision().number(), a.received(), a.dueBy(), a.reviewLevel().name(),
                a.decided(), a.outcome().map(o -> o.decidedAt()).getOrNull(),
                a.outcome().map(o -> UkTime.dateOf(o.decidedAt())).getOrNull(),
                a.outcome().map(o -> o.outcome().name()).getOrNull(), a.decidedLate());
    }

    private static <K, F> Map<K, F> byKey(Seq<F> facts, Function<F, K> key) {
        return LinkedHashMap.ofEntries(facts.map(f -> io.vavr.Tuple.of(key.apply(f), f)));
    }

    /**
     * The measures a save writes to {@code decision_measure}: those of the decisions new since {@code before},
     * as authorised. They are written once: a later variation does not rewrite monitoring history.
     */
    static Seq<MeasureFact> measuresWritten(Facts before, Facts after) {
        return after.decisions().keySet().filter(n -> !before.decisions().containsKey(n)).toList().sorted()
                .flatMap(n -> after.measures().values().filter(m -> m.decision() == n));
    }

    /**
     * Brings the projection rows of a case from {@code before} to {@code after}. Parts of a case are never removed
     * and recorded actions and warnings rarely change, so normally this only inserts the new parts and updates
     * decisions and appeals whose state moved on; anything else (an action or warning amended or entered in error)
     * is replaced. {@code measures} are those of
     * {@link #measuresWritten}.
     */
    static void write(EntityManager em, UUID caseId, Facts before, Facts after, Seq<MeasureFact> measures) {
        sync(before.actions(), after.actions(),
                n -> deletePart(em, "ActionJpaEntity", caseId, n),
                f -> em.persist(new ActionJpaEntity(caseId, f)), null);
        sync(before.warnings(), after.warnings(),
                n -> deletePart(em, "WarningJpaEntity", caseId, n),
                f -> em.persist(new WarningJpaEntity(caseId, f)), null);
        sync(before.decisions(), after.decisions(), n -> {
            throw new IllegalStateException("A decision is never removed from a case.");
        }, f -> em.persist(new DecisionJpaEntity(caseId, f)), f -> updateDecision(em, caseId, f));
        measures.forEach(f -> em.persist(new MeasureJpaEntity(caseId, f)));
        sync(before.appeals(), after.appeals(),
                n -> deletePart(em, "AppealJpaEntity", caseId, n),
                f -> em.persist(new AppealJpaEntity(caseId, f)), f -> updateAppeal(em, caseId, f));
        sync(before.correspondence(), after.correspondence(), n -> {
            throw new IllegalStateException("Filed correspondence is never removed from a case.");
        }, f -> em.persist(new CorrespondenceJpaEntity(caseId, f)), f -> updateCorrespondence(em, caseId, f));
        sync(before.withheld(), after.withheld(), k -> {
            throw new IllegalStateException("A time notice was withheld is never removed from a decision.");
        }, f -> em.persist(new NoticeWithheldJpaEntity(caseId, f)), f -> updateWithheld(em, caseId, f));
    }

    private static void updateWithheld(EntityManager em, UUID caseId, WithheldFact f) {
        em.createQuery("update NoticeWithheldJpaEntity w set w.withheldOn = :withheldOn, w.endedOn = :endedOn"
                        + " where w.caseId = :caseId and w.decision = :decision and w.number = :number")
                .setParameter("withheldOn", f.withheldOn())
                .setParameter("endedOn", f.endedOn())
                .setParameter("caseId", caseId)
                .setParameter("decision", f.decision())
                .setParameter("number", f.number())
                .executeUpdate();
    }

    /**
     * Deletes rows no longer there, updates changed rows ({@code update} null: delete and insert again), and
     * inserts new ones. Deletes and updates run at once; inserts at the next flush, after them.
     */
    private static <K, F> void sync(Map<K, F> before, Map<K, F> after, Consumer<K> delete, Consumer<F> insert,
            Consumer<F> update) {
        before.keySet().filter(k -> !after.containsKey(k)).forEach(delete);
        after.forEach((k, f) -> {
            Option<F> old = before.get(k);
            if (old.isEmpty()) {
                insert.accept(f);
            } else if (!old.get().equals(f)) {
                if (update != null) {
                    update.accept(f);
                } else {
                    delete.accept(k);
                    insert.accept(f);
                }
            }
        });
    }

    private static void deletePart(EntityManager em, String entity, UUID caseId, int number) {
        em.createQuery("delete from " + entity + " p where p.caseId = :caseId and p.number = :number")
                .setParameter("caseId", caseId).setParameter("number", number).executeUpdate();
    }

    private static void updateDecision(EntityManager em, UUID caseId, DecisionFact f) {
        em.createQuery("update DecisionJpaEntity d set d.authorisedAt = :authorisedAt,"
                        + " d.authorisedOn = :authorisedOn, d.authorisedBy = :authorisedBy,"
                        + " d.authorisedLevel = :authorisedLevel, d.team = :team, d.immediate = :immediate,"
                        + " d.afterWarning = :afterWarning, d.daysFromFirstAction = :days, d.status = :status,"
                        + " d.reviewDate = :reviewDate, d.requiredLevel = :requiredLevel,"
                        + " d.propertyUprn = :propertyUprn, d.amended = :amended,"
                        + " d.noticeWithheldOn = :noticeWithheldOn, d.noticeEndedOn = :noticeEndedOn,"
                        + " d.noticeRecheckOn = :noticeRecheckOn"
                        + " where d.caseId = :caseId and d.number = :number")
                .setParameter("authorisedAt", f.authorisedAt())
                .setParameter("authorisedOn", f.authorisedOn())
                .setParameter("authorisedBy", f.authorisedBy())
                .setParameter("authorisedLevel", f.authorisedLevel())
                .setParameter("team", f.team())
                .setParameter("immediate", f.immediate())
                .setParameter("afterWarning", f.afterWarning())
                .setParameter("days", f.daysFromFirstAction())
                .setParameter("status", f.status())
                .setParameter("reviewDate", f.reviewDate())
                .setParameter("requiredLevel", f.requiredLevel())
                .setParameter("propertyUprn", f.propertyUprn())
                .setParameter("amended", f.amended())
                .setParameter("noticeWithheldOn", f.noticeWithheldOn())
                .setParameter("noticeEndedOn", f.noticeEndedOn())
                .setParameter("noticeRecheckOn", f.noticeRecheckOn())
                .setParameter("caseId", caseId)
                .setParameter("number", f.number())
                .executeUpdate();
    }

    private static void updateCorrespondence(EntityManager em, UUID caseId, CorrespondenceFact f) {
        em.createQuery("update CorrespondenceJpaEntity f set f.receivedOn = :receivedOn, f.screenBy = :screenBy,"
                        + " f.screened = :screened, f.screenedOn = :screenedOn, f.late = :late,"
                        + " f.newIssue = :newIssue, f.safeguarding = :safeguarding"
                        + " where f.caseId = :caseId and f.number = :number")
                .setParameter("receivedOn", f.receivedOn())
                .setParameter("screenBy", f.screenBy())
                .setParameter("screened", f.screened())
                .setParameter("screenedOn", f.screenedOn())
                .setParameter("late", f.late())
                .setParameter("newIssue", f.newIssue())
                .setParameter("safeguarding", f.safeguarding())
                .setParameter("caseId", caseId)
                .setParameter("number", f.number())
                .executeUpdate();
    }

    private static void updateAppeal(EntityManager em, UUID caseId, AppealFact f) {
        em.createQuery("update AppealJpaEntity a set a.decision = :decision, a.received = :received,"
                        + " a.dueBy = :dueBy, a.reviewLevel = :reviewLevel, a.decided = :decided,"
                        + " a.decidedAt = :decidedAt, a.decidedOn = :decidedOn, a.outcome = :outcome, a.late = :late"
                        + " where a.caseId = :caseId and a.number = :number")
                .setParameter("decision", f.decision())
                .setParameter("received", f.received())
                .setParameter("dueBy", f.dueBy())
                .setParameter("reviewLevel", f.reviewLevel())
                .setParameter("decided", f.decided())
                .setParameter("decidedAt", f.decidedAt())
                .setParameter("decidedOn", f.decidedOn())
                .setParameter("outcome", f.outcome())
                .setParameter("late", f.late())
                .setParameter("caseId", caseId)
                .setParameter("number", f.number())
                .executeUpdate();
    }
}
