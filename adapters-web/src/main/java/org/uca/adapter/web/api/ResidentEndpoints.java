package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.vavr.control.Option;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.uca.adapter.web.api.json.FoundResidentJson;
import org.uca.adapter.web.api.json.GuidanceJson;
import org.uca.adapter.web.api.json.Results;
import org.uca.adapter.web.http.Outcomes;
import org.uca.adapter.web.http.CasePreconditions;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.input.Paging;
import org.uca.adapter.web.input.ServiceParam;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.ContactGuidanceQuery;
import org.uca.application.port.in.FindResidentsQuery;
import org.uca.application.port.in.RecordContactUseCase;
import org.uca.application.port.in.RecordResidentNeedsUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.in.Task;
import org.uca.domain.measures.LandlordService;

/** Residents: finding them, their contact guidance, and recording actions, contact time and adjustments. */
final class ResidentEndpoints {

    private final JsonExchange json;
    private final RoleBeforeInput roleFirst;
    private final CommandInput input;
    private final FindResidentsQuery findResidents;
    private final ContactGuidanceQuery contactGuidance;
    private final RecordUnacceptableActionsUseCase recordActions;
    private final RecordContactUseCase recordContact;
    private final RecordResidentNeedsUseCase recordNeeds;

    ResidentEndpoints(JsonExchange json, RoleBeforeInput roleFirst, CommandInput input,
            FindResidentsQuery findResidents, ContactGuidanceQuery contactGuidance,
            RecordUnacceptableActionsUseCase recordActions, RecordContactUseCase recordContact,
            RecordResidentNeedsUseCase recordNeeds) {
        this.json = json;
        this.roleFirst = roleFirst;
        this.input = input;
        this.findResidents = findResidents;
        this.contactGuidance = contactGuidance;
        this.recordActions = recordActions;
        this.recordContact = recordContact;
        this.recordNeeds = recordNeeds;
    }

    void register(RouteTable routes) {
        routes.getList("/api/residents", FoundResidentJson.class, ctx -> {
            String q = Option.of(ctx.queryParam("q")).getOrElse("");
            FindResidentsQuery.ResultPage found = orFail(Outcomes.refusedIfInvalid(Paging.of(ctx.queryParam("page"),
                    ctx.queryParam("size"))).flatMap(p -> findResidents.findResidents(RequestSessions.me(ctx), q,
                    p.page(), p.size())));
            if (found.hasNext()) {
                // The next page, as an RFC 8288 link; the body stays the list of residents.
                ctx.header("Link", "</api/residents?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page="
                        + (found.page() + 1) + "&size=" + found.size() + ">; rel=\"next\"");
            }
            json.write(ctx, 200, found.found().map(FoundResidentJson::from).toJavaList());
        });
        routes.get("/api/residents/{resident}/guidance", GuidanceJson.class, ctx -> {
            Option<LandlordService> service = orFail(Outcomes.refusedIfInvalid(
                    ServiceParam.of(ctx.queryParam("service"))));
            ContactGuidanceQuery.AsOf found = orFail(contactGuidance.guidanceAsOf(RequestSessions.me(ctx),
                    PathParams.residentId(ctx), service));
            // the case's version, to send back as If-Match when recording contact; no case: If-None-Match: *
            if (!found.version().equals(CaseVersion.NO_CASE_YET)) {
                ctx.header("ETag", CasePreconditions.etag(found.version().number()));
            }
            json.write(ctx, 200, GuidanceJson.from(found.guidance(), service));
        });
        routes.post(roleFirst.attempt("/api/residents/{resident}/actions",
                Task.RECORD_ACTIONS), Results.ActionsRecorded.class, ctx -> {
            json.write(ctx, 201, Results.ActionsRecorded.from(orFail(roleFirst.parsed(ctx, Task.RECORD_ACTIONS,
                    input.recordActions(RequestSessions.me(ctx), PathParams.residentId(ctx), json.body(ctx)),
                    CasePreconditions::ifMatchOrNoCase)
                    .flatMap(recordActions::recordActions))));
        });
        routes.post(roleFirst.attempt("/api/residents/{resident}/contacts",
                Task.RECORD_CONTACT), GuidanceJson.class, ctx -> {
            json.write(ctx, 200, GuidanceJson.from(orFail(roleFirst.parsed(ctx, Task.RECORD_CONTACT,
                    input.recordContact(RequestSessions.me(ctx), PathParams.residentId(ctx), json.body(ctx)),
                    CasePreconditions::ifMatchOrNoCase)
                    .flatMap(recordContact::recordContact))));
        });
        routes.post(roleFirst.attempt("/api/residents/{resident}/needs",
                Task.RECORD_NEEDS), Results.NeedsRecorded.class, ctx -> {
            json.write(ctx, 200, Results.NeedsRecorded.from(orFail(roleFirst.parsed(ctx, Task.RECORD_NEEDS,
                    input.recordNeeds(RequestSessions.me(ctx), PathParams.residentId(ctx), json.body(ctx)),
                    CasePreconditions::ifMatchOrNoCase)
                    .flatMap(recordNeeds::recordNeeds))));
        });
    }
}
