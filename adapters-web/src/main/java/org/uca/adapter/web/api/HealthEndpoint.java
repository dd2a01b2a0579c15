package org.uca.adapter.web.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.web.api.json.HealthJson;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.port.HealthCheck;

/** {@code GET /health}: 200 while UCA can do its work (the database answers), 503 when it cannot. */
public final class HealthEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(HealthEndpoint.class);

    private final JsonExchange json;
    private final HealthCheck health;

    public HealthEndpoint(JsonExchange json, HealthCheck health) {
        this.json = json;
        this.health = health;
    }

    public void register(RouteTable routes) {
        routes.get("/health", HealthJson.class, ctx -> {
            boolean healthy = healthy();
            json.write(ctx, healthy ? 200 : 503, HealthJson.of(healthy));
        });
    }

    private boolean healthy() {
        try {
            return health.healthy();
        } catch (RuntimeException e) {
            LOG.warn("Health check failed", e);
            return false;
        }
    }
}
