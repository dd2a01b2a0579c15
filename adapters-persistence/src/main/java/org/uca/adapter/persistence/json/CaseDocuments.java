package org.uca.adapter.persistence.json;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.ActionKind;
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.AdjustmentKind;
import org.uca.domain.cases.AffectedParty;
import org.uca.domain.cases.Amendment;
import org.uca.domain.cases.Appeal;
import org.uca.domain.cases.AppealDecision;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.ContactMade;
import org.uca.domain.cases.FiledCorrespondence;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.DecisionStatus;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.cases.Grounds;
import org.uca.domain.cases.InformedHow;
import org.uca.domain.cases.NoticeWithheld;
import org.uca.domain.cases.LegalAdviceConsidered;
import org.uca.domain.cases.ReasonableAdjustment;
import org.uca.domain.cases.ResidentInformed;
import org.uca.domain.cases.ResidentNeeds;
import org.uca.domain.cases.Review;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.cases.Safeguards;
import org.uca.domain.cases.UnacceptableAction;
import org.uca.domain.cases.Warning;
import org.uca.domain.cases.WarningId;
import org.uca.domain.measures.AppliesToServices;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.measures.ServiceScope;
import org.uca.domain.measures.InformingThePolice;
import org.uca.domain.measures.Measure;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.measures.ServiceLimit;
import org.uca.domain.measures.TenancyAction;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.Uprn;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Channel;

/**
 * Maps the case aggregate to its stored document and back. Reading goes through {@link Case#rebuild}, so a stored
 * case that breaks an invariant is never handed to the application. (Anonymising is the domain's
 * {@code Case.anonymise}: the anonymised case is stored like any other.)
 */
final class CaseDocuments {

    private CaseDocuments() {
    }

    // ---- to the document ----------------------------------------------------------------------------------------

    static CaseDocument toDocument(Case c) {
        return new CaseDocument(CaseDocument.FORMAT, c.id().toString(), c.resident().value(),
                c.actions().map(CaseDocuments::action).toJavaList(),
                c.warnings().map(CaseDocuments::warning).toJavaList(),
                c.decisions().map(CaseDocuments::decision).toJavaList(),
                c.appeals().map(CaseDocuments::appeal).toJavaList(),
                needs(c.needs()),
                c.contacts().map(CaseDocuments::contact).toJavaList(),
                c.filedCorrespondence().map(CaseDocuments::filed).toJavaList());
    }

    static CaseDocument.Filed filed(FiledCorrespondence f) {
        return new CaseDocument.Filed(f.number(), f.decision().number(), f.receivedOn(), f.channel().name(),
                f.summary(), f.loggedBy().value(), f.loggedAt(), f.screenBy(), f.screening()
                        .map(s -> new CaseDocument.Screening(s.newIssue().getOrNull(), s.safeguarding().getOrNull(),
                                s.by().value(), s.at())).getOrNull());
    }

    private static FiledCorrespondence filed(CaseDocument.Filed f) {
        return new FiledCorrespondence(f.number(), new DecisionId(f.decision()), f.receivedOn(),
                Channel.valueOf(f.channel()), f.summary(), new StaffId(f.loggedBy()), f.loggedAt(), f.screenBy(),
                Option.of(f.screening()).map(s -> new FiledCorrespondence.Screening(Option.of(s.newIssue()),
                        Option.of(s.safeguarding()), new StaffId(s.by()), s.at())));
    }

    static CaseDocument.Contact contact(ContactMade x) {
        return new CaseDocument.Contact(x.at(), x.minutes(), x.channel().name(), x.by().value());
    }

    static CaseDocument.Action action(UnacceptableAction a) {
        ActionReport r = a.report();
        return new CaseDocument.Action(a.id().number(), r.kind().name(), r.otherKind(),
                names(r.affected()), r.occurredAt(), r.channel().name(), r.reportedBy().value(),
                r.whatHappened(), r.safetyConcern(), a.recordedBy().value(), a.recordedAt(),
                enteredInError(a.enteredInError()), amendments(a.amendments(), x -> new CaseDocument.Report(
                        x.kind().name(), x.otherKind(), names(x.affected()), x.occurredAt(), x.channel().name(),
                        x.reportedBy().value(), x.whatHappened(), x.safetyConcern())));
    }

