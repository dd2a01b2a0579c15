package org.uca.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.uca.application.port.in.AccessPolicy;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.MyWorkQuery;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.WorkQueuesQuery;
import org.uca.application.port.out.Page;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ReadModelSource.CaseStatus;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.cases.NoticeWithheld;
import org.uca.domain.cases.WhoMayAct;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.UkTime;

/**
 * My work: the appeals and reviews waiting, split by whether the asker may act on them (the domain's own rule,
 * {@link WhoMayAct}, on the authoriser and level each row carries), and my cases; each list one read with the
 * residents' names in it.
 */
final class MyWorkService implements MyWorkQuery {

    private final CaseCommands commands;
    private final Ports ports;

    MyWorkService(CaseCommands commands, Ports ports) {
        this.commands = commands;
        this.ports = ports;
    }

    @Override
    public Either<Failure, MyWork> myWork(StaffId askedBy, int page, int size) {
        io.vavr.collection.List<Refusal.Problem> problems = io.vavr.collection.List.empty();
        if (page < 1) {
            problems = problems.append(new Refusal.Problem("page", "The page is a whole number from 1."));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems = problems.append(new Refusal.Problem("size", "The page size is a whole number from 1 to "
                    + MAX_PAGE_SIZE + "."));
        }
        if (!problems.isEmpty()) {
            return Either.left(new Failure.Refused(new Refusal(problems)));
        }
        // Of each list one more than the page holds, to know whether there is a next page without counting them all.
        long offset = Page.offset(page, size);
        return commands.readAs(Task.SEE_WORK_QUEUES, askedBy, Option.none(), (who, role) -> {
            LocalDate today = UkTime.dateOf(ports.clock().now());
            WorkingDays workingDays = ports.workingDays();
            var appeals = ports.readModels()
                    .appealsDueBy(workingDays.addWorkingDays(today, APPEALS_WITHIN_WORKING_DAYS), offset, size + 1)
                    .map(row -> {
                        var a = row.row();
                        boolean overdue = a.dueBy().isBefore(today);
                        boolean mine = AccessPolicy.allows(role, Task.DECIDE_APPEAL)
                                && WhoMayAct.mayDecideAppeal(who, a.reviewLevel(), a.decidedBy());
                        return new AppealWaiting(a, nameOf(a.resident(), row.residentName()), overdue,
                                workingDays.workingDaysLeft(today, a.dueBy()),
                                mine ? Option.none() : Option.some(WhoMayAct.appealReviewer(a.reviewLevel())));
                    })
                    .sortBy(a -> a.appeal().dueBy());
            var reviews = ports.readModels().reviewsDueBy(today.plusDays(REVIEWS_WITHIN_DAYS), offset, size + 1)
                    .map(row -> {
                        var r = row.row();
                        boolean mine = AccessPolicy.allows(role, Task.REVIEW_RESTRICTION)
                                && WhoMayAct.mayReview(who, r.requiredAuthority());
                        return new ReviewWaiting(r, nameOf(r.resident(), row.residentName()),
                                r.reviewDate().isBefore(today),
                                mine ? Option.none()
                                        : Option.some(WhoMayAct.restrictionReviewer(r.requiredAuthority())));
                    })
                    .sortBy(r -> r.review().reviewDate());
            var correspondence = ports.readModels().correspondenceToScreen(offset, size + 1)
                    .map(row -> new CorrespondenceWaiting(row.row(), nameOf(row.row().resident(), row.residentName()),
                            row.row().screenBy().isBefore(today),
                            workingDays.workingDaysLeft(today, row.row().screenBy())));
            // only those who sign off withholding notice re-check it; no one else is asked, nor told of it here
            var notices = AccessPolicy.allows(role, Task.WITHHOLD_NOTICE)
                    && who.mayAuthorise(NoticeWithheld.SIGNED_OFF_BY)
                    ? ports.readModels().noticesWithheldToRecheckBy(today, offset, size + 1)
                            .map(row -> new WorkQueuesQuery.NoticeToRecheck(row.row(),
                                    nameOf(row.row().resident(), row.residentName()),
                                    row.row().recheckOn().isBefore(today)))
                    : io.vavr.collection.List.<WorkQueuesQuery.NoticeToRecheck>empty();
            var mine = ports.readModels().casesInvolving(askedBy, offset, size + 1)
                    .map(c -> myCase(c, today));
            var appealsShown = appeals.take(size);
            var reviewsShown = reviews.take(size);
            return Either.right(new MyWork(appealsShown.filter(a -> a.waitsOn().isEmpty()),
                    reviewsShown.filter(r -> r.waitsOn().isEmpty()), appealsShown.filter(a -> a.waitsOn().isDefined()),
                    reviewsShown.filter(r -> r.waitsOn().isDefined()), mine.take(size), correspondence.take(size),
                    notices.take(size), page, size, appeals.size() > size, reviews.size() > size, mine.size() > size,
                    correspondence.size() > size, notices.size() > size));
        });
    }

    private static MyCase myCase(CaseStatus c, LocalDate today) {
        return new MyCase(c.caseId(), c.resident(), nameOf(c.resident(), c.residentName()),
                c.restrictionsInForce() > 0, c.nextReview(), c.nextReview().exists(d -> d.isBefore(today)));
    }

    private static String nameOf(ResidentId resident, Option<String> name) {
        return name.getOrElse(() -> Residents.missing(resident).name());
    }
}
