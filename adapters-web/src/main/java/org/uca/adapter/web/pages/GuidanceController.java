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
import org.uca.domain.cases.DecisionId;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.InformingThePolice;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.measures.ServiceLimit;
import org.uca.domain.measures.TenancyAction;
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
                shown.resident().address(), g.restricted(), allowed(g), notAllowed(g),
                g.singlePointOfContact().map(ContactGuidance.SinglePointOfContact::name).getOrNull(),
                allowance.map(GuidanceController::allowance).getOrNull(),
                allowance.exists(ContactGuidance.TimeAllowance::usedUp),
                g.nextReview().map(UkDates::date).getOrNull(), g.reviewOverdue(),
                shown.caseId().map(Addresses::caseHref).getOrNull(), actions, contact));
    }

    private static List<String> allowed(ContactGuidance g) {
        List<String> allowed = new ArrayList<>();
        if (!g.restricted()) {
            allowed.add("Help the resident as usual, by any method of contact");
            adjustments(g, allowed);
            return allowed;
        }
        allowed.add("Accept contact by " + g.allowedChannels().stream().sorted().map(Channel::label)
                .reduce((a, b) -> a + ", " + b).orElse("no method") + from(g, MeasureKind.EXCLUDED_CONTACT_METHODS,
                MeasureKind.NO_TELEPHONE_CALLS, MeasureKind.EXCLUSION_FROM_PERSONAL_CONTACT));
        g.singlePointOfContact().forEach(s -> allowed.add("Pass every enquiry to " + s.name()
                + ", the single point of contact" + from(g, MeasureKind.SINGLE_POINT_OF_CONTACT)));
        g.thirdParty().forEach(t -> allowed.add("Correspond only through " + t
                + from(g, MeasureKind.THIRD_PARTY_CORRESPONDENCE_ONLY)));
        if (g.accompaniedOnly()) {
            allowed.add("Meet the resident only when a colleague is with you"
                    + from(g, MeasureKind.ACCOMPANIED_PERSONAL_CONTACT_ONLY));
        }
        g.timeAllowance().forEach(t -> allowed.add("Spend up to " + t.minutesAllowed() + " minutes each "
                + t.per().label() + " in contact (" + allowance(t) + ")" + from(g, MeasureKind.CONTACT_TIME_ALLOWANCE)));
        adjustments(g, allowed);
        return allowed;
    }

    /** Reasonable adjustments are made whatever is in force (Equality Act 2010). */
    private static void adjustments(ContactGuidance g, List<String> allowed) {
        g.adjustments().forEach(a -> allowed.add("Make the reasonable adjustment: " + a.kind().label()
                + (a.notes().isBlank() ? "" : " (" + a.notes() + ")")));
    }

    /** What is left of a time allowance, or by how much it was exceeded: never "0 left" when more was used. */
    static String allowance(ContactGuidance.TimeAllowance t) {
        if (t.exceeded()) {
            return t.minutesUsed() + " of " + t.minutesAllowed() + " minutes used this " + t.per().label()
                    + " — allowance exceeded";
        }
        return t.minutesLeft() + " of " + t.minutesAllowed() + " minutes left this " + t.per().label();
    }

    /** Which decisions a line of guidance comes from, as the line's end: " (decision 1)". */
    private static String from(ContactGuidance g, MeasureKind... kinds) {
        return from(g.from(kinds));
    }

    private static String from(io.vavr.collection.Seq<DecisionId> decisions) {
        if (decisions.isEmpty()) {
            return "";
        }
        String numbers = decisions.map(DecisionId::toString).mkString(", ");
        int last = numbers.lastIndexOf(", ");
        return decisions.size() == 1 ? " (decision " + numbers + ")"
                : " (decisions " + numbers.substring(0, last) + " and " + numbers.substring(last + 2) + ")";
    }

    private static List<String> notAllowed(ContactGuidance g) {
        List<String> notAllowed = new ArrayList<>();
        if (!g.restricted()) {
            return notAllowed;
        }
        Set<Channel> blocked = EnumSet.allOf(Channel.class);
        blocked.removeAll(g.allowedChannels());
        blocked.stream().sorted().forEach(c -> notAllowed.add("Accept contact by " + c.label() + from(g.closing(c))));
        if (g.excludedFromPersonalContact()) {
            notAllowed.add("Have personal contact with the resident (except emergency repairs and necessary"
                    + " planned works)" + from(g, MeasureKind.EXCLUSION_FROM_PERSONAL_CONTACT));
        }
        if (g.officeBan()) {
            notAllowed.add("Let the resident into our offices" + from(g, MeasureKind.OFFICE_BAN));
        }
        for (ContactGuidance.InForce m : g.inForce()) {
            if (m.measure() instanceof ServiceLimit.NoComplaintsProcess) {
                notAllowed.add("Take a complaint through our complaints process (the Housing Ombudsman remains"
                        + " open)" + from(m.from()));
            } else if (m.measure() instanceof ServiceLimit) {
                notAllowed.add("Service limited: " + m.measure().inPlainEnglish() + from(m.from()));
            } else if (m.measure() instanceof TenancyAction) {
                notAllowed.add("Discuss the tenancy action: refer the resident to the case's manager"
                        + from(m.from()));
            } else if (m.measure() instanceof InformingThePolice) {
                notAllowed.add("Ignore any incident: the police have been informed; report new incidents"
                        + from(m.from()));
            } else if (m.measure() instanceof ContactStandard.OtherContactStandard
                    || m.measure() instanceof ContactStandard.SocialMediaRemovalRequest) {
                notAllowed.add("Also in force: " + m.measure().inPlainEnglish() + from(m.from()));
            }
        }
        return notAllowed;
    }

    private void recordContact(Context ctx) {
        FormParams given = new FormParams(ctx.formParamMap());
        ResidentId resident = PathParams.residentId(ctx);
        Either<Failure, ContactGuidance> result = refusedIfInvalid(
                Form.seenAt(input.recordContact(RequestSessions.me(ctx), resident, given), ctx, Task.RECORD_CONTACT))
                .flatMap(recordContact::recordContact);
        if (result.isRight()) {
            String left = result.get().timeAllowance().map(t -> " " + allowance(t) + ".").getOrElse("");
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