    /** Absent (null) when never corrected, so documents of records never corrected read as before. */
    private static <T, D> java.util.List<CaseDocument.Amendment<D>> amendments(Seq<Amendment<T>> amendments,
            Function<T, D> document) {
        return amendments.isEmpty() ? null : amendments.map(m -> new CaseDocument.Amendment<>(
                document.apply(m.superseded()), m.by().value(), m.at(), m.reason())).toJavaList();
    }

    private static <D, T> Seq<Amendment<T>> amendmentsRead(java.util.List<CaseDocument.Amendment<D>> stored,
            Function<D, T> domain) {
        return stored == null ? List.empty() : List.ofAll(stored).map(m -> new Amendment<>(
                domain.apply(m.superseded()), new StaffId(m.by()), m.at(), m.reason()));
    }

    private static ActionReport report(String kind, String otherKind, java.util.List<String> affectedNames,
            Instant occurredAt, String channel, String reportedBy, String whatHappened, boolean safetyConcern) {
        Set<AffectedParty> affected = EnumSet.noneOf(AffectedParty.class);
        affectedNames.forEach(p -> affected.add(AffectedParty.valueOf(p)));
        return new ActionReport(ActionKind.valueOf(kind), otherKind, affected, occurredAt, Channel.valueOf(channel),
                new StaffId(reportedBy), whatHappened, safetyConcern);
    }

    private static CaseDocument.EnteredInError enteredInError(Option<EnteredInError> marked) {
        return marked.map(e -> new CaseDocument.EnteredInError(e.by().value(), e.at(), e.reason())).getOrNull();
    }

    private static Option<EnteredInError> enteredInError(CaseDocument.EnteredInError marked) {
        return Option.of(marked).map(e -> new EnteredInError(new StaffId(e.by()), e.at(), e.reason()));
    }

    static CaseDocument.Warning warning(Warning w) {
        return new CaseDocument.Warning(w.id().number(), w.actionsReferredTo().map(ActionId::number).toJavaList(),
                w.reasons(), w.whatMustChange(), w.issuedBy().value(), w.issuedAt(), enteredInError(w.enteredInError()),
                amendments(w.amendments(), x -> new CaseDocument.Wording(x.reasons(), x.whatMustChange())));
    }

    static CaseDocument.Decision decision(Decision d) {
        Safeguards s = d.safeguards();
        return new CaseDocument.Decision(d.id().number(), measures(d.measures()),
                grounds(d.grounds()), d.reasons(),
                new CaseDocument.Safeguards(s.equalityAndVulnerabilityNotes(),
                        s.teamsConsulted().toJavaList(), s.teamsInformed().toJavaList(), s.whoInformsResident().value(),
                        s.legalAdvice().map(l -> new CaseDocument.LegalAdvice(l.needed(), l.notes()))
                                .getOrNull(),
                        s.adjustmentConflictJustification().getOrNull(), s.howComplaintsAreStillHeard().getOrNull()),
                staff(d.authorisedBy()), d.authorisedAt(), d.reviewDate(), d.status().name(),
                d.residentInformed().map(i -> new CaseDocument.Informed(i.informedAt(), i.informedBy().value(),
                        i.how().name())).getOrNull(),
                d.reviews().map(r -> new CaseDocument.Review(r.outcome().name(), measures(r.measuresAfter()),
                        r.reasons(), staff(r.reviewedBy()), r.reviewedAt(),
                        r.nextReviewDate().getOrNull())).toJavaList(), d.replaces().map(DecisionId::number).getOrNull(),
                enteredInError(d.enteredInError()),
                amendments(d.amendments(), x -> new CaseDocument.Details(x.reasons(), x.reviewDate(),
                        x.howComplaintsAreStillHeard().getOrNull())),
                d.asAuthorised().equals(new Decision.AsAuthorised(d.measures(), d.reviewDate())) ? null
                        : new CaseDocument.AsAuthorised(measures(d.asAuthorised().measures()),
                                d.asAuthorised().reviewDate()),
                d.property().map(Uprn::value).getOrNull(),
                d.noticeWithheld().map(n -> new CaseDocument.NoticeWithheld(withholding(n.latest()),
                        n.earlier().map(CaseDocuments::withholding).toJavaList(),
                        n.ended().map(CaseDocuments::ending).getOrNull(),
                        n.endedBefore().map(CaseDocuments::ending).toJavaList())).getOrNull());
    }

