package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Map.Entry;
import org.uca.adapter.web.api.json.SyncJson;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.MachineClients;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ImportResidentsUseCase.Change;
import org.uca.application.port.in.SyncResidentsUseCase;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.Refusal.Problem;
import tools.jackson.databind.JsonNode;

/**
 * The housing system's nightly sync, with a machine credential (Admission admits no other bearer here): one resident
 * by reference, or a batch applied all or nothing. Fields are named like the import file's columns.
 */
final class SyncEndpoints {

    private final JsonExchange json;
    private final SyncResidentsUseCase sync;

    SyncEndpoints(JsonExchange json, SyncResidentsUseCase sync) {
        this.json = json;
        this.sync = sync;
    }

    void register(RouteTable routes) {
        routes.put("/api/residents/{reference}", SyncJson.Synced.class, ctx -> {
            String reference = ctx.pathParam("reference");
            Change change = orFail(fields(json.object(ctx), "").flatMap(f -> sync.syncResident(
                    MachineClients.of(ctx), reference, f)));
            json.write(ctx, change == Change.ADDED ? 201 : 200, new SyncJson.Synced(reference, change));
        });
        routes.post("/api/residents/batch", SyncJson.Report.class, ctx -> {
            JsonNode residents = json.object(ctx).get("residents");
            if (residents == null || !residents.isArray()) {
                throw orFailed(List.of(new Problem("residents", "give the residents as an array of objects")));
            }
            List<Problem> problems = List.empty();
            List<Map<String, String>> given = List.empty();
            for (int i = 0; i < residents.size(); i++) {
                Either<Failure, Map<String, String>> read = fields(residents.get(i), "residents[" + i + "].");
                if (read.isLeft()) {
                    problems = problems.appendAll(((Failure.Refused) read.getLeft()).refusal().problems());
                } else {
                    given = given.append(read.get());
                }
            }
            if (!problems.isEmpty()) {
                throw orFailed(problems);
            }
            json.write(ctx, 200, SyncJson.Report.from(orFail(sync.syncResidents(MachineClients.of(ctx), given))));
        });
    }

    private static RuntimeException orFailed(Seq<Problem> problems) {
        return org.uca.adapter.web.http.Failures.problem(new Failure.Refused(new Refusal(problems)));
    }

    /** A JSON object's fields as text (a number is taken as written; null is left out), or a problem per field. */
    private static Either<Failure, Map<String, String>> fields(JsonNode node, String place) {
        if (node == null || !node.isObject()) {
            return Either.left(new Failure.Refused(Refusal.of(place.isEmpty() ? "body" : place.substring(0,
                    place.length() - 1), "is not a JSON object of the resident's fields")));
        }
        List<Problem> problems = List.empty();
        Map<String, String> fields = LinkedHashMap.empty();
        for (Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            if (value.isString() || value.isNumber()) {
                fields = fields.put(field.getKey(), value.asString());
            } else {
                problems = problems.append(new Problem(place + field.getKey(), "is not text"));
            }
        }
        return problems.isEmpty() ? Either.right(fields) : Either.left(new Failure.Refused(new Refusal(problems)));
    }
}
