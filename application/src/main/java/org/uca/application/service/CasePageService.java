package org.uca.application.service;

import io.vavr.control.Option;
import org.uca.application.port.in.Task;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import org.uca.application.port.in.AccessPolicy;
import org.uca.application.port.in.CasePageQuery;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.in.SendLetterUseCase;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Ports;
import org.uca.domain.cases.Appeal;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.WhoMayAct;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/** The case page: the case, its resident, guidance, timeline and audit trail, every staff name looked up at once. */
final class CasePageService implements CasePageQuery {

    private final CaseCommands commands;
    private final Ports ports;
    private final AccessLines looked;

    CasePageService(CaseCommands commands, Ports ports, AccessLines looked) {
        this.commands = commands;
        this.ports = ports;
        this.looked = looked;
    }

    @Override
    public Either<Failure, CasePage> casePage(StaffId askedBy, CaseId caseId) {
        return commands.readAs(Task.VIEW_CASE, askedBy, Option.some(caseId), (who, role) -> ports.cases()
                .find(caseId)
                .toEither(() -> (Failure) new Failure.NotFound("There is no case " + caseId + "."))
                .map(c -> page(c, who, AccessPolicy.allows(role, Task.SEE_AUDIT_TRAIL),
                        AccessPolicy.showsSafeguards(role), AccessPolicy.allows(role, Task.WITHHOLD_NOTICE))))
                .flatMap(page -> looked.ofCase(askedBy, "the case page", caseId, Either.right(page)));
    }

    /** The audit trail only for a role that may see it (managers and the Service Development Team). */
    private CasePage page(Case c, StaffMember who, boolean auditShown, boolean safeguardsShown,
            boolean mayWithholdNotice) {
        Seq<AuditLog.Entry> audit = auditShown ? ports.audit().forCase(c.id()) : List.empty();
        Map<StaffId, String> names = ports.readModels()
                .staffNames(staffMentioned(c).addAll(audit.map(AuditLog.Entry::who)));
        return new CasePage(c, Residents.of(ports, c), ContactGuidance.forCase(c, ports.clock().now()),
                c.history().map(e -> new TimelineEntry(e, nameOf(names, e.by()))),
                audit.map(e -> new AuditTrailEntry(e, nameOf(names, e.who()))), names, appealsToDecide(c, who),
                safeguardsShown, markable(c, who), supersededLetters(c), toldOfByLetter(c, mayWithholdNotice));
    }

    /**
     * The decisions whose letter telling the resident of them was recorded as sent: notice of them can no longer be
     * withheld (as {@link NoticeWithheldService} refuses). The letters are read only for someone who may withhold
     * notice, and only while a decision's notice could still be withheld.
     */
    private Set<DecisionId> toldOfByLetter(Case c, boolean mayWithholdNotice) {
        if (!mayWithholdNotice || !c.decisionsInForce().exists(Decision::residentToBeTold)) {
            return HashSet.empty();
        }
        return HashSet.ofAll(ports.letters().sendings(c.id()).flatMap(s -> SendLetterUseCase.letterAt(s.letter())
                .flatMap(LetterQuery.Which::decisionToldOf)));
    }

    /** Everyone the case names by id alone (decisions, reviews and appeal outcomes keep their manager whole). */
    private static Set<StaffId> staffMentioned(Case c) {
        return HashSet.<StaffId>empty()
                .addAll(c.actions().flatMap(a -> List.of(a.recordedBy(), a.report().reportedBy())))
                .addAll(c.warnings().map(w -> w.issuedBy()))
                .addAll(c.decisions().map(d -> d.safeguards().whoInformsResident()))
                .addAll(c.decisions().flatMap(Decision::residentInformed).map(i -> i.informedBy()))
                .addAll(c.appeals().map(Appeal::recordedBy))
                .addAll(c.contacts().map(m -> m.by()))
                .addAll(c.history().map(CaseEvent::by));
    }

    /** The policy's own rule (policy 4.2): one level up from the decision, and never by the person who made it. */
    private static Set<AppealId> appealsToDecide(Case c, StaffMember who) {
        return HashSet.ofAll(c.appeals().filter(a -> c.awaitsDecision(a) && c.decision(a.decision())
                .forAll(d -> WhoMayAct.mayDecideAppeal(who, a.reviewLevel(), d.authorisedBy().id()))).map(Appeal::id));
    }

    /** What the member of staff may mark as entered in error, as the case's own rule says. */
    private static Set<Marking> markable(Case c, StaffMember who) {
        return HashSet.ofAll(List.of(EnteredInError.Part.values()).flatMap(part -> List.rangeClosed(1, switch (part) {
            case ACTION -> c.actions().size();
            case WARNING -> c.warnings().size();
            case DECISION -> c.decisions().size();
        }).filter(n -> c.mayMarkEnteredInError(part, n, who)).map(n -> new Marking(part, n))));
    }

    private static Map<Marking, Seq<SupersededLetter>> supersededLetters(Case c) {
        return HashMap.ofEntries(c.warnings().map(w -> Tuple.of(new Marking(EnteredInError.Part.WARNING,
                        w.id().number()), LetterWriter.superseded(c, "W", w.id().number(), w.issuedAt(),
                        LetterWriter.corrections(w))))
                .appendAll(c.decisions().map(d -> Tuple.of(new Marking(EnteredInError.Part.DECISION,
                        d.id().number()), LetterWriter.superseded(c, "D", d.id().number(), d.authorisedAt(),
                        LetterWriter.corrections(d)))))
                .filter(e -> !e._2.isEmpty()));
    }

    private static String nameOf(Map<StaffId, String> names, StaffId staff) {
        return names.get(staff).getOrElse(staff::value);
    }
}