    private static CaseDocument.Withholding withholding(NoticeWithheld.Withholding w) {
        return new CaseDocument.Withholding(w.risk(), w.recheckOn(), staff(w.signedOffBy()), w.at());
    }

    private static NoticeWithheld.Withholding withholding(CaseDocument.Withholding w) {
        return new NoticeWithheld.Withholding(w.risk(), w.recheckOn(), staff(w.signedOffBy()), w.at());
    }

    private static CaseDocument.NoticeEnded ending(NoticeWithheld.Ending e) {
        return new CaseDocument.NoticeEnded(e.by().value(), e.at(), e.because().name(), e.reasons());
    }

    private static NoticeWithheld.Ending ending(CaseDocument.NoticeEnded e) {
        return new NoticeWithheld.Ending(new StaffId(e.by()), e.at(), NoticeWithheld.Because.valueOf(e.because()),
                e.reasons());
    }

    private static NoticeWithheld noticeWithheld(CaseDocument.NoticeWithheld n) {
        return new NoticeWithheld(withholding(n.latest()), n.earlier() == null ? List.empty()
                : List.ofAll(n.earlier()).map(CaseDocuments::withholding), Option.of(n.ended()).map(
                        CaseDocuments::ending), n.endedBefore() == null ? List.empty()
                : List.ofAll(n.endedBefore()).map(CaseDocuments::ending));
    }

    private static CaseDocument.Grounds grounds(Grounds g) {
        if (g instanceof Grounds.AfterWarning after) {
            return new CaseDocument.Grounds("AFTER_WARNING", after.warning().number(),
                    after.furtherActions().map(ActionId::number).toJavaList(), null);
        }
        Grounds.ImmediateForSafety immediate = (Grounds.ImmediateForSafety) g;
        return new CaseDocument.Grounds("IMMEDIATE_FOR_SAFETY", null,
                immediate.actions().map(ActionId::number).toJavaList(), immediate.justification());
    }

    static CaseDocument.Appeal appeal(Appeal a) {
        return new CaseDocument.Appeal(a.id().number(), a.decision().number(), a.received(),
                a.grounds(), a.recordedBy().value(), a.recordedAt(), a.dueBy(), a.reviewLevel().name(),
                a.outcome().map(o -> new CaseDocument.AppealDecision(o.outcome().name(),
                        measures(o.variedMeasures()), o.reasons(), staff(o.decidedBy()),
                        o.decidedAt())).getOrNull());
    }

    private static CaseDocument.Staff staff(StaffMember m) {
        return new CaseDocument.Staff(m.id().value(), m.name(), m.team(), m.authority().name());
    }

    private static java.util.List<CaseDocument.Measure> measures(Seq<Measure> measures) {
        return measures.map(CaseDocuments::measure).toJavaList();
    }

    static CaseDocument.Needs needs(ResidentNeeds n) {
        return new CaseDocument.Needs(n.adjustments().map(CaseDocuments::adjustment).toJavaList(),
                n.vulnerabilityNotes(), amendments(n.amendments(), CaseDocuments::needs));
    }

    static ResidentNeeds needs(CaseDocument.Needs d) {
        return new ResidentNeeds(List.ofAll(d.adjustments()).map(CaseDocuments::adjustment), d.vulnerabilityNotes(),
                amendmentsRead(d.amendments(), CaseDocuments::needs));
    }

    static CaseDocument.Adjustment adjustment(ReasonableAdjustment a) {
        return new CaseDocument.Adjustment(a.kind().name(), a.notes());
    }

