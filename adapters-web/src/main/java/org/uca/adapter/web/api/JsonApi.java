package org.uca.adapter.web.api;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uca.adapter.web.Failures;
import org.uca.adapter.web.HttpProblem;
import org.uca.adapter.web.Routes;
import org.uca.adapter.web.UcaWeb;
import org.uca.adapter.web.Web;
import org.uca.adapter.web.input.JsonParams;
import org.uca.adapter.web.input.Params;
import org.uca.adapter.web.security.Permission;
import org.uca.adapter.web.security.SignInLimiter;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ViewCaseQuery.CaseView;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.MonitoringReport;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.Grounds;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Refusal;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The JSON API: the same use cases as the pages. Authenticate with a bearer token from {@code POST /api/tokens}
 * (or the web session cookie plus an {@code X-CSRF-Token} header). Errors are RFC 9457 problem details; a refusal
 * lists the offending fields.
 */
public final class JsonApi {

    private final Web web;
    private final SignInLimiter limiter;
    private final String openApi;

    public JsonApi(Web web, SignInLimiter limiter) {
        this.web = web;
        this.limiter = limiter;
        try (InputStream in = JsonApi.class.getResourceAsStream("/openapi.json")) {
            this.openApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("openapi.json is missing from the web adapter", e);
        }
    }

