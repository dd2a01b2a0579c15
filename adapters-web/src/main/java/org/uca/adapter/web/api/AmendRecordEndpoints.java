package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import org.uca.adapter.web.api.json.Results;
import org.uca.adapter.web.http.CasePreconditions;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.application.port.in.AmendRecordUseCase;
import org.uca.application.port.in.Task;
import org.uca.domain.cases.EnteredInError;

/** Amending an action, warning or the details of a decision: one route per kind, each with its own fields. */
final class AmendRecordEndpoints {

    private final JsonExchange json;
    private final RoleBeforeInput roleFirst;
    private final CommandInput input;
    private final AmendRecordUseCase amendRecords;

    AmendRecordEndpoints(JsonExchange json, RoleBeforeInput roleFirst, CommandInput input,
            AmendRecordUseCase amendRecords) {
        this.json = json;
        this.roleFirst = roleFirst;
        this.input = input;
        this.amendRecords = amendRecords;
    }

    void register(RouteTable routes) {
        for (EnteredInError.Part part : EnteredInError.Part.values()) {
            routes.post(roleFirst.attempt("/api/cases/{case}/" + part.word() + "s/{number}/amend",
                    Task.AMEND_RECORDS), Results.RecordAmended.class, ctx -> {
                int number = PathParams.number(ctx, "number");
                json.write(ctx, 200, Results.RecordAmended.from(part, number, orFail(roleFirst.parsed(ctx,
                        Task.AMEND_RECORDS, input.amend(RequestSessions.me(ctx), PathParams.caseId(ctx), part, number,
                                json.body(ctx)),
                        CasePreconditions::ifMatch)
                        .flatMap(amendRecords::amend))));
            });
        }
    }
}