    static ReasonableAdjustment adjustment(CaseDocument.Adjustment a) {
        return new ReasonableAdjustment(AdjustmentKind.valueOf(a.kind()), a.notes());
    }

    static CaseDocument.Measure measure(Measure m) {
        CaseDocument.Measure unscoped = unscopedMeasure(m);
        java.util.List<String> services = AppliesToServices.scopeOf(m)
                .filter(ServiceScope.NamedServices.class::isInstance)
                .map(scope -> scope.services().map(LandlordService::name).toJavaList()).getOrNull();
        return new CaseDocument.Measure(unscoped.kind(), unscoped.officer(), unscoped.officerName(),
                unscoped.minutes(), unscoped.per(), unscoped.excluded(), unscoped.text(), services);
    }

    private static CaseDocument.Measure unscopedMeasure(Measure m) {
        String kind = m.kind().name();
        if (m instanceof ContactStandard.SinglePointOfContact single) {
            return new CaseDocument.Measure(kind, single.officer().value(), single.officerName(), null, null, null,
                    null, null);
        }
        if (m instanceof ContactStandard.ContactTimeAllowance allowance) {
            return new CaseDocument.Measure(kind, null, null, allowance.minutes(), allowance.per().name(), null,
                    null, null);
        }
        if (m instanceof ContactStandard.ExcludedContactMethods excluded) {
            return new CaseDocument.Measure(kind, null, null, null, null, names(excluded.excluded()), null, null);
        }
        return new CaseDocument.Measure(kind, null, null, null, null, null, textOf(m).getOrNull(), null);
    }

    /** The measure's own text, for the kinds that have one. */
    private static Option<String> textOf(Measure m) {
        if (m instanceof ContactStandard.ThirdPartyCorrespondenceOnly x) {
            return Option.some(x.thirdParty());
        }
        if (m instanceof ContactStandard.SocialMediaRemovalRequest x) {
            return Option.some(x.postsAndSites());
        }
        if (m instanceof ContactStandard.OtherContactStandard x) {
            return Option.some(x.description());
        }
        if (m instanceof ServiceLimit.WithheldPlannedWorks x) {
            return Option.some(x.which());
        }
        if (m instanceof ServiceLimit.VariedServiceTimescales x) {
            return Option.some(x.which());
        }
        if (m instanceof ServiceLimit.OtherServiceLimit x) {
            return Option.some(x.description());
        }
        if (m instanceof TenancyAction x) {
            return Option.some(x.description());
        }
        if (m instanceof InformingThePolice x) {
            return Option.some(x.description());
        }
        return Option.none();
    }

