package org.uca.application.service;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.LapseRestrictionsUseCase;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.CaseQueries.ReviewDue;
import org.uca.application.port.out.ConcurrentChange;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.Notifications.Audience;
import org.uca.application.port.out.Notifications.Notification;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.CaseUpdate;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.LapseRule;
import org.uca.domain.measures.Measure;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.UkTime;

/**
 * Lapses the restrictions not reviewed in time, each in its own unit of work: found by the review queue's query,
 * checked against the domain's rule, saved with its audit entry, letter, notifications and webhook.
 */
final class LapseService implements LapseRestrictionsUseCase {

    static final String TASK = "lapse a restriction not reviewed in time";

    private final Ports ports;
    private final LetterWriter letters;
    private final ServiceDevelopmentTeam serviceDevelopmentTeam;
    private final LandlordSystems landlordSystems;

    LapseService(Ports ports, LetterWriter letters, ServiceDevelopmentTeam serviceDevelopmentTeam,
            LandlordSystems landlordSystems) {
        this.ports = ports;
        this.letters = letters;
        this.serviceDevelopmentTeam = serviceDevelopmentTeam;
        this.landlordSystems = landlordSystems;
    }

    @Override
    public Either<Failure, Lapsed> lapseRestrictions(int graceWorkingDays) {
        if (graceWorkingDays < 0) {
            return Either.left(new Failure.Refused(Refusal.of("graceWorkingDays",
                    "The grace period is a number of working days: 0 or more.")));
        }
        LapseRule rule = new LapseRule(graceWorkingDays, ports.workingDays());
        Instant now = ports.clock().now();
        LocalDate dueBy = rule.reviewDatesLapsedBy(UkTime.dateOf(now));
        Seq<ReviewDue> due;
        try {
            due = ports.unitOfWork().readOnly(() -> ports.caseQueries().reviewsDueBy(dueBy));
        } catch (StorageUnavailable e) {
            return Either.left(new Failure.Unavailable("The case store cannot be reached just now; no restriction"
                    + " lapsed. It runs again on its next turn."));
        }
        int lapsed = 0;
        int notYet = 0;
        for (ReviewDue review : due) {
            try {
                if (ports.unitOfWork().inTransaction(() -> lapse(review, rule, now))) {
                    lapsed++;
                }
            } catch (ConcurrentChange | StorageUnavailable e) {
                notYet++; // changed (perhaps reviewed) at the same time, or the store went away: the next run sees
            }
        }
        int done = lapsed;
        int left = notYet;
        try {
            ports.unitOfWork().inTransaction(() -> {
                ports.audit().append(new AuditLog.Entry(now, LapseRule.UCA, "lapse the restrictions not reviewed in"
                        + " time", Option.none(), AuditLog.Outcome.ACCEPTED, done + " restriction"
                        + (done == 1 ? "" : "s") + " with a review date on or before " + dueBy + " and no review"
                        + " since lapsed" + (left == 0 ? "." : "; " + left + " left for the next run.")));
                return null;
            });
        } catch (StorageUnavailable e) {
            return Either.left(new Failure.Unavailable("The case store went away while restrictions lapsed; "
                    + done + " lapsed. It runs again on its next turn."));
        }
        return Either.right(new Lapsed(dueBy, lapsed, notYet));
    }

    /** Lapses the one decision, if the domain's rule says it lapses now; the caller's unit of work. */
    private boolean lapse(ReviewDue review, LapseRule rule, Instant now) {
        Option<Case> found = ports.cases().find(review.caseId());
        if (found.isEmpty()) {
            return false;
        }
        Case before = found.get();
        Either<Refusal, CaseUpdate> changed = before.lapse(review.decision(), rule, now);
        if (changed.isLeft()) {
            return false; // reviewed, ended, or still in its grace period: nothing to do
        }
        CaseUpdate update = changed.get();
        CaseEvent.RestrictionLapsed event = (CaseEvent.RestrictionLapsed) update.event();
        ports.cases().save(update.after(), before.version());
        ports.audit().append(new AuditLog.Entry(now, LapseRule.UCA, TASK, Option.some(before.id()),
                AuditLog.Outcome.ACCEPTED, event.summary()));
        Decision decision = update.after().decision(event.decision()).get();
        landlordSystems.lapsed(event, decision);
        serviceDevelopmentTeam.lapsed(event, decision);
        tellTheAuthoriser(event, decision);
        Letter letter = letters.lapsed(update.after(), Residents.of(ports, update.after()), decision,
                event.lapsedOn());
        ports.letters().issue(letter);
        return true;
    }

    /** The authoriser hears through their team's address, with the teams informed of the decision. */
    private void tellTheAuthoriser(CaseEvent.RestrictionLapsed event, Decision decision) {
        Seq<String> teams = decision.safeguards().teamsInformed().prepend(decision.authorisedBy().team())
                .filter(t -> !t.isBlank()).distinctBy(t -> t.strip().toLowerCase(java.util.Locale.ROOT));
        ports.notifications().send(new Notification(Audience.TEAMS_INFORMED, teams, "Restriction lapsed for"
                + " resident " + event.resident(), "For " + decision.authorisedBy().name() + ", who authorised it:"
                + " decision " + decision.id() + " (" + decision.measures().map(Measure::kind)
                        .map(MeasureKind::label).mkString(", ") + ") was not reviewed by " + event.reviewDate()
                + " or in the grace period after it, so it lapsed on " + event.lapsedOn() + " and no longer applies."
                + (decision.noticeIsWithheld() ? " Notice of it is withheld from the resident, so no letter is sent"
                        + " to them until an Assistant Director or above ends the withholding."
                        : " The resident has been sent a letter.")
                + " If restrictions are still needed, a new decision is needed.",
                event));
    }
}
