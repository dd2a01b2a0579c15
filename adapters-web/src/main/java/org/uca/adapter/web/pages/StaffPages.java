package org.uca.adapter.web.pages;

import io.javalin.http.Context;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.uca.adapter.web.Failures;
import org.uca.adapter.web.HttpProblem;
import org.uca.adapter.web.Routes;
import org.uca.adapter.web.Web;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.input.MeasureInput;
import org.uca.adapter.web.security.Permission;
import org.uca.adapter.web.view.Chrome;
import org.uca.adapter.web.view.FormView;
import org.uca.adapter.web.view.FormView.Choice;
import org.uca.adapter.web.view.Pages;
import org.uca.adapter.web.view.Pages.Link;
import org.uca.adapter.web.view.Show;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.FindResidentsQuery;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.in.ViewCaseQuery.CaseView;
import org.uca.application.port.in.WorkQueuesQuery;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.MonitoringReport;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.ActionKind;
import org.uca.domain.cases.AdjustmentKind;
import org.uca.domain.cases.AffectedParty;
import org.uca.domain.cases.Appeal;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.Grounds;
import org.uca.domain.cases.InformedHow;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.cases.WarningId;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.UkTime;

/** The staff pages: my work, residents and their contact guidance, cases and every form that changes one. */
public final class StaffPages {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Web web;

    public StaffPages(Web web) {
        this.web = web;
    }

    /** What a successful submission says, and where the browser goes next. */
    private record Done(String message, String location) {
    }

    /** A form page: how to show it (fresh or with the input kept), and how to submit it. */
    private record FormSpec(String title, BiFunction<Context, Form, FormView> view,
            Function<Context, Either<Failure, Done>> submit) {
    }

    public void register(Routes routes) {
        routes.get("/", this::home);
        routes.get("/residents", this::findResidents);
        routes.get("/residents/{resident}", ctx -> guidance(ctx, null, null));
        routes.post("/residents/{resident}/contact", this::recordContact);
        form(routes, "/residents/{resident}/record-action", Permission.RECORD_ACTIONS, recordAction());
        form(routes, "/residents/{resident}/adjustments", Permission.RECORD_ADJUSTMENTS, adjustments());
        routes.get("/cases/{case}", this::casePage);
        form(routes, "/cases/{case}/warning", Permission.ISSUE_WARNING, warning());
        form(routes, "/cases/{case}/authorise", Permission.AUTHORISE_MEASURES, authorise());
        form(routes, "/cases/{case}/decisions/{decision}/informed", Permission.RECORD_RESIDENT_INFORMED, informed());
        form(routes, "/cases/{case}/decisions/{decision}/appeal", Permission.LODGE_APPEAL, lodgeAppeal());
        form(routes, "/cases/{case}/appeals/{appeal}/decide", Permission.DECIDE_APPEAL, decideAppeal());
        form(routes, "/cases/{case}/decisions/{decision}/review", Permission.REVIEW_RESTRICTION, review());
        form(routes, "/cases/{case}/decisions/{decision}/lift", Permission.LIFT_RESTRICTION, lift());
        routes.get("/cases/{case}/letters/warning/{number}", ctx -> letter(ctx,
                new LetterQuery.Which.ForWarning(new WarningId(number(ctx, "number")))));
        routes.get("/cases/{case}/letters/decision/{number}", ctx -> letter(ctx,
                new LetterQuery.Which.ForDecision(new DecisionId(number(ctx, "number")))));
        routes.get("/cases/{case}/letters/appeal/{number}", ctx -> letter(ctx,
                new LetterQuery.Which.ForAppeal(new AppealId(number(ctx, "number")))));
        routes.get("/cases/{case}/letters/review/{number}/{review}", ctx -> letter(ctx,
                new LetterQuery.Which.ForReview(new DecisionId(number(ctx, "number")), number(ctx, "review"))));
        routes.get("/monitoring", this::monitoring);
        routes.get("/monitoring.csv", this::monitoringCsv);
    }

    // ---- plumbing ----------------------------------------------------------------------------------------------

    private void form(Routes routes, String path, Permission permission, FormSpec spec) {
        routes.get(path, ctx -> {
            web.require(ctx, permission);
            Form form = Form.fresh();
            FormView view = spec.view().apply(ctx, form);
            web.render(ctx, "form.jte", new Pages.FormPage(web.chrome(ctx, spec.title()), view));
        });
        routes.post(path, ctx -> {
            web.require(ctx, permission);
            FormParams input = new FormParams(ctx.formParamMap());
            Either<Failure, Done> result = spec.submit().apply(ctx);
            if (result.isRight()) {
                web.done(ctx, result.get().message(), result.get().location());
                return;
            }
            if (!(result.getLeft() instanceof Failure.Refused refused)) {
                throw Failures.problem(result.getLeft());
            }
            Form form = Form.submitted(input, refused.refusal());
            FormView view = spec.view().apply(ctx, form);
            ctx.status(422);
            web.render(ctx, "form.jte", new Pages.FormPage(web.chrome(ctx, spec.title()).withErrors(form.summary()),
                    view));
        });
    }

    private static <T> Either<Failure, T> refusedIfInvalid(Either<Refusal, T> parsed) {
        return parsed.mapLeft(Failure.Refused::new);
    }

    private static <T> T orFail(Either<Failure, T> result) {
        if (result.isLeft()) {
            throw Failures.problem(result.getLeft());
        }
        return result.get();
    }

    private static int number(Context ctx, String name) {
        try {
            int n = Integer.parseInt(ctx.pathParam(name));
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new HttpProblem(404, "Page not found", "There is no such " + name + " on this case.");
        }
    }

    static CaseId caseId(Context ctx) {
        try {
            return CaseId.parse(ctx.pathParam("case"));
        } catch (IllegalArgumentException e) {
            throw new HttpProblem(404, "Case not found", "There is no case at this address.");
        }
    }