    static EventDocument event(CaseEvent e) {
        String by = e.by().value();
        if (e instanceof CaseEvent.ActionsRecorded x) {
            return new EventDocument.ActionsRecorded(x.actions().map(ActionId::number).toJavaList(),
                    x.safetyConcerns(), by, x.at());
        }
        if (e instanceof CaseEvent.WarningIssued x) {
            return new EventDocument.WarningIssued(x.warning().number(), by, x.at());
        }
        if (e instanceof CaseEvent.MeasuresAuthorised x) {
            return new EventDocument.MeasuresAuthorised(x.decision().number(),
                    x.measures().map(MeasureKind::name).toJavaList(), x.requiredAuthority().name(),
                    x.authorisedAtLevel().name(), x.authorisedByTeam(), x.immediate(), x.reviewDate(),
                    x.replaces().map(DecisionId::number).getOrNull(), by, x.at());
        }
        if (e instanceof CaseEvent.ResidentInformedOfDecision x) {
            return new EventDocument.ResidentInformedOfDecision(x.decision().number(), x.how().name(),
                    x.informedBy().value(), x.informedAt(), by, x.at());
        }
        if (e instanceof CaseEvent.AppealLodged x) {
            return new EventDocument.AppealLodged(x.appeal().number(), x.decision().number(), x.received(),
                    x.dueBy(), x.reviewLevel().name(), by, x.at());
        }
        if (e instanceof CaseEvent.AppealDecided x) {
            return new EventDocument.AppealDecided(x.appeal().number(), x.decision().number(), x.outcome().name(),
                    x.late(), by, x.at());
        }
        if (e instanceof CaseEvent.RestrictionReviewed x) {
            return new EventDocument.RestrictionReviewed(x.decision().number(), x.outcome().name(),
                    x.nextReview().getOrNull(), by, x.at());
        }
        if (e instanceof CaseEvent.RestrictionLifted x) {
            return new EventDocument.RestrictionLifted(x.decision().number(), by, x.at());
        }
        if (e instanceof CaseEvent.RestrictionLapsed x) {
            return new EventDocument.RestrictionLapsed(x.decision().number(), x.reviewDate(), x.lapsedOn(), by,
                    x.at());
        }
        if (e instanceof CaseEvent.NoticeWithheldFromResident x) {
            return new EventDocument.NoticeWithheldFromResident(x.decision().number(), x.recheckOn(), x.withholding(),
                    x.kept(), by, x.at());
        }
        if (e instanceof CaseEvent.NoticeWithheldEnded x) {
            return new EventDocument.NoticeWithheldEnded(x.decision().number(), by, x.at());
        }
        if (e instanceof CaseEvent.ResidentNeedsRecorded x) {
            return new EventDocument.ResidentNeedsRecorded(x.adjustments(), x.vulnerabilityNoted(),
                    x.changed() ? Boolean.TRUE : null, by, x.at());
        }
        if (e instanceof CaseEvent.MarkedEnteredInError x) {
            return new EventDocument.MarkedEnteredInError(x.part().name(), x.number(), by, x.at());
        }
        if (e instanceof CaseEvent.RecordAmended x) {
            return new EventDocument.RecordAmended(x.part().name(), x.number(), x.amendment(), by, x.at());
        }
        if (e instanceof CaseEvent.CorrespondenceFiled x) {
            return new EventDocument.CorrespondenceFiled(x.correspondence(), x.decision().number(),
                    x.channel().name(), x.receivedOn(), x.screenBy(), by, x.at());
        }
        if (e instanceof CaseEvent.CorrespondenceScreened x) {
            return new EventDocument.CorrespondenceScreened(x.correspondence(), x.newIssue(), x.safeguardingConcern(),
                    x.late(), by, x.at());
        }
        CaseEvent.ContactRecorded x = (CaseEvent.ContactRecorded) e;
        return new EventDocument.ContactRecorded(x.minutes(), x.channel().name(), by, x.at());
    }

