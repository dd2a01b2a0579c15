package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.vavr.control.Either;
import java.util.Optional;
import org.uca.adapter.web.api.json.SafeVisitJson;
import org.uca.adapter.web.api.json.SafeVisitPropertiesJson;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.MachineClients;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.SafeVisitQuery;
import org.uca.application.port.in.SyncResidentsUseCase.MachineClient;
import org.uca.domain.people.ResidentId;
import org.uca.domain.shared.Refusal;

/**
 * The safe-visit look-up, {@code GET /api/visits?uprn=…} or {@code ?resident=…}: for a contractor's account or a
 * contractor's system (a safe-visit machine credential). The landlord's phone number goes with each contact named.
 * {@code GET /api/visits/properties?postcode=…&address=…} finds the UPRN to ask about by address.
 */
final class VisitEndpoints {

    private final JsonExchange json;
    private final SafeVisitQuery visits;
    private final Optional<String> phone;

    VisitEndpoints(JsonExchange json, SafeVisitQuery visits, Optional<String> phone) {
        this.json = json;
        this.visits = visits;
        this.phone = phone;
    }

    void register(RouteTable routes) {
        routes.get("/api/visits", SafeVisitJson.class, ctx -> {
            String uprn = ctx.queryParam("uprn");
            String resident = ctx.queryParam("resident");
            Optional<MachineClient> machine = MachineClients.ifAny(ctx);
            Either<Failure, SafeVisitQuery.SafeVisit> found;
            if ((uprn == null) == (resident == null)) {
                found = Either.left(new Failure.Refused(Refusal.of(uprn == null ? "uprn" : "resident",
                        "Ask about one property (?uprn=…) or one resident (?resident=…), not "
                                + (uprn == null ? "neither." : "both."))));
            } else if (uprn != null) {
                found = machine.isPresent() ? visits.atProperty(machine.get(), uprn)
                        : visits.atProperty(RequestSessions.me(ctx), uprn);
            } else if (resident.isBlank()) {
                found = Either.left(new Failure.Refused(Refusal.of("resident", "Give the resident's reference.")));
            } else {
                ResidentId id = new ResidentId(resident.strip());
                found = machine.isPresent() ? visits.forResident(machine.get(), id)
                        : visits.forResident(RequestSessions.me(ctx), id);
            }
            json.write(ctx, 200, SafeVisitJson.from(orFail(found), phone));
        });
        routes.get("/api/visits/properties", SafeVisitPropertiesJson.class, ctx -> {
            String postcode = ctx.queryParam("postcode");
            String address = ctx.queryParam("address");
            Optional<MachineClient> machine = MachineClients.ifAny(ctx);
            json.write(ctx, 200, SafeVisitPropertiesJson.from(orFail(machine.isPresent()
                    ? visits.propertiesByAddress(machine.get(), postcode, address)
                    : visits.propertiesByAddress(RequestSessions.me(ctx), postcode, address))));
        });
    }
}