    public void register(Routes routes) {
        routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        routes.post("/api/tokens", this::token);
        routes.get("/api/work", this::work);
        routes.get("/api/residents", this::residents);
        routes.get("/api/residents/{resident}/guidance", ctx -> {
            web.require(ctx, Permission.VIEW_RESIDENTS_AND_CASES);
            web.json(ctx, 200, guidance(orFail(web.app.contactGuidance().guidanceFor(me(ctx), resident(ctx)))));
        });
        routes.post("/api/residents/{resident}/actions", ctx -> {
            web.require(ctx, Permission.RECORD_ACTIONS);
            var recorded = orFail(parsed(web.input.recordActions(me(ctx), resident(ctx), body(ctx)))
                    .flatMap(c -> web.app.recordUnacceptableActions().recordActions(c)));
            web.json(ctx, 201, obj("caseId", recorded.caseId().toString(), "actions",
                    recorded.actions().map(a -> a.number()).toJavaList()));
        });
        routes.post("/api/residents/{resident}/contacts", ctx -> {
            web.require(ctx, Permission.RECORD_CONTACT);
            web.json(ctx, 200, guidance(orFail(parsed(web.input.recordContact(me(ctx), resident(ctx), body(ctx)))
                    .flatMap(c -> web.app.recordContact().recordContact(c)))));
        });
        routes.post("/api/residents/{resident}/needs", ctx -> {
            web.require(ctx, Permission.RECORD_ADJUSTMENTS);
            CaseId id = orFail(parsed(web.input.recordNeeds(me(ctx), resident(ctx), body(ctx)))
                    .flatMap(c -> web.app.recordResidentNeeds().recordNeeds(c)));
            web.json(ctx, 200, obj("caseId", id.toString()));
        });
        routes.get("/api/cases/{case}", ctx -> {
            web.require(ctx, Permission.VIEW_RESIDENTS_AND_CASES);
            web.json(ctx, 200, caseJson(orFail(web.app.viewCase().viewCase(me(ctx), caseId(ctx)))));
        });
        routes.post("/api/cases/{case}/warnings", ctx -> {
            web.require(ctx, Permission.ISSUE_WARNING);
            var issued = orFail(parsed(web.input.issueWarning(me(ctx), caseId(ctx), body(ctx)))
                    .flatMap(c -> web.app.issueWarning().issueWarning(c)));
            web.json(ctx, 201, obj("warning", issued.warning().number(), "letter", letter(issued.letter())));
        });
        routes.post("/api/cases/{case}/decisions", ctx -> {
            web.require(ctx, Permission.AUTHORISE_MEASURES);
            DecisionId id = orFail(parsed(web.input.authorise(me(ctx), caseId(ctx), body(ctx)))
                    .flatMap(c -> web.app.authoriseMeasures().authorise(c)));
            web.json(ctx, 201, obj("decision", id.number()));
        });
        routes.post("/api/cases/{case}/decisions/{decision}/informed", ctx -> {
            web.require(ctx, Permission.RECORD_RESIDENT_INFORMED);
            Letter l = orFail(parsed(web.input.recordInformed(me(ctx), caseId(ctx), decisionId(ctx), body(ctx)))
                    .flatMap(c -> web.app.recordResidentInformed().recordResidentInformed(c)));
            web.json(ctx, 200, obj("letter", letter(l)));
        });
        routes.post("/api/cases/{case}/decisions/{decision}/appeals", ctx -> {
            web.require(ctx, Permission.LODGE_APPEAL);
            var lodged = orFail(parsed(web.input.lodgeAppeal(me(ctx), caseId(ctx), decisionId(ctx), body(ctx)))
                    .flatMap(c -> web.app.lodgeAppeal().lodgeAppeal(c)));
            web.json(ctx, 201, obj("appeal", lodged.appeal().number(), "dueBy", lodged.dueBy().toString(),
                    "reviewLevel", lodged.reviewLevel().name()));
        });
        routes.post("/api/cases/{case}/appeals/{appeal}/decision", ctx -> {
            web.require(ctx, Permission.DECIDE_APPEAL);
            Letter l = orFail(parsed(web.input.decideAppeal(me(ctx), caseId(ctx),
                    new AppealId(number(ctx, "appeal")), body(ctx)))
                    .flatMap(c -> web.app.decideAppeal().decideAppeal(c)));
            web.json(ctx, 200, obj("letter", letter(l)));
        });
        routes.post("/api/cases/{case}/decisions/{decision}/reviews", ctx -> {
            web.require(ctx, Permission.REVIEW_RESTRICTION);
            Letter l = orFail(parsed(web.input.review(me(ctx), caseId(ctx), decisionId(ctx), body(ctx)))
                    .flatMap(c -> web.app.reviewRestriction().review(c)));
            web.json(ctx, 200, obj("letter", letter(l)));
        });
        routes.post("/api/cases/{case}/decisions/{decision}/lift", ctx -> {
            web.require(ctx, Permission.LIFT_RESTRICTION);
            Letter l = orFail(parsed(web.input.lift(me(ctx), caseId(ctx), decisionId(ctx), body(ctx)))
                    .flatMap(c -> web.app.liftRestriction().lift(c)));
            web.json(ctx, 200, obj("letter", letter(l)));
        });
        routes.get("/api/monitoring", this::monitoring);
    }

    // ---- plumbing ----------------------------------------------------------------------------------------------

    private static <T> Either<Failure, T> parsed(Either<Refusal, T> input) {
        return input.mapLeft(Failure.Refused::new);
    }

    private static <T> T orFail(Either<Failure, T> result) {
        if (result.isLeft()) {
            throw Failures.problem(result.getLeft());
        }
        return result.get();
    }

    private StaffId me(Context ctx) {
        return web.user(ctx).staff();
    }

    private Params body(Context ctx) {
        String type = Option.of(ctx.contentType()).getOrElse("");
        if (!type.startsWith("application/json")) {
            throw new HttpProblem(415, "Send JSON", "Send the request body as application/json.");
        }
        try {
            JsonNode root = web.json.readTree(ctx.body());
            if (root == null || !root.isObject()) {
                throw new HttpProblem(400, "The body is not a JSON object", "Send a JSON object.");
            }
            return new JsonParams(root);
        } catch (JacksonException e) {
            throw new HttpProblem(400, "The body is not valid JSON", "Send a valid JSON object.");
        }
    }