    private static java.util.List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.toList());
    }

    // ---- from the document --------------------------------------------------------------------------------------

    /**
     * The case a current-format document holds, rebuilt through {@link Case#rebuild}; its history is read only when
     * asked for. Older formats are brought to this one first (see {@link StoredJson}).
     */
    static Case fromDocument(CaseDocument d, long version, BiFunction<CaseId, ResidentId, Seq<CaseEvent>> history) {
        if (d.format() != CaseDocument.FORMAT) {
            throw new IllegalStateException("Stored case " + d.id() + " is in format " + d.format()
                    + "; it is read in format " + CaseDocument.FORMAT + " only after upcasting.");
        }
        CaseId id = new CaseId(UUID.fromString(d.id()));
        ResidentId resident = new ResidentId(d.resident());
        return Case.rebuild(id, resident,
                List.ofAll(d.actions()).map(CaseDocuments::action),
                List.ofAll(d.warnings()).map(CaseDocuments::warning),
                List.ofAll(d.decisions()).map(CaseDocuments::decision),
                List.ofAll(d.appeals()).map(CaseDocuments::appeal),
                needs(d.needs()),
                List.ofAll(d.contacts()).map(x -> new ContactMade(x.at(), x.minutes(), Channel.valueOf(x.channel()),
                        new StaffId(x.by()))),
                d.filedCorrespondence() == null ? List.empty()
                        : List.ofAll(d.filedCorrespondence()).map(CaseDocuments::filed),
                version, () -> history.apply(id, resident));
    }

    private static UnacceptableAction action(CaseDocument.Action a) {
        return new UnacceptableAction(new ActionId(a.number()),
                report(a.kind(), a.otherKind(), a.affected(), a.occurredAt(), a.channel(), a.reportedBy(),
                        a.whatHappened(), a.safetyConcern()),
                new StaffId(a.recordedBy()), a.recordedAt(), enteredInError(a.enteredInError()),
                amendmentsRead(a.amendments(), r -> report(r.kind(), r.otherKind(), r.affected(), r.occurredAt(),
                        r.channel(), r.reportedBy(), r.whatHappened(), r.safetyConcern())));
    }

    private static Warning warning(CaseDocument.Warning w) {
        return new Warning(new WarningId(w.number()), List.ofAll(w.actionsReferredTo()).map(ActionId::new),
                w.reasons(), w.whatMustChange(), new StaffId(w.issuedBy()), w.issuedAt(),
                enteredInError(w.enteredInError()),
                amendmentsRead(w.amendments(), x -> new Warning.Wording(x.reasons(), x.whatMustChange())));
    }

    private static Decision decision(CaseDocument.Decision d) {
        CaseDocument.Safeguards s = d.safeguards();
        return new Decision(new DecisionId(d.number()), measures(d.measures()), grounds(d.grounds()), d.reasons(),
                new Safeguards(s.equalityAndVulnerabilityNotes(), List.ofAll(s.teamsConsulted()),
                        List.ofAll(s.teamsInformed()), new StaffId(s.whoInformsResident()),
                        Option.of(s.legalAdvice()).map(l -> new LegalAdviceConsidered(l.needed(), l.notes())),
                        Option.of(s.adjustmentConflictJustification()), Option.of(s.howComplaintsAreStillHeard())),
                staff(d.authorisedBy()), d.authorisedAt(), d.reviewDate(), DecisionStatus.valueOf(d.status()),
                Option.of(d.residentInformed()).map(i -> new ResidentInformed(i.informedAt(),
                        new StaffId(i.informedBy()), InformedHow.valueOf(i.how()))),
                List.ofAll(d.reviews()).map(r -> new Review(ReviewOutcome.valueOf(r.outcome()),
                        measures(r.measuresAfter()), r.reasons(), staff(r.reviewedBy()), r.reviewedAt(),
                        Option.of(r.nextReviewDate()))), Option.of(d.replaces()).map(DecisionId::new),
                enteredInError(d.enteredInError()),
                amendmentsRead(d.amendments(), x -> new Decision.Details(x.reasons(), x.reviewDate(),
                        Option.of(x.howComplaintsAreStillHeard()))),
                d.asAuthorised() == null ? new Decision.AsAuthorised(measures(d.measures()), d.reviewDate())
                        : new Decision.AsAuthorised(measures(d.asAuthorised().measures()),
                                d.asAuthorised().reviewDate()),
                Option.of(d.propertyUprn()).map(Uprn::new), Option.of(d.noticeWithheld()).map(
                        CaseDocuments::noticeWithheld));
    }

    private static Grounds grounds(CaseDocument.Grounds g) {
        Seq<ActionId> actions = List.ofAll(g.actions()).map(ActionId::new);
        return switch (g.type()) {
            case "AFTER_WARNING" -> new Grounds.AfterWarning(new WarningId(g.warning()), actions);
            case "IMMEDIATE_FOR_SAFETY" -> new Grounds.ImmediateForSafety(actions, g.justification());
            default -> throw new IllegalStateException("Unknown grounds " + g.type() + ".");
        };
    }

    private static Appeal appeal(CaseDocument.Appeal a) {
        return new Appeal(new AppealId(a.number()), new DecisionId(a.decision()), a.received(), a.grounds(),
                new StaffId(a.recordedBy()), a.recordedAt(), a.dueBy(), AuthorityLevel.valueOf(a.reviewLevel()),
                Option.of(a.outcome()).map(o -> new AppealDecision(AppealOutcome.valueOf(o.outcome()),
                        measures(o.variedMeasures()), o.reasons(), staff(o.decidedBy()), o.decidedAt())));
    }

    private static StaffMember staff(CaseDocument.Staff m) {
        return new StaffMember(new StaffId(m.id()), m.name(), m.team(), AuthorityLevel.valueOf(m.authority()));
    }

    private static Seq<Measure> measures(java.util.List<CaseDocument.Measure> measures) {
        return List.ofAll(measures).map(CaseDocuments::measure);
    }

    static Measure measure(CaseDocument.Measure m) {
        Measure measure = unscopedMeasure(m);
        if (m.services() == null || !(measure instanceof AppliesToServices scoped)) {
            return measure; // stored before scopes, or for all services
        }
        EnumSet<LandlordService> named = EnumSet.noneOf(LandlordService.class);
        m.services().forEach(s -> named.add(LandlordService.valueOf(s)));
        return scoped.withScope(new ServiceScope.NamedServices(named));
    }

    private static Measure unscopedMeasure(CaseDocument.Measure m) {
        return switch (MeasureKind.valueOf(m.kind())) {
            case SINGLE_POINT_OF_CONTACT -> new ContactStandard.SinglePointOfContact(new StaffId(m.officer()),
                    m.officerName());
            case CONTACT_TIME_ALLOWANCE -> new ContactStandard.ContactTimeAllowance(m.minutes(),
                    ContactStandard.AllowancePeriod.valueOf(m.per()));
            case EXCLUDED_CONTACT_METHODS -> {
                Set<Channel> excluded = EnumSet.noneOf(Channel.class);
                m.excluded().forEach(c -> excluded.add(Channel.valueOf(c)));
                yield new ContactStandard.ExcludedContactMethods(excluded);
            }
            case THIRD_PARTY_CORRESPONDENCE_ONLY -> new ContactStandard.ThirdPartyCorrespondenceOnly(m.text());
            case SOCIAL_MEDIA_REMOVAL_REQUEST -> new ContactStandard.SocialMediaRemovalRequest(m.text());
            case NO_TELEPHONE_CALLS -> new ContactStandard.NoTelephoneCalls();
            case ACCOMPANIED_PERSONAL_CONTACT_ONLY -> new ContactStandard.AccompaniedPersonalContactOnly();
            case EXCLUSION_FROM_PERSONAL_CONTACT -> new ContactStandard.ExclusionFromPersonalContact();
            case OFFICE_BAN -> new ContactStandard.OfficeBan();
            case OTHER_CONTACT_STANDARD -> new ContactStandard.OtherContactStandard(m.text());
            case NO_IMPROVEMENT_APPROVALS -> new ServiceLimit.NoImprovementApprovals();
            case WITHHELD_PLANNED_WORKS -> new ServiceLimit.WithheldPlannedWorks(m.text());
            case HEALTH_AND_SAFETY_REPAIRS_ONLY -> new ServiceLimit.HealthAndSafetyRepairsOnly();
            case NO_RESIDENT_GROUP_ACCESS -> new ServiceLimit.NoResidentGroupAccess();
            case VARIED_SERVICE_TIMESCALES -> new ServiceLimit.VariedServiceTimescales(m.text());
            case NO_COMPLAINTS_PROCESS -> new ServiceLimit.NoComplaintsProcess();
            case OTHER_SERVICE_LIMIT -> new ServiceLimit.OtherServiceLimit(m.text());
            case TENANCY_ACTION -> new TenancyAction(m.text());
            case INFORMING_THE_POLICE -> new InformingThePolice(m.text());
        };
    }

    static CaseEvent event(EventDocument e, CaseId caseId, ResidentId resident) {
        StaffId by = new StaffId(e.by());
        if (e instanceof EventDocument.ActionsRecorded x) {
            return new CaseEvent.ActionsRecorded(caseId, resident, List.ofAll(x.actions()).map(ActionId::new),
                    x.safetyConcerns(), by, x.at());
        }
        if (e instanceof EventDocument.WarningIssued x) {
            return new CaseEvent.WarningIssued(caseId, resident, new WarningId(x.warning()), by, x.at());
        }
        if (e instanceof EventDocument.MeasuresAuthorised x) {
            return new CaseEvent.MeasuresAuthorised(caseId, resident, new DecisionId(x.decision()),
                    List.ofAll(x.measures()).map(MeasureKind::valueOf), AuthorityLevel.valueOf(x.requiredAuthority()),
                    AuthorityLevel.valueOf(x.authorisedAtLevel()), x.authorisedByTeam(), x.immediate(),
                    x.reviewDate(), Option.of(x.replaces()).map(DecisionId::new), by, x.at());
        }
        if (e instanceof EventDocument.ResidentInformedOfDecision x) {
            return new CaseEvent.ResidentInformedOfDecision(caseId, resident, new DecisionId(x.decision()),
                    InformedHow.valueOf(x.how()), new StaffId(x.informedBy()), x.informedAt(), by, x.at());
        }
        if (e instanceof EventDocument.AppealLodged x) {
            return new CaseEvent.AppealLodged(caseId, resident, new AppealId(x.appeal()), new DecisionId(x.decision()),
                    x.received(), x.dueBy(), AuthorityLevel.valueOf(x.reviewLevel()), by, x.at());
        }
        if (e instanceof EventDocument.AppealDecided x) {
            return new CaseEvent.AppealDecided(caseId, resident, new AppealId(x.appeal()),
                    new DecisionId(x.decision()), AppealOutcome.valueOf(x.outcome()), x.late(), by, x.at());
        }
        if (e instanceof EventDocument.RestrictionReviewed x) {
            return new CaseEvent.RestrictionReviewed(caseId, resident, new DecisionId(x.decision()),
                    ReviewOutcome.valueOf(x.outcome()), Option.of(x.nextReview()), by, x.at());
        }
        if (e instanceof EventDocument.RestrictionLifted x) {
            return new CaseEvent.RestrictionLifted(caseId, resident, new DecisionId(x.decision()), by, x.at());
        }
        if (e instanceof EventDocument.RestrictionLapsed x) {
            return new CaseEvent.RestrictionLapsed(caseId, resident, new DecisionId(x.decision()), x.reviewDate(),
                    x.lapsedOn(), by, x.at());
        }
        if (e instanceof EventDocument.NoticeWithheldFromResident x) {
            return new CaseEvent.NoticeWithheldFromResident(caseId, resident, new DecisionId(x.decision()),
                    x.recheckOn(), x.withholding(), x.kept(), by, x.at());
        }
        if (e instanceof EventDocument.NoticeWithheldEnded x) {
            return new CaseEvent.NoticeWithheldEnded(caseId, resident, new DecisionId(x.decision()), by, x.at());
        }
        if (e instanceof EventDocument.ResidentNeedsRecorded x) {
            return new CaseEvent.ResidentNeedsRecorded(caseId, resident, x.adjustments(), x.vulnerabilityNoted(),
                    Boolean.TRUE.equals(x.changed()), by, x.at());
        }
        if (e instanceof EventDocument.RecordAmended x) {
            return new CaseEvent.RecordAmended(caseId, resident, EnteredInError.Part.valueOf(x.part()), x.number(),
                    x.amendment(), by, x.at());
        }
        if (e instanceof EventDocument.MarkedEnteredInError x) {
            return new CaseEvent.MarkedEnteredInError(caseId, resident, EnteredInError.Part.valueOf(x.part()),
                    x.number(), by, x.at());
        }
        if (e instanceof EventDocument.CorrespondenceFiled x) {
            return new CaseEvent.CorrespondenceFiled(caseId, resident, x.correspondence(),
                    new DecisionId(x.decision()), Channel.valueOf(x.channel()), x.receivedOn(), x.screenBy(), by,
                    x.at());
        }
        if (e instanceof EventDocument.CorrespondenceScreened x) {
            return new CaseEvent.CorrespondenceScreened(caseId, resident, x.correspondence(), x.newIssue(),
                    x.safeguardingConcern(), x.late(), by, x.at());
        }
        EventDocument.ContactRecorded x = (EventDocument.ContactRecorded) e;
        return new CaseEvent.ContactRecorded(caseId, resident, x.minutes(), Channel.valueOf(x.channel()), by, x.at());
    }
}
