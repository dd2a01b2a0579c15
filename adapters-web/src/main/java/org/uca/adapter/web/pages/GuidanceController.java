package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;
import static org.uca.adapter.web.http.Outcomes.refusedIfInvalid;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.uca.adapter.web.http.Failures;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.input.ServiceParam;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.FormView;
import org.uca.adapter.web.view.GuidanceLines;
import org.uca.adapter.web.view.GuidancePage;
import org.uca.adapter.web.view.Link;
import org.uca.adapter.web.view.PageFrame;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.GuidancePageQuery;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.RecordContactUseCase;
import org.uca.application.port.in.Task;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.people.ResidentId;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.Refusal;

/** A resident's contact guidance — what staff may and may not do now — and recording contact time against it. */
public final class GuidanceController {

    private final PageWriter pages;
    private final RoleBeforeInput roleFirst;
    private final CommandInput input;
    private final GuidancePageQuery guidancePage;
    private final RecordContactUseCase recordContact;
    private final ChangesSince changes;

    GuidanceController(PageWriter pages, RoleBeforeInput roleFirst, CommandInput input,
            GuidancePageQuery guidancePage, RecordContactUseCase recordContact,
            ChangesSince changes) {
        this.pages = pages;
        this.roleFirst = roleFirst;
        this.input = input;
        this.guidancePage = guidancePage;
        this.recordContact = recordContact;
        this.changes = changes;
    }

    public void register(RouteTable routes) {
        routes.get("/residents/{resident}", ctx -> guidance(ctx, Form.fresh()));
        routes.post(roleFirst.attempt("/residents/{resident}/contact", Task.RECORD_CONTACT), this::recordContact);
    }

    private void guidance(Context ctx, Form contactForm) {
        ResidentId id = PathParams.residentId(ctx);
        Option<LandlordService> service = orFail(refusedIfInvalid(ServiceParam.of(ctx.queryParam("service"))));
        GuidancePageQuery.GuidancePage shown = orFail(guidancePage.guidancePage(RequestSessions.me(ctx), id,
                GuidancePageQuery.Shown.PAGE, service));
        ContactGuidance g = shown.guidanceNow();
        List<Link> actions = new ArrayList<>();
        if (OfferedTasks.offered(ctx, Task.RECORD_ACTIONS)) {
            actions.add(new Link("Record an unacceptable action", Addresses.residentHref(id) + "/record-action"));
        }
        if (OfferedTasks.offered(ctx, Task.RECORD_NEEDS)) {
            actions.add(new Link("Record reasonable adjustments", Addresses.residentHref(id) + "/adjustments"));
        }
        if (OfferedTasks.offered(ctx, Task.EXPORT_SUBJECT_ACCESS)) {
            actions.add(new Link("Export everything held (subject access request)", Addresses.residentHref(id)
                    + "/subject-access"));
        }
        FormView contact = null;
        if (OfferedTasks.offered(ctx, Task.RECORD_CONTACT) && g.timeAllowance().isDefined()) {
            contact = contactForm
                    .number("minutes", "Minutes of contact", "Counted against the contact time allowance", "")
                    .radios("channel", "How was the contact made?", "", Choices.of(Channel.values(), Channel::label),
                            Channel.PHONE.name())
                    .caseVersion(shown.caseVersion())
                    .view(null, "Record contact time", null, Addresses.residentHref(id) + "/contact",
                            "Record contact", null);
        }
        PageFrame frame = pages.frame(ctx, "Contact guidance: " + shown.resident().name());
        if (!contactForm.summary().isEmpty()) {
            frame = frame.withErrors(contactForm.summary());
        }
        var allowance = g.timeAllowance();
        pages.render(ctx, "guidance.jte", new GuidancePage(frame, shown.resident().name(), id.value(),
                shown.resident().address(), g.restricted(), GuidanceLines.allowed(g), GuidanceLines.notAllowed(g),
                g.singlePointOfContact().map(ContactGuidance.SinglePointOfContact::name).getOrNull(),
                allowance.map(GuidanceLines::allowance).getOrNull(),
                allowance.exists(ContactGuidance.TimeAllowance::usedUp),
                g.nextReview().map(UkDates::date).getOrNull(), g.reviewOverdue(),
                shown.caseId().map(Addresses::caseHref).getOrNull(), actions, contact,
                service.map(Enum::name).getOrElse(""), Choices.of(LandlordService.values(), LandlordService::title)));
    }

    private void recordContact(Context ctx) {
        FormParams given = new FormParams(ctx.formParamMap());
        ResidentId resident = PathParams.residentId(ctx);
        Either<Failure, ContactGuidance> result = refusedIfInvalid(
                Form.seenAt(input.recordContact(RequestSessions.me(ctx), resident, given), ctx, Task.RECORD_CONTACT))
                .flatMap(recordContact::recordContact);
        if (result.isRight()) {
            String left = result.get().timeAllowance().map(t -> " " + GuidanceLines.allowance(t) + ".").getOrElse("");
            pages.done(ctx, "Contact time recorded." + left, Addresses.residentHref(resident));
            return;
        }
        if (result.getLeft() instanceof Failure.Refused refused) {
            roleFirst.refuseUnlessOffered(ctx, Task.RECORD_CONTACT);
            roleFirst.inputRefused(ctx, Task.RECORD_CONTACT, refused.refusal());
            ctx.status(422);
            guidance(ctx, Form.submitted(given, refused.refusal()));
            return;
        }
        if (result.getLeft() instanceof Failure.Stale stale) {
            ctx.status(409);
            guidance(ctx, Form.stale(given, stale, changes.lines(stale.changedSince())));
            return;
        }
        if (result.getLeft() instanceof Failure.Conflict conflict) {
            ctx.status(409);
            guidance(ctx, Form.notSaved(given, conflict.message()));
            return;
        }
        throw Failures.problem(result.getLeft());
    }
}
