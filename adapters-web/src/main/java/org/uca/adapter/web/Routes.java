package org.uca.adapter.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Registers routes and remembers them, so the OpenAPI document can be checked against what is really served. */
public final class Routes {

    public record Route(String method, String path) {
    }

    private final RoutesConfig config;
    private final List<Route> registered = new ArrayList<>();

    Routes(RoutesConfig config) {
        this.config = config;
    }

    public void get(String path, Handler handler) {
        registered.add(new Route("GET", path));
        config.get(path, handler);
    }

    public void post(String path, Handler handler) {
        registered.add(new Route("POST", path));
        config.post(path, handler);
    }

    public List<Route> all() {
        return Collections.unmodifiableList(registered);
    }
}
