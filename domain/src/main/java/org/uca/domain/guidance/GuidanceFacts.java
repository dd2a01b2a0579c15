package org.uca.domain.guidance;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.TreeMap;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.ContactMade;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.ReasonableAdjustment;
import org.uca.domain.measures.AppliesToServices;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.ResidentId;
import org.uca.domain.shared.UkTime;

/**
 * The part of a case that contact guidance is worked out from: the decisions in force (their measures and review
 * dates) and the contact time that can still count against an allowance. Guidance itself depends on the day it is
 * asked (review dates fall due, allowances start again each week or month), so these facts are what a store may
 * keep beside a case, and {@link ContactGuidance#from} answers from them at any later moment exactly as
 * {@link ContactGuidance#forCase} would from the whole case.
 *
 * @param inForce  the decisions in force, in the case's order
 * @param adjustments the reasonable adjustments recorded for the resident, which staff make whatever is in force
 * @param contactTime the minutes of contact on each day (UK dates) that can still count against a contact time
 *                    allowance in force, oldest first: none when no allowance is in force, else each day with
 *                    contact since the start of the week or month of the day before the latest contact (at most 38
 *                    days, however
 *                    many contacts there were)
 */
@ValueObject
public record GuidanceFacts(ResidentId resident, Seq<InForce> inForce, Seq<ContactDay> contactTime,
        Seq<ReasonableAdjustment> adjustments) {

    public GuidanceFacts {
        Objects.requireNonNull(resident, "resident");
        Objects.requireNonNull(inForce, "inForce");
        Objects.requireNonNull(contactTime, "contactTime");
        Objects.requireNonNull(adjustments, "adjustments");
    }

    /** A decision in force, as far as guidance needs it: which decision, its review date and its measures. */
    @ValueObject
    public record InForce(DecisionId decision, LocalDate reviewDate, Seq<Measure> measures) {
        public InForce {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(reviewDate, "reviewDate");
            Objects.requireNonNull(measures, "measures");
        }
    }

    /**
     * The facts as they bear on one service: only the measures that apply to it (a measure with no scope, such as
     * tenancy action, applies whatever the service), and only the decisions with such a measure left. There is
     * "no blanket approach" (LGSCO): a restriction on repairs says nothing about contact on rent.
     */
    public GuidanceFacts forService(LandlordService service) {
        Seq<InForce> applying = inForce
                .map(d -> new InForce(d.decision(), d.reviewDate(),
                        d.measures().filter(m -> AppliesToServices.appliesTo(m, service))))
                .filter(d -> !d.measures().isEmpty());
        return new GuidanceFacts(resident, applying, contactTime, adjustments);
    }

    /** The minutes of contact on one day, counted against a contact time allowance. */
    @ValueObject
    public record ContactDay(LocalDate day, int minutes) {
        public ContactDay {
            Objects.requireNonNull(day, "day");
        }
    }

    /**
     * The case's guidance facts. Contact time is kept from the earlier of the Monday and the first of the month of
     * the day before the latest contact: guidance is not asked before then (the day before allows for a clock a
     * little behind the one that recorded it), and from then on no allowance period can start earlier.
     */
    public static GuidanceFacts of(Case c) {
        List<InForce> inForce = List.empty();
        boolean allowance = false;
        for (Decision decision : c.decisions()) {
            if (decision.inForce()) {
                inForce = inForce.append(new InForce(decision.id(), decision.reviewDate(), decision.measures()));
                allowance = allowance
                        || decision.measures().exists(m -> m instanceof ContactStandard.ContactTimeAllowance);
            }
        }
        Seq<ReasonableAdjustment> adjustments = c.needs().adjustments();
        if (!allowance || c.contacts().isEmpty()) {
            return new GuidanceFacts(c.resident(), inForce, List.empty(), adjustments);
        }
        // A day earlier than the latest contact: a process whose clock runs slightly behind the one that recorded it
        // may ask on the day before, and must count what an allowance period starting then would.
        LocalDate latest = c.contacts().map(contact -> UkTime.dateOf(contact.at())).max().get().minusDays(1);
        LocalDate monday = latest.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = latest.withDayOfMonth(1);
        LocalDate from = monday.isBefore(first) ? monday : first;
        TreeMap<LocalDate, Integer> minutes = new TreeMap<>();
        for (ContactMade contact : c.contacts()) {
            LocalDate day = UkTime.dateOf(contact.at());
            if (!day.isBefore(from)) {
                minutes.merge(day, contact.minutes(), Integer::sum);
            }
        }
        return new GuidanceFacts(c.resident(), inForce,
                List.ofAll(minutes.entrySet()).map(e -> new ContactDay(e.getKey(), e.getValue())), adjustments);
    }
}