    /** Offer "Decide appeal" only to a manager at the appeal's level who did not make the decision. */
    private static boolean mayReview(io.vavr.control.Option<org.uca.domain.people.StaffMember> me,
            org.uca.domain.cases.Appeal appeal, org.uca.domain.cases.Case c) {
        return me.exists(m -> m.mayAuthorise(appeal.reviewLevel())
                && c.decision(appeal.decision()).forAll(d -> !d.authorisedBy().id().equals(m.id())));
    }

    private static ResidentId residentId(Context ctx) {
        try {
            return new ResidentId(ctx.pathParam("resident"));
        } catch (IllegalArgumentException blank) {
            throw new HttpProblem(404, "Resident not found", "There is no resident at this address.");
        }
    }

    private StaffId me(Context ctx) {
        return web.user(ctx).staff();
    }

    private CaseView caseView(Context ctx) {
        return orFail(web.app.viewCase().viewCase(me(ctx), caseId(ctx)));
    }

    private String today() {
        return UkTime.dateOf(web.settings.clock().instant()).toString();
    }

    private String nowTime() {
        return HH_MM.format(web.settings.clock().instant().atZone(UkTime.ZONE));
    }

    private List<Choice> staffChoices() {
        List<Choice> choices = new ArrayList<>();
        for (StaffMember m : web.colleagues.all()) {
            choices.add(new Choice(m.id().value(), m.name() + " (" + m.team() + ")"));
        }
        return choices;
    }

