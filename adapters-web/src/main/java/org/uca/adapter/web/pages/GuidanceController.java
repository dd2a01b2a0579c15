package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;
import static org.uca.adapter.web.http.Outcomes.refusedIfInvalid;

import io.javalin.http.Context;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.uca.adapter.web.http.Failures;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.FormView;
import org.uca.adapter.web.view.GuidancePage;
import org.uca.adapter.web.view.Link;
import org.uca.adapter.web.view.PageFrame;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.GuidancePageQuery;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.RecordContactUseCase;
import org.uca.application.port.in.Task;
import org.uca.domain.guidance.ContactGuidance;
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

    GuidanceController(PageWriter pages, RoleBeforeInput roleFirst, CommandInput input,
            GuidancePageQuery guidancePage, RecordContactUseCase recordContact) {
        this.pages = pages;
        this.roleFirst = roleFirst;
        this.input = input;
        this.guidancePage = guidancePage;
        this.recordContact = recordContact;
    }

    public void register(RouteTable routes) {
        routes.get("/residents/{resident}", ctx -> guidance(ctx, null, null));
        routes.post("/residents/{resident}/contact", this::recordContact);
    }

    private void guidance(Context ctx, FormParams contactInput, Refusal contactRefusal) {
        ResidentId id = PathParams.residentId(ctx);
        GuidancePageQuery.GuidancePage shown = orFail(guidancePage.guidancePage(RequestSessions.me(ctx), id));
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
        Form contactForm = contactInput == null ? Form.fresh() : Form.submitted(contactInput, contactRefusal);
        if (OfferedTasks.offered(ctx, Task.RECORD_CONTACT) && g.timeAllowance().isDefined()) {
            contact = contactForm
                    .number("minutes", "Minutes of contact", "Counted against the contact time allowance", "")
                    .radios("channel", "How was the contact made?", "", Choices.of(Channel.values(), Channel::label),
                            Channel.PHONE.name())
                    .view(null, "Record contact time", null, Addresses.residentHref(id) + "/contact",
                            "Record contact", null);
        }
        PageFrame frame = pages.frame(ctx, "Contact guidance: " + shown.resident().name());
        if (contactRefusal != null) {
            frame = frame.withErrors(contactForm.summary());
        }
        var allowance = g.timeAllowance();
        pages.render(ctx, "guidance.jte", new GuidancePage(frame, shown.resident().name(), id.value(),
                shown.resident().address(), g.restricted(), allowed(g), notAllowed(g),
                g.singlePointOfContact().map(ContactGuidance.SinglePointOfContact::name).getOrNull(),
                allowance.map(t -> t.minutesLeft() + " of " + t.minutesAllowed() + " minutes left this "
                        + t.per().label()).getOrNull(),
                allowance.exists(ContactGuidance.TimeAllowance::usedUp),
                g.nextReview().map(UkDates::date).getOrNull(), g.reviewOverdue(),
                shown.caseId().map(Addresses::caseHref).getOrNull(), actions, contact));
    }

    private static List<String> allowed(ContactGuidance g) {
        List<String> allowed = new ArrayList<>();
        if (!g.restricted()) {
            allowed.add("Help the resident as usual, by any method of contact");
            return allowed;
        }
        allowed.add("Accept contact by " + g.allowedChannels().stream().sorted().map(Channel::label)
                .reduce((a, b) -> a + ", " + b).orElse("no method"));
        g.singlePointOfContact().forEach(s -> allowed.add("Pass every enquiry to " + s.name()
                + ", the single point of contact"));
        g.thirdParty().forEach(t -> allowed.add("Correspond only through " + t));
        if (g.accompaniedOnly()) {
            allowed.add("Meet the resident only when a colleague is with you");
        }
        g.timeAllowance().forEach(t -> allowed.add("Spend up to " + t.minutesAllowed() + " minutes each "
                + t.per().label() + " in contact (" + t.minutesLeft() + " left)"));
        return allowed;
    }

    private static List<String> notAllowed(ContactGuidance g) {
        List<String> notAllowed = new ArrayList<>();
        if (!g.restricted()) {
            return notAllowed;
        }
        Set<Channel> blocked = EnumSet.allOf(Channel.class);
        blocked.removeAll(g.allowedChannels());
        blocked.stream().sorted().forEach(c -> notAllowed.add("Accept contact by " + c.label()));
        if (g.excludedFromPersonalContact()) {
            notAllowed.add("Have personal contact with the resident (except emergency repairs and necessary"
                    + " planned works)");
        }
        if (g.officeBan()) {
            notAllowed.add("Let the resident into our offices");
        }
        if (!g.complaintsProcessOpen()) {
            notAllowed.add("Take a complaint through our complaints process (the Housing Ombudsman remains open)");
        }
        g.limitedServices().forEach(s -> notAllowed.add("Service limited: " + s));
        if (g.tenancyActionInProgress()) {
            notAllowed.add("Discuss the tenancy action: refer the resident to the case's manager");
        }
        if (g.policeInformed()) {
            notAllowed.add("Ignore any incident: the police have been informed; report new incidents");
        }
        g.otherContactStandards().forEach(m -> notAllowed.add("Also in force: " + m));
        return notAllowed;
    }

    private void recordContact(Context ctx) {
        FormParams given = new FormParams(ctx.formParamMap());
        ResidentId resident = PathParams.residentId(ctx);
        Either<Failure, ContactGuidance> result = refusedIfInvalid(
                input.recordContact(RequestSessions.me(ctx), resident, given))
                .flatMap(recordContact::recordContact);
        if (result.isRight()) {
            String left = result.get().timeAllowance().map(t -> " " + t.minutesLeft() + " minutes left this "
                    + t.per().label() + ".").getOrElse("");
            pages.done(ctx, "Contact time recorded." + left, Addresses.residentHref(resident));
            return;
        }
        if (result.getLeft() instanceof Failure.Refused refused) {
            roleFirst.refuseUnlessOffered(ctx, Task.RECORD_CONTACT);
            ctx.status(422);
            guidance(ctx, given, refused.refusal());
            return;
        }
        throw Failures.problem(result.getLeft());
    }
}