    private static ResidentId resident(Context ctx) {
        try {
            return new ResidentId(ctx.pathParam("resident"));
        } catch (IllegalArgumentException blank) {
            throw new HttpProblem(404, "Not found", "There is no resident " + ctx.pathParam("resident") + ".");
        }
    }

    private static CaseId caseId(Context ctx) {
        try {
            return CaseId.parse(ctx.pathParam("case"));
        } catch (IllegalArgumentException e) {
            throw new HttpProblem(404, "Not found", "There is no case " + ctx.pathParam("case") + ".");
        }
    }

    private static int number(Context ctx, String name) {
        try {
            int n = Integer.parseInt(ctx.pathParam(name));
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to not found
        }
        throw new HttpProblem(404, "Not found", "There is no " + name + " " + ctx.pathParam(name) + ".");
    }

    private static DecisionId decisionId(Context ctx) {
        return new DecisionId(number(ctx, "decision"));
    }

    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    // ---- resources ---------------------------------------------------------------------------------------------

    private void token(Context ctx) {
        Params p = body(ctx);
        UcaWeb.Outcome outcome = UcaWeb.authenticate(web, limiter, p.one("username"), p.one("password"), ctx.ip());
        if (outcome.session() == null) {
            if (outcome.status() == 401) {
                ctx.header("WWW-Authenticate", "Bearer");
            }
            throw new HttpProblem(outcome.status(), outcome.status() == 429 ? "Too many attempts" : "Not signed in",
                    outcome.error());
        }
        web.json(ctx, 201, obj("token", web.sessions.signedValue(outcome.session()), "tokenType", "Bearer",
                "expiresAt", web.sessions.expiresAt(outcome.session()).toString(), "note",
                "Send as 'Authorization: Bearer <token>'. The token lasts while in use, like a session."));
    }

    private void work(Context ctx) {
        web.require(ctx, Permission.VIEW_RESIDENTS_AND_CASES);
        StaffId me = me(ctx);
        List<Object> appeals = new ArrayList<>();
        List<Object> reviews = new ArrayList<>();
        if (web.may(ctx, Permission.DECIDE_APPEAL)) {
            orFail(web.app.workQueues().appealsDue(me, 10)).forEach(a -> appeals.add(obj("caseId",
                    a.appeal().caseId().toString(), "resident", a.appeal().resident().value(), "appeal",
                    a.appeal().appeal().number(), "decision", a.appeal().decision().number(), "dueBy",
                    a.appeal().dueBy().toString(), "reviewLevel", a.appeal().reviewLevel().name(), "overdue",
                    a.overdue(), "workingDaysLeft", a.workingDaysLeft())));
            orFail(web.app.workQueues().reviewsDue(me, 30)).forEach(r -> reviews.add(obj("caseId",
                    r.review().caseId().toString(), "resident", r.review().resident().value(), "decision",
                    r.review().decision().number(), "reviewDate", r.review().reviewDate().toString(), "overdue",
                    r.overdue())));
        }
        web.json(ctx, 200, obj("appealsDue", appeals, "reviewsDue", reviews, "myCases",
                orFail(web.app.workQueues().myCases(me)).map(CaseId::toString).toJavaList()));
    }

    private void residents(Context ctx) {
        web.require(ctx, Permission.VIEW_RESIDENTS_AND_CASES);
        var found = orFail(web.app.findResidents().findResidents(me(ctx), Option.of(ctx.queryParam("q")).getOrElse("")));
        web.json(ctx, 200, found.map(f -> obj("id", f.resident().id().value(), "name", f.resident().name(),
                "address", f.resident().address(), "caseId", f.caseId().map(CaseId::toString).getOrNull(),
                "restricted", f.restricted())).toJavaList());
    }