    private static <E extends Enum<E>> List<Choice> choices(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Choice(v.name(), label.apply(v))).toList();
    }

    private static String caseHref(CaseId id) {
        return "/cases/" + id;
    }

    // ---- my work -----------------------------------------------------------------------------------------------

    private void home(Context ctx) {
        StaffId me = me(ctx);
        boolean canView = web.may(ctx, Permission.VIEW_RESIDENTS_AND_CASES);
        boolean canDecide = web.may(ctx, Permission.DECIDE_APPEAL);
        List<Pages.WorkRow> appeals = new ArrayList<>();
        List<Pages.WorkRow> reviews = new ArrayList<>();
        List<Pages.WorkRow> mine = new ArrayList<>();
        Map<CaseId, String> names = new HashMap<>();
        Function<CaseId, String> nameOf = id -> names.computeIfAbsent(id, c -> web.app.viewCase().viewCase(me, c)
                .map(v -> v.resident().name()).getOrElse(c.toString()));
        if (canView && canDecide) {
            for (WorkQueuesQuery.AppealToDecide a : orFail(web.app.workQueues().appealsDue(me, 10))) {
                appeals.add(new Pages.WorkRow(nameOf.apply(a.appeal().caseId()), caseHref(a.appeal().caseId()),
                        "Appeal " + a.appeal().appeal() + " against decision " + a.appeal().decision() + ", for "
                                + article(a.appeal().reviewLevel()) + " " + a.appeal().reviewLevel().title(),
                        Show.date(a.appeal().dueBy()) + (a.overdue() ? "" : " (" + a.workingDaysLeft()
                                + " working days left)"), a.overdue()));
            }
            for (WorkQueuesQuery.ReviewToDo r : orFail(web.app.workQueues().reviewsDue(me, 30))) {
                reviews.add(new Pages.WorkRow(nameOf.apply(r.review().caseId()), caseHref(r.review().caseId()),
                        "Review of decision " + r.review().decision(), Show.date(r.review().reviewDate()),
                        r.overdue()));
            }
        }
        if (canView) {
            for (CaseId id : orFail(web.app.workQueues().myCases(me)).take(50)) {
                Option<CaseView> view = web.app.viewCase().viewCase(me, id).toOption();
                view.forEach(v -> mine.add(new Pages.WorkRow(v.resident().name(), caseHref(id),
                        v.guidanceNow().restricted() ? "Restrictions in force" : "No restrictions in force",
                        v.guidanceNow().nextReview().map(d -> "Review " + Show.date(d)).getOrElse(""),
                        v.guidanceNow().reviewOverdue())));
            }
        }
        web.render(ctx, "home.jte", new Pages.HomePage(web.chrome(ctx, "My work"), canView, canDecide, appeals,
                reviews, mine, web.may(ctx, Permission.VIEW_MONITORING)));
    }

    private static String article(AuthorityLevel level) {
        return level == AuthorityLevel.ASSISTANT_DIRECTOR ? "an" : "a";
    }

    // ---- residents and contact guidance ------------------------------------------------------------------------

    private void findResidents(Context ctx) {
        web.require(ctx, Permission.VIEW_RESIDENTS_AND_CASES);
        String query = Option.of(ctx.queryParam("q")).getOrElse("").strip();
        List<Pages.ResidentRow> rows = new ArrayList<>();
        String error = null;
        if (!query.isEmpty()) {
            Either<Failure, Seq<FindResidentsQuery.Found>> found = web.app.findResidents().findResidents(me(ctx),
                    query);
            if (found.isLeft() && found.getLeft() instanceof Failure.Refused refused) {
                error = refused.refusal().problems().head().reason();
                ctx.status(422);
            } else {
                for (FindResidentsQuery.Found f : orFail(found)) {
                    rows.add(new Pages.ResidentRow(f.resident().name(), f.resident().id().value(),
                            f.resident().address(), "/residents/" + f.resident().id().value(), f.caseId().isDefined(),
                            f.restricted()));
                }
            }
        }
        Chrome chrome = web.chrome(ctx, "Find a resident");
        if (error != null) {
            chrome = chrome.withErrors(List.of(new Chrome.ErrorItem(error, "#query")));
        }
        web.render(ctx, "residents.jte", new Pages.ResidentsPage(chrome, query, error, !query.isEmpty(), rows));
    }

    private Resident resident(Context ctx, ResidentId id) {
        Option<CaseId> caseId = orFail(web.app.viewCase().caseOf(me(ctx), id));
        if (caseId.isDefined()) {
            return orFail(web.app.viewCase().viewCase(me(ctx), caseId.get())).resident();
        }
        return orFail(web.app.findResidents().findResidents(me(ctx), id.value()))
                .map(FindResidentsQuery.Found::resident).find(r -> r.id().equals(id))
                .getOrElseThrow(() -> new HttpProblem(404, "Resident not found",
                        "There is no resident " + id + " in the housing system."));
    }

    private void guidance(Context ctx, FormParams contactInput, Refusal contactRefusal) {
        web.require(ctx, Permission.VIEW_RESIDENTS_AND_CASES);
        ResidentId id = residentId(ctx);
        ContactGuidance g = orFail(web.app.contactGuidance().guidanceFor(me(ctx), id));
        Resident resident = resident(ctx, id);
        Option<CaseId> caseId = orFail(web.app.viewCase().caseOf(me(ctx), id));
        List<String> allowed = new ArrayList<>();
        List<String> notAllowed = new ArrayList<>();
        Set<Channel> blocked = EnumSet.allOf(Channel.class);
        blocked.removeAll(g.allowedChannels());
        if (!g.restricted()) {
            allowed.add("Help the resident as usual, by any method of contact");
        } else {
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
            g.otherMeasures().filter(m -> !m.startsWith("We will take tenancy action")
                    && !m.startsWith("We will contact the police")).forEach(m -> notAllowed.add("Also in force: " + m));
        }
        List<Link> actions = new ArrayList<>();
        if (web.may(ctx, Permission.RECORD_ACTIONS)) {
            actions.add(new Link("Record an unacceptable action", "/residents/" + id.value() + "/record-action"));
        }
        if (web.may(ctx, Permission.RECORD_ADJUSTMENTS)) {
            actions.add(new Link("Record reasonable adjustments", "/residents/" + id.value() + "/adjustments"));
        }
        FormView contact = null;
        Form contactForm = contactInput == null ? Form.fresh() : Form.submitted(contactInput, contactRefusal);
        if (web.may(ctx, Permission.RECORD_CONTACT) && g.timeAllowance().isDefined()) {
            contact = contactForm
                    .number("minutes", "Minutes of contact", "Counted against the contact time allowance", "")
                    .radios("channel", "How was the contact made?", "", choices(Channel.values(), Channel::label),
                            Channel.PHONE.name())
                    .view(null, "Record contact time", null, "/residents/" + id.value() + "/contact",
                            "Record contact", null);
        }
        Chrome chrome = web.chrome(ctx, "Contact guidance: " + resident.name());
        if (contactRefusal != null) {
            chrome = chrome.withErrors(contactForm.summary());
        }
        var allowance = g.timeAllowance();
        web.render(ctx, "guidance.jte", new Pages.GuidancePage(chrome, resident.name(), id.value(),
                resident.address(), g.restricted(), allowed, notAllowed,
                g.singlePointOfContact().map(ContactGuidance.SinglePointOfContact::name).getOrNull(),
                allowance.map(t -> t.minutesLeft() + " of " + t.minutesAllowed() + " minutes left this "
                        + t.per().label()).getOrNull(),
                allowance.exists(ContactGuidance.TimeAllowance::usedUp),
                g.nextReview().map(Show::date).getOrNull(), g.reviewOverdue(),
                caseId.map(StaffPages::caseHref).getOrNull(), actions, contact));
    }

    private void recordContact(Context ctx) {
        web.require(ctx, Permission.RECORD_CONTACT);
        FormParams input = new FormParams(ctx.formParamMap());
        Either<Failure, ContactGuidance> result = refusedIfInvalid(
                web.input.recordContact(me(ctx), residentId(ctx), input))
                .flatMap(c -> web.app.recordContact().recordContact(c));
        if (result.isRight()) {
            String left = result.get().timeAllowance().map(t -> " " + t.minutesLeft() + " minutes left this "
                    + t.per().label() + ".").getOrElse("");
            web.done(ctx, "Contact time recorded." + left, "/residents/" + residentId(ctx).value());
            return;
        }
        if (result.getLeft() instanceof Failure.Refused refused) {
            ctx.status(422);
            guidance(ctx, input, refused.refusal());
            return;
        }
        throw Failures.problem(result.getLeft());
    }

    // ---- recording -----------------------------------------------------------------------------------------------

    private FormSpec recordAction() {
        return new FormSpec("Record an unacceptable action", (ctx, f) -> {
            Resident r = resident(ctx, residentId(ctx));
            List<Choice> kinds = new ArrayList<>();
            for (ActionKind k : ActionKind.values()) {
                kinds.add(new Choice(k.name(), k.label(), k.category().label()));
            }
            return f.select("kind", "What kind of action was it?", "From the policy's examples",
                            kinds, "")
                    .text("otherKind", "If other: what kind of action", "Only for an \"other\" kind", "")
                    .checkboxes("affected", "Who was affected?", "Select all that apply",
                            choices(AffectedParty.values(), AffectedParty::label), List.of())
                    .dateTime("occurredAt", "When did it happen?", "UK time", today(), nowTime())
                    .radios("channel", "How did it happen?", "", choices(Channel.values(), Channel::label), "")
                    .textarea("whatHappened", "What happened?", "Facts only: what was said or done, and by whom",
                            "")
                    .checkboxes("safetyConcern", "Safety", "", List.of(new Choice("yes",
                            "This raises safety concerns for staff, contractors or group members",
                            "Extreme actions can justify immediate action without a warning")), List.of())
                    .view(r.name() + " (" + r.id() + ")", "Record an unacceptable action",
                            "Record one action at a time, as soon as you can after it happened.",
                            "/residents/" + r.id().value() + "/record-action", "Record the action",
                            "/residents/" + r.id().value());
        }, ctx -> refusedIfInvalid(web.input.recordActions(me(ctx), residentId(ctx),
                new FormParams(ctx.formParamMap())))
                .flatMap(c -> web.app.recordUnacceptableActions().recordActions(c))
                .map(rec -> new Done("Unacceptable action recorded.", caseHref(rec.caseId()))));
    }

    private FormSpec adjustments() {
        return new FormSpec("Record reasonable adjustments", (ctx, f) -> {
            Resident r = resident(ctx, residentId(ctx));
            f.checkboxes("adjustments", "Reasonable adjustments the resident needs", "Select all that apply",
                    choices(AdjustmentKind.values(), AdjustmentKind::label), List.of());
            for (AdjustmentKind k : AdjustmentKind.values()) {
                f.text("adjustment." + k.name() + ".notes", k.label() + ": notes",
                        k == AdjustmentKind.OTHER ? "Describe the adjustment" : "Optional", "");
            }
            return f.textarea("vulnerabilityNotes", "Vulnerability", "Anything that makes the resident vulnerable"
                            + " and should be weighed in any decision", "")
                    .view(r.name() + " (" + r.id() + ")", "Record reasonable adjustments",
                            "This replaces what was recorded before.", "/residents/" + r.id().value() + "/adjustments",
                            "Save adjustments", "/residents/" + r.id().value());
        }, ctx -> refusedIfInvalid(web.input.recordNeeds(me(ctx), residentId(ctx), new FormParams(ctx.formParamMap())))
                .flatMap(c -> web.app.recordResidentNeeds().recordNeeds(c))
                .map(id -> new Done("Reasonable adjustments recorded.", caseHref(id))));
    }

    private List<Choice> actionChoices(Case c) {
        return c.actions().map(a -> new Choice(String.valueOf(a.id().number()), "Action " + a.id() + ": "
                + a.kind().label() + ", " + Show.dateTime(a.occurredAt())
                + (a.raisesSafetyConcerns() ? " (safety concern)" : ""))).toJavaList();
    }

    private FormSpec warning() {
        return new FormSpec("Issue a warning", (ctx, f) -> {
            CaseView v = caseView(ctx);
            return f.checkboxes("actionsReferredTo", "Which actions is the warning about?", "", actionChoices(
                            v.theCase()), List.of())
                    .textarea("reasons", "Why are the actions unacceptable?", "This goes in the warning letter", "")
                    .textarea("whatMustChange", "What must the resident stop or change?", "", "")
                    .view(v.resident().name(), "Issue a warning",
                            "The resident is told their actions are unacceptable, why, and given a chance to change"
                                    + " (policy 3.1 and 4.1).",
                            "/cases/" + v.theCase().id() + "/warning", "Issue the warning", caseHref(v.theCase().id()));
        }, ctx -> refusedIfInvalid(web.input.issueWarning(me(ctx), caseId(ctx), new FormParams(ctx.formParamMap())))
                .flatMap(c -> web.app.issueWarning().issueWarning(c))
                .map(issued -> new Done("Warning " + issued.warning() + " issued. Print the warning letter from the"
                        + " case.", caseHref(caseId(ctx)))));
    }

    /** The measures a manager may authorise: only those their level (from the staff directory) allows. */
    private Set<MeasureKind> offeredTo(Context ctx) {
        AuthorityLevel level = web.me(ctx).map(StaffMember::authority).getOrElse(AuthorityLevel.NONE);
        Set<MeasureKind> offered = EnumSet.noneOf(MeasureKind.class);
        for (MeasureKind k : MeasureKind.values()) {
            if (level.isAtLeast(k.requiredAuthority())) {
                offered.add(k);
            }
        }
        return offered;
    }

    private void measureFields(Form f, String list, Set<MeasureKind> offered, String legend) {
        List<Choice> kinds = new ArrayList<>();
        for (MeasureKind k : MeasureKind.values()) {
            if (offered.contains(k)) {
                kinds.add(new Choice(k.name(), k.label(), k.group().label() + ": " + k.requiredAuthority().title()
                        + " or above"));
            }
        }
        f.checkboxes(list, legend, offered.isEmpty() ? "Your authority level does not allow you to authorise any"
                + " measures." : "Only the measures your authority level allows are listed.", kinds, List.of());
        for (MeasureKind k : MeasureKind.values()) {
            if (!offered.contains(k)) {
                continue;
            }
            for (String detail : MeasureInput.detailsOf(k)) {
                String name = "measure." + k.name() + "." + detail;
                String label = k.label() + ": " + switch (detail) {
                    case "officer" -> "the officer";
                    case "minutes" -> "minutes allowed";
                    case "per" -> "each";
                    case "excluded" -> "methods excluded";
                    case "thirdParty" -> "the third party";
                    case "postsAndSites" -> "the posts and sites";
                    case "which" -> "which";
                    default -> "description";
                };
                switch (detail) {
                    case "officer" -> f.select(name, label, "", staffChoices(), "");
                    case "minutes" -> f.number(name, label, "", "");
                    case "per" -> f.radios(name, label, "", choices(ContactStandard.AllowancePeriod.values(),
                            ContactStandard.AllowancePeriod::label), ContactStandard.AllowancePeriod.WEEK.name());
                    case "excluded" -> f.checkboxes(name, label, "", choices(Channel.values(), Channel::label),
                            List.of());
                    default -> f.text(name, label, "Only if you chose " + k.label().toLowerCase(), "");
                }
            }
        }
    }

    private FormSpec authorise() {
        return new FormSpec("Authorise measures", (ctx, f) -> {
            CaseView v = caseView(ctx);
            Case c = v.theCase();
            f.heading("Measures", "Changing contact standards needs a Service Manager; limiting services, tenancy"
                    + " action and informing the police need an Assistant Director.");
            measureFields(f, "measures", offeredTo(ctx), "Which measures do you authorise?");
            f.heading("Grounds", "Warn first; act immediately only where the actions are extreme and raise safety"
                    + " concerns.");
            f.radios("grounds.type", "Why may measures be taken now?", "", List.of(
                    new Choice(CommandInput.GroundsType.AFTER_WARNING.name(),
                            "The resident was warned and the actions continued"),
                    new Choice(CommandInput.GroundsType.IMMEDIATE_FOR_SAFETY.name(),
                            "Immediate action: extreme actions raising safety concerns")),
                    c.warnings().isEmpty() ? "" : CommandInput.GroundsType.AFTER_WARNING.name());
            f.select("grounds.warning", "The warning", "", c.warnings().map(w -> new Choice(
                    String.valueOf(w.id().number()), "Warning " + w.id() + " of " + Show.dateTime(w.issuedAt())))
                    .toJavaList(), c.warnings().lastOption().map(w -> String.valueOf(w.id().number())).getOrElse(""));
            f.checkboxes("grounds.furtherActions", "Actions after the warning", "The actions that continued after it",
                    actionChoices(c), List.of());
            f.checkboxes("grounds.actions", "Immediate action: the actions raising safety concerns", "",
                    actionChoices(c), List.of());
            f.textarea("grounds.justification", "Immediate action: why it cannot wait for a warning", "", "");
            f.textarea("reasons", "Reasons for the decision", "These go in the decision letter", "");
            f.heading("Safeguards", "What a fair decision records before it is authorised.");
            f.textarea("safeguards.equalityAndVulnerabilityNotes",
                    "How were equality, vulnerability and reasonable adjustments considered?",
                    v.theCase().needs().adjustments().isEmpty() ? "No reasonable adjustments are recorded"
                            : "Recorded adjustments: " + v.theCase().needs().adjustments()
                                    .map(a -> a.kind().label()).mkString(", "), "");
            f.textarea("safeguards.teamsConsulted", "Teams consulted", "One a line", "");
            f.textarea("safeguards.teamsInformed", "Teams informed of the actions authorised", "One a line", "");
            f.select("safeguards.whoInformsResident", "Who will tell the resident?", "", staffChoices(),
                    me(ctx).value());
            f.radios("safeguards.legalAdviceNeeded", "Defamatory comments: was legal advice needed?",
                    "Answer when the grounds include potentially defamatory comments",
                    List.of(new Choice("yes", "Yes"), new Choice("no", "No")), "");
            f.textarea("safeguards.legalAdvice", "Notes on legal advice", "", "");
            f.textarea("safeguards.adjustmentConflictJustification",
                    "If a measure conflicts with a reasonable adjustment: why it is justified", "", "");
            f.date("reviewDate", "Review date", "Within 12 months; usually 6", LocalDate.parse(today())
                    .plusMonths(6).toString());
            return f.view(v.resident().name(), "Authorise measures", null, "/cases/" + c.id() + "/authorise",
                    "Authorise", caseHref(c.id()));
        }, ctx -> refusedIfInvalid(web.input.authorise(me(ctx), caseId(ctx), new FormParams(ctx.formParamMap())))
                .flatMap(c -> web.app.authoriseMeasures().authorise(c))
                .map(id -> new Done("Decision " + id + " authorised. Record when the resident is informed to issue"
                        + " the decision letter.", caseHref(caseId(ctx)))));
    }

    private Decision decision(Context ctx, CaseView v) {
        return v.theCase().decision(new DecisionId(number(ctx, "decision")))
                .getOrElseThrow(() -> new HttpProblem(404, "Decision not found", "There is no such decision on this"
                        + " case."));
    }

    private FormSpec informed() {
        return new FormSpec("Record that the resident was informed", (ctx, f) -> {
            CaseView v = caseView(ctx);
            Decision d = decision(ctx, v);
            return f.dateTime("informedAt", "When was the resident informed?", "UK time", today(), nowTime())
                    .select("informedBy", "Who informed them?", "", staffChoices(),
                            d.safeguards().whoInformsResident().value())
                    .radios("how", "How?", "", choices(InformedHow.values(), InformedHow::label),
                            InformedHow.LETTER.name())
                    .view(v.resident().name(), "Record that the resident was informed of decision " + d.id(),
                            "This issues the decision letter.",
                            "/cases/" + v.theCase().id() + "/decisions/" + d.id() + "/informed", "Record",
                            caseHref(v.theCase().id()));
        }, ctx -> refusedIfInvalid(web.input.recordInformed(me(ctx), caseId(ctx),
                new DecisionId(number(ctx, "decision")), new FormParams(ctx.formParamMap())))
                .flatMap(c -> web.app.recordResidentInformed().recordResidentInformed(c))
                .map(letter -> new Done("Resident informed; the decision letter is ready to print.",
                        caseHref(caseId(ctx)))));
    }

    private FormSpec lodgeAppeal() {
        return new FormSpec("Lodge an appeal", (ctx, f) -> {
            CaseView v = caseView(ctx);
            Decision d = decision(ctx, v);
            return f.date("received", "When was the appeal received?", "It is decided within 10 working days",
                            today())
                    .textarea("grounds", "The resident's grounds for appeal", "", "")
                    .view(v.resident().name(), "Lodge an appeal against decision " + d.id(), null,
                            "/cases/" + v.theCase().id() + "/decisions/" + d.id() + "/appeal", "Lodge the appeal",
                            caseHref(v.theCase().id()));
        }, ctx -> refusedIfInvalid(web.input.lodgeAppeal(me(ctx), caseId(ctx), new DecisionId(number(ctx, "decision")),
                new FormParams(ctx.formParamMap())))
                .flatMap(c -> web.app.lodgeAppeal().lodgeAppeal(c))
                .map(l -> new Done("Appeal " + l.appeal() + " lodged: " + article(l.reviewLevel()) + " "
                        + l.reviewLevel().title() + " must decide it by " + Show.date(l.dueBy()) + ".",
                        caseHref(caseId(ctx)))));
    }

    private FormSpec decideAppeal() {
        return new FormSpec("Decide an appeal", (ctx, f) -> {
            CaseView v = caseView(ctx);
            Appeal a = v.theCase().appeal(new AppealId(number(ctx, "appeal")))
                    .getOrElseThrow(() -> new HttpProblem(404, "Appeal not found", "There is no such appeal."));
            f.radios("outcome", "What is your decision?", "Decision " + a.decision() + ", appealed on the grounds: "
                    + a.grounds(), choices(AppealOutcome.values(), AppealOutcome::label), "");
            measureFields(f, "variedMeasures", offeredTo(ctx), "If varied: the measures that apply now");
            return f.textarea("reasons", "Reasons", "These go in the appeal outcome letter", "")
                    .view(v.resident().name(), "Decide appeal " + a.id(), "An appeal is decided by "
                                    + article(a.reviewLevel()) + " " + a.reviewLevel().title()
                                    + " or above, never by the person who made the decision, by "
                                    + Show.date(a.dueBy()) + ".",
                            "/cases/" + v.theCase().id() + "/appeals/" + a.id() + "/decide", "Decide",
                            caseHref(v.theCase().id()));
        }, ctx -> refusedIfInvalid(web.input.decideAppeal(me(ctx), caseId(ctx), new AppealId(number(ctx, "appeal")),
                new FormParams(ctx.formParamMap())))
                .flatMap(c -> web.app.decideAppeal().decideAppeal(c))
                .map(letter -> new Done("Appeal decided; the appeal outcome letter is ready to print.",
                        caseHref(caseId(ctx)))));
    }

    private FormSpec review() {
        return new FormSpec("Review a restriction", (ctx, f) -> {
            CaseView v = caseView(ctx);
            Decision d = decision(ctx, v);
            f.radios("outcome", "What is the outcome of the review?", "", choices(ReviewOutcome.values(),
                    ReviewOutcome::label), "");
            measureFields(f, "variedMeasures", offeredTo(ctx), "If varied: the measures that apply now");
            return f.textarea("reasons", "Reasons", "These go in the review letter", "")
                    .date("nextReviewDate", "Next review date", "Not needed when lifting", LocalDate.parse(today())
                            .plusMonths(6).toString())
                    .view(v.resident().name(), "Review decision " + d.id(), "Measures now: " + d.measures()
                                    .map(m -> m.kind().label()).mkString(", ") + ".",
                            "/cases/" + v.theCase().id() + "/decisions/" + d.id() + "/review", "Record the review",
                            caseHref(v.theCase().id()));
        }, ctx -> {
            FormParams input = new FormParams(ctx.formParamMap());
            return refusedIfInvalid(web.input.review(me(ctx), caseId(ctx), new DecisionId(number(ctx, "decision")),
                    liftNeedsNoDate(input)))
                    .flatMap(c -> web.app.reviewRestriction().review(c))
                    .map(letter -> new Done("Review recorded; the review letter is ready to print.",
                            caseHref(caseId(ctx))));
        });
    }

    /** The review form pre-fills a next review date; lifting needs none, so it is dropped then. */
    private static FormParams liftNeedsNoDate(FormParams input) {
        if (!ReviewOutcome.LIFT.name().equals(input.one("outcome"))) {
            return input;
        }
        Map<String, List<String>> values = new HashMap<>(input.raw());
        values.remove("nextReviewDate");
        return new FormParams(values);
    }

    private FormSpec lift() {
        return new FormSpec("Lift a restriction", (ctx, f) -> {
            CaseView v = caseView(ctx);
            Decision d = decision(ctx, v);
            return f.textarea("reasons", "Why is the restriction lifted?", "These go in the review letter", "")
                    .view(v.resident().name(), "Lift decision " + d.id(), null,
                            "/cases/" + v.theCase().id() + "/decisions/" + d.id() + "/lift", "Lift the restriction",
                            caseHref(v.theCase().id()));
        }, ctx -> refusedIfInvalid(web.input.lift(me(ctx), caseId(ctx), new DecisionId(number(ctx, "decision")),
                new FormParams(ctx.formParamMap())))
                .flatMap(c -> web.app.liftRestriction().lift(c))
                .map(letter -> new Done("Restriction lifted; the review letter is ready to print.",
                        caseHref(caseId(ctx)))));
    }

    // ---- the case ----------------------------------------------------------------------------------------------

    private void casePage(Context ctx) {
        web.require(ctx, Permission.VIEW_RESIDENTS_AND_CASES);
        CaseView v = caseView(ctx);
        Case c = v.theCase();
        String base = "/cases/" + c.id();
        List<Link> commands = new ArrayList<>();
        String rid = c.resident().value();
        if (web.may(ctx, Permission.RECORD_ACTIONS)) {
            commands.add(new Link("Record an unacceptable action", "/residents/" + rid + "/record-action"));
        }
        if (web.may(ctx, Permission.ISSUE_WARNING) && !c.actions().isEmpty()) {
            commands.add(new Link("Issue a warning", base + "/warning"));
        }
        if (web.may(ctx, Permission.AUTHORISE_MEASURES) && !c.actions().isEmpty()) {
            commands.add(new Link("Authorise measures", base + "/authorise"));
        }
        if (web.may(ctx, Permission.RECORD_ADJUSTMENTS)) {
            commands.add(new Link("Record reasonable adjustments", "/residents/" + rid + "/adjustments"));
        }
        List<Pages.ActionRow> actions = c.actions().map(a -> new Pages.ActionRow(a.id().number(),
                Show.dateTime(a.occurredAt()), a.kind().label() + (a.report().otherKind().isEmpty() ? ""
                        : " – " + a.report().otherKind()),
                a.report().affected().stream().sorted().map(AffectedParty::label).reduce((x, y) -> x + ", " + y)
                        .orElse(""),
                a.report().channel().label(), a.report().whatHappened(), a.raisesSafetyConcerns(),
                web.nameOf(a.recordedBy()))).toJavaList();
        List<Pages.WarningRow> warnings = c.warnings().map(w -> new Pages.WarningRow(w.id().number(),
                Show.dateTime(w.issuedAt()), web.nameOf(w.issuedBy()),
                w.actionsReferredTo().map(a -> "action " + a).mkString(", "), w.reasons(), w.whatMustChange(),
                base + "/letters/warning/" + w.id())).toJavaList();
        List<Pages.DecisionRow> decisions = new ArrayList<>();
        for (Decision d : c.decisions()) {
            List<Link> links = new ArrayList<>();
            String at = base + "/decisions/" + d.id();
            boolean appealWaiting = c.appeals().exists(a -> a.decision().equals(d.id()) && !a.decided());
            if (d.inForce()) {
                if (d.residentInformed().isEmpty() && web.may(ctx, Permission.RECORD_RESIDENT_INFORMED)) {
                    links.add(new Link("Record resident informed", at + "/informed"));
                }
                if (!appealWaiting && web.may(ctx, Permission.LODGE_APPEAL)) {
                    links.add(new Link("Lodge an appeal", at + "/appeal"));
                }
                if (web.may(ctx, Permission.REVIEW_RESTRICTION)) {
                    links.add(new Link("Review restriction", at + "/review"));
                }
                if (web.may(ctx, Permission.LIFT_RESTRICTION)) {
                    links.add(new Link("Lift restriction", at + "/lift"));
                }
            }
            List<Link> reviewLetters = new ArrayList<>();
            for (int r = 1; r <= d.reviews().size(); r++) {
                reviewLetters.add(new Link("Review letter " + r, base + "/letters/review/" + d.id() + "/" + r));
            }
            String grounds = d.grounds() instanceof Grounds.AfterWarning w
                    ? "After warning " + w.warning() + "; continued: " + w.furtherActions().map(a -> "action " + a)
                            .mkString(", ")
                    : "Immediate action for safety (" + d.grounds().actions().map(a -> "action " + a).mkString(", ")
                            + "): " + ((Grounds.ImmediateForSafety) d.grounds()).justification();
            decisions.add(new Pages.DecisionRow(d.id().number(), d.status().label(), d.inForce(),
                    d.measures().map(m -> m.kind().label() + ": " + m.inPlainEnglish()).toJavaList(), grounds,
                    d.reasons(), d.authorisedBy().name() + " (" + d.authorisedBy().authority().title() + ")",
                    Show.dateTime(d.authorisedAt()), Show.date(d.reviewDate()),
                    d.residentInformed().map(i -> i.how().label() + " by " + web.nameOf(i.informedBy()) + ", "
                            + Show.dateTime(i.informedAt())).getOrElse("Not yet"),
                    base + "/letters/decision/" + d.id(), links, reviewLetters));
        }
        LocalDate today = LocalDate.parse(today());
        List<Pages.AppealRow> appeals = c.appeals().map(a -> new Pages.AppealRow(a.id().number(),
                a.decision().number(), Show.date(a.received()), Show.date(a.dueBy()), a.reviewLevel().title(),
                a.grounds(), a.outcome().map(o -> o.outcome().label() + " by " + o.decidedBy().name() + ": "
                        + o.reasons()).getOrElse("Waiting for a decision"), a.overdueOn(today),
                a.decided() ? base + "/letters/appeal/" + a.id() : null,
                !a.decided() && web.may(ctx, Permission.DECIDE_APPEAL) && mayReview(web.me(ctx), a, c)
                        ? base + "/appeals/" + a.id() + "/decide" : null)).toJavaList();
        List<Pages.TimelineRow> timeline = c.history().map(e -> new Pages.TimelineRow(Show.dateTime(e.at()),
                e.summary(), web.nameOf(e.by()))).toJavaList();
        List<Pages.AuditRow> audit = v.audit().map(e -> new Pages.AuditRow(Show.dateTime(e.at()), web.nameOf(e.who()),
                e.command(), e.outcome().name().toLowerCase().replace('_', ' '), e.why())).toJavaList();
        web.render(ctx, "case.jte", new Pages.CasePage(web.chrome(ctx, "Case: " + v.resident().name()),
                c.id().toString(), v.resident().name(), rid, "/residents/" + rid, v.guidanceNow().restricted(),
                commands, actions, warnings, decisions, appeals,
                c.needs().adjustments().map(a -> a.kind().label() + (a.notes().isEmpty() ? "" : ": " + a.notes()))
                        .toJavaList(), c.needs().vulnerabilityNotes(), timeline, audit));
    }

    // ---- letters -----------------------------------------------------------------------------------------------

    private void letter(Context ctx, LetterQuery.Which which) {
        web.require(ctx, Permission.VIEW_RESIDENTS_AND_CASES);
        Letter l = orFail(web.app.letters().letter(me(ctx), caseId(ctx), which));
        web.render(ctx, "letter.jte", new Pages.LetterPage(web.chrome(ctx, l.kind().label()),
                web.settings.landlordName(), l.kind().label(), l.residentName(),
                Arrays.stream(l.address().split(",")).map(String::strip).toList(), Show.date(l.date()), l.subject(),
                l.sections().map(s -> new Pages.Section(s.heading(), s.paragraphs().toJavaList())).toJavaList(),
                l.signOff(), caseHref(l.caseId())));
    }

    // ---- monitoring --------------------------------------------------------------------------------------------

    private record Period(LocalDate from, LocalDate to) {
    }

    private Period period(Context ctx) {
        LocalDate today = LocalDate.parse(today());
        try {
            LocalDate from = Option.of(ctx.queryParam("from")).filter(s -> !s.isBlank()).map(LocalDate::parse)
                    .getOrElse(today.minusMonths(12));
            LocalDate to = Option.of(ctx.queryParam("to")).filter(s -> !s.isBlank()).map(LocalDate::parse)
                    .getOrElse(today);
            return new Period(from, to);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void monitoring(Context ctx) {
        web.require(ctx, Permission.VIEW_MONITORING);
        Period p = period(ctx);
        Chrome chrome = web.chrome(ctx, "Monitoring report");
        if (p == null) {
            ctx.status(422);
            String error = "Enter the period as real dates, for example 2026-01-01.";
            web.render(ctx, "monitoring.jte", new Pages.MonitoringPage(chrome.withErrors(List.of(
                    new Chrome.ErrorItem(error, "#from"))), "", "", error, "", List.of(), List.of()));
            return;
        }
        Either<Failure, MonitoringReport> report = web.app.monitoring().report(me(ctx), p.from(), p.to());
        if (report.isLeft() && report.getLeft() instanceof Failure.Refused refused) {
            ctx.status(422);
            String error = refused.refusal().problems().head().reason();
            web.render(ctx, "monitoring.jte", new Pages.MonitoringPage(chrome.withErrors(List.of(
                    new Chrome.ErrorItem(error, "#from"))), p.from().toString(), p.to().toString(), error, "",
                    List.of(), List.of()));
            return;
        }
        MonitoringReport r = orFail(report);
        List<Pages.Figure> figures = List.of(
                new Pages.Figure("Decisions", String.valueOf(r.decisions())),
                new Pages.Figure("Warnings issued", String.valueOf(r.warnings())),
                new Pages.Figure("Warnings later followed by a restriction",
                        String.valueOf(r.warningsFollowedByRestriction())),
                new Pages.Figure("Immediate actions for safety", String.valueOf(r.immediateActions())),
                new Pages.Figure("Appeals lodged", String.valueOf(r.appealsLodged())),
                new Pages.Figure("Appeals decided late", String.valueOf(r.appealsDecidedLate())),
                new Pages.Figure("Median days from first action to decision",
                        r.medianDaysFromFirstActionToDecision().map(d -> String.format("%.1f", d)).getOrElse("–")),
                new Pages.Figure("Restrictions past their review date", String.valueOf(r.restrictionsPastReviewDate())));
        List<Pages.Chart> charts = List.of(
                chart("actions", "Unacceptable actions by category", rows(r.actionsByCategory(),
                        org.uca.domain.cases.ActionCategory::label)),
                chart("measures", "Measures authorised by kind", rows(r.measuresByKind(), MeasureKind::label)),
                chart("levels", "Decisions by authority level", rows(r.decisionsByAuthorityLevel(),
                        AuthorityLevel::title)),
                chart("teams", "Decisions by team", rows(r.decisionsByTeam(), s -> s)),
                chart("appeals", "Appeal outcomes", rows(r.appealOutcomes(), AppealOutcome::label)));
        web.render(ctx, "monitoring.jte", new Pages.MonitoringPage(chrome, p.from().toString(), p.to().toString(),
                null, "/monitoring.csv?from=" + p.from() + "&to=" + p.to(), figures, charts));
    }

    private static <K> List<Map.Entry<String, Long>> rows(io.vavr.collection.Map<K, Long> counts,
            Function<K, String> label) {
        return counts.toJavaMap(java.util.LinkedHashMap::new, t -> t).entrySet().stream()
                .map(e -> Map.entry(label.apply(e.getKey()), e.getValue())).toList();
    }

    private static Pages.Chart chart(String id, String title, List<Map.Entry<String, Long>> rows) {
        long max = rows.stream().mapToLong(Map.Entry::getValue).max().orElse(0);
        List<Pages.Bar> bars = new ArrayList<>();
        int y = 4;
        for (Map.Entry<String, Long> row : rows) {
            int width = max == 0 ? 0 : (int) Math.max(row.getValue() > 0 ? 2 : 0, 300 * row.getValue() / max);
            String label = row.getKey().length() > 48 ? row.getKey().substring(0, 46) + "…" : row.getKey();
            bars.add(new Pages.Bar(label, row.getValue(), y, width, y + 15));
            y += 28;
        }
        return new Pages.Chart(id, title, 700, Math.max(y + 4, 30), bars);
    }

    private void monitoringCsv(Context ctx) {
        web.require(ctx, Permission.VIEW_MONITORING);
        Period p = period(ctx);
        if (p == null) {
            throw new HttpProblem(422, "The period is not valid", "Enter the period as real dates.");
        }
        MonitoringReport r = orFail(web.app.monitoring().report(me(ctx), p.from(), p.to()));
        StringBuilder csv = new StringBuilder("measure,category,count\r\n");
        BiFunction<String, io.vavr.collection.Map<?, Long>, Void> section = (name, counts) -> {
            counts.forEach((k, v) -> csv.append(csvCell(name)).append(',')
                    .append(csvCell(k instanceof MeasureKind m ? m.label() : k instanceof AuthorityLevel a ? a.title()
                            : k instanceof AppealOutcome o ? o.label()
                            : k instanceof org.uca.domain.cases.ActionCategory c ? c.label() : String.valueOf(k)))
                    .append(',').append(v).append("\r\n"));
            return null;
        };
        section.apply("Actions by category", r.actionsByCategory());
        section.apply("Measures by kind", r.measuresByKind());
        section.apply("Decisions by authority level", r.decisionsByAuthorityLevel());
        section.apply("Decisions by team", r.decisionsByTeam());
        section.apply("Appeal outcomes", r.appealOutcomes());
        csv.append("Totals,Warnings issued,").append(r.warnings()).append("\r\n");
        csv.append("Totals,Warnings followed by a restriction,").append(r.warningsFollowedByRestriction()).append("\r\n");
        csv.append("Totals,Immediate actions,").append(r.immediateActions()).append("\r\n");
        csv.append("Totals,Appeals lodged,").append(r.appealsLodged()).append("\r\n");
        csv.append("Totals,Appeals decided late,").append(r.appealsDecidedLate()).append("\r\n");
        csv.append("Totals,Restrictions past review date,").append(r.restrictionsPastReviewDate()).append("\r\n");
        ctx.header("Content-Disposition", "attachment; filename=\"uca-monitoring-" + p.from() + "-to-" + p.to()
                + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(csv.toString());
    }

    /** A CSV cell, quoted, and never starting a spreadsheet formula. */
    private static String csvCell(String value) {
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
