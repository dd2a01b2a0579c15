package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.uca.adapter.web.api.json.MonitoringJson;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.MonitoringQuery;
import org.uca.application.port.in.Task;
import org.uca.domain.shared.Refusal;

/** {@code GET /api/monitoring?from&to}: the monitoring report for a period. */
final class MonitoringEndpoint {

    private final JsonExchange json;
    private final RoleBeforeInput roleFirst;
    private final MonitoringQuery monitoring;

    MonitoringEndpoint(JsonExchange json, RoleBeforeInput roleFirst, MonitoringQuery monitoring) {
        this.json = json;
        this.roleFirst = roleFirst;
        this.monitoring = monitoring;
    }

    void register(RouteTable routes) {
        routes.get("/api/monitoring", MonitoringJson.class, this::monitoring);
    }

    private void monitoring(Context ctx) {
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(Option.of(ctx.queryParam("from")).getOrElse(""));
            to = LocalDate.parse(Option.of(ctx.queryParam("to")).getOrElse(""));
        } catch (DateTimeParseException e) {
            roleFirst.refuseUnlessOffered(ctx, Task.SEE_MONITORING);
            throw new HttpProblem(422, "The policy does not allow this as it stands",
                    "Give the period as from and to dates (YYYY-MM-DD).", io.vavr.collection.List.of(
                            new Refusal.Problem("from", "Give from and to as dates, for example 2026-01-01.")));
        }
        json.write(ctx, 200, MonitoringJson.from(orFail(monitoring.report(RequestSessions.me(ctx), from, to))));
    }
}