    private void monitoring(Context ctx) {
        web.require(ctx, Permission.VIEW_MONITORING);
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(Option.of(ctx.queryParam("from")).getOrElse(""));
            to = LocalDate.parse(Option.of(ctx.queryParam("to")).getOrElse(""));
        } catch (DateTimeParseException e) {
            throw new HttpProblem(422, "The policy does not allow this as it stands",
                    "Give the period as from and to dates (YYYY-MM-DD).", io.vavr.collection.List.of(
                            new Refusal.Problem("from", "Give from and to as dates, for example 2026-01-01.")));
        }
        MonitoringReport r = orFail(web.app.monitoring().report(me(ctx), from, to));
        web.json(ctx, 200, obj("from", r.from().toString(), "to", r.to().toString(),
                "actionsByCategory", names(r.actionsByCategory()), "measuresByKind", names(r.measuresByKind()),
                "decisionsByTeam", r.decisionsByTeam().toJavaMap(LinkedHashMap::new, t -> t),
                "decisionsByAuthorityLevel", names(r.decisionsByAuthorityLevel()), "decisions", r.decisions(),
                "warnings", r.warnings(), "warningsFollowedByRestriction", r.warningsFollowedByRestriction(),
                "immediateActions", r.immediateActions(), "appealsLodged", r.appealsLodged(),
                "appealOutcomes", names(r.appealOutcomes()), "appealsDecidedLate", r.appealsDecidedLate(),
                "medianDaysFromFirstActionToDecision", r.medianDaysFromFirstActionToDecision().getOrNull(),
                "restrictionsPastReviewDate", r.restrictionsPastReviewDate()));
    }

    private static <K extends Enum<K>> Map<String, Long> names(io.vavr.collection.Map<K, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k.name(), v));
        return out;
    }

    static Map<String, Object> guidance(ContactGuidance g) {
        return obj("resident", g.resident().value(), "restricted", g.restricted(),
                "allowedChannels", g.allowedChannels().stream().sorted().map(Enum::name).toList(),
                "singlePointOfContact", g.singlePointOfContact().map(s -> obj("officer", s.officer().value(), "name",
                        s.name())).getOrNull(),
                "timeAllowance", g.timeAllowance().map(t -> obj("minutesAllowed", t.minutesAllowed(), "per",
                        t.per().name(), "minutesUsed", t.minutesUsed(), "minutesLeft", t.minutesLeft())).getOrNull(),
                "noTelephoneCalls", g.noTelephoneCalls(), "accompaniedOnly", g.accompaniedOnly(),
                "excludedFromPersonalContact", g.excludedFromPersonalContact(), "officeBan", g.officeBan(),
                "thirdParty", g.thirdParty().getOrNull(), "limitedServices", g.limitedServices().toJavaList(),
                "complaintsProcessOpen", g.complaintsProcessOpen(),
                "tenancyActionInProgress", g.tenancyActionInProgress(), "policeInformed", g.policeInformed(),
                "otherMeasures", g.otherMeasures().toJavaList(),
                "nextReview", g.nextReview().map(LocalDate::toString).getOrNull(), "reviewOverdue", g.reviewOverdue(),
                "housingOmbudsmanRouteOpen", g.housingOmbudsmanRouteOpen(),
                "emergencyRepairsAndNecessaryPlannedWorksGoAhead", g.emergencyRepairsAndNecessaryPlannedWorksGoAhead());
    }

    static Map<String, Object> letter(Letter l) {
        return obj("kind", l.kind().name(), "caseId", l.caseId().toString(), "resident", l.resident().value(),
                "residentName", l.residentName(), "address", l.address(), "date", l.date().toString(),
                "subject", l.subject(), "sections", l.sections().map(s -> obj("heading", s.heading(), "paragraphs",
                        s.paragraphs().toJavaList())).toJavaList(), "signOff", l.signOff());
    }

    private Map<String, Object> caseJson(CaseView v) {
        Case c = v.theCase();
        return obj("id", c.id().toString(), "version", c.version(),
                "resident", obj("id", v.resident().id().value(), "name", v.resident().name(), "address",
                        v.resident().address()),
                "actions", c.actions().map(a -> obj("number", a.id().number(), "kind", a.kind().name(),
                        "otherKind", a.report().otherKind(), "affected", a.report().affected().stream().sorted()
                                .map(Enum::name).toList(), "occurredAt", text(a.occurredAt()),
                        "channel", a.report().channel().name(), "whatHappened", a.report().whatHappened(),
                        "safetyConcern", a.raisesSafetyConcerns(), "recordedBy", a.recordedBy().value(),
                        "recordedAt", text(a.recordedAt()))).toJavaList(),
                "warnings", c.warnings().map(w -> obj("number", w.id().number(), "actionsReferredTo",
                        w.actionsReferredTo().map(a -> a.number()).toJavaList(), "reasons", w.reasons(),
                        "whatMustChange", w.whatMustChange(), "issuedBy", w.issuedBy().value(), "issuedAt",
                        text(w.issuedAt()))).toJavaList(),
                "decisions", c.decisions().map(this::decisionJson).toJavaList(),
                "appeals", c.appeals().map(a -> obj("number", a.id().number(), "decision", a.decision().number(),
                        "received", a.received().toString(), "grounds", a.grounds(), "dueBy", a.dueBy().toString(),
                        "reviewLevel", a.reviewLevel().name(), "outcome", a.outcome().map(o -> obj("outcome",
                                o.outcome().name(), "reasons", o.reasons(), "decidedBy", o.decidedBy().id().value(),
                                "decidedAt", text(o.decidedAt()), "variedMeasures", o.variedMeasures()
                                        .map(m -> m.kind().name()).toJavaList())).getOrNull())).toJavaList(),
                "needs", obj("adjustments", c.needs().adjustments().map(a -> obj("kind", a.kind().name(), "notes",
                        a.notes())).toJavaList(), "vulnerabilityNotes", c.needs().vulnerabilityNotes()),
                "guidance", guidance(v.guidanceNow()),
                "timeline", c.history().map(e -> obj("at", text(e.at()), "by", e.by().value(), "event",
                        e.getClass().getSimpleName(), "summary", e.summary())).toJavaList(),
                "audit", v.audit().map(e -> obj("at", text(e.at()), "who", e.who().value(), "command", e.command(),
                        "outcome", e.outcome().name(), "why", e.why())).toJavaList());
    }

    private Map<String, Object> decisionJson(Decision d) {
        return obj("number", d.id().number(), "status", d.status().name(),
                "measures", d.measures().map(m -> obj("kind", m.kind().name(), "text", m.inPlainEnglish()))
                        .toJavaList(),
                "grounds", d.grounds() instanceof Grounds.AfterWarning w
                        ? obj("type", "AFTER_WARNING", "warning", w.warning().number(), "furtherActions",
                                w.furtherActions().map(a -> a.number()).toJavaList())
                        : obj("type", "IMMEDIATE_FOR_SAFETY", "actions", d.grounds().actions().map(a -> a.number())
                                .toJavaList(), "justification", ((Grounds.ImmediateForSafety) d.grounds())
                                .justification()),
                "reasons", d.reasons(), "authorisedBy", d.authorisedBy().id().value(),
                "authorisedAtLevel", d.authorisedBy().authority().name(), "authorisedAt", text(d.authorisedAt()),
                "reviewDate", d.reviewDate().toString(),
                "residentInformed", d.residentInformed().map(i -> obj("at", text(i.informedAt()), "by",
                        i.informedBy().value(), "how", i.how().name())).getOrNull(),
                "reviews", d.reviews().map(r -> obj("outcome", r.outcome().name(), "reasons", r.reasons(),
                        "reviewedBy", r.reviewedBy().id().value(), "reviewedAt", text(r.reviewedAt()),
                        "nextReviewDate", r.nextReviewDate().map(LocalDate::toString).getOrNull())).toJavaList());
    }
}
