package org.uca.adapter.web.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Registers routes and remembers them with the record each answers with, so the OpenAPI document can be checked
 * against what is really served.
 */
public final class RouteTable {

    /**
     * @param response the record a JSON route answers with on success; {@code Void} for pages and files
     * @param list     whether it answers with a JSON array of {@code response}
     */
    public record Route(String method, String path, Class<?> response, boolean list) {
    }

    private final RoutesConfig config;
    private final List<Route> registered = new ArrayList<>();

    public RouteTable(RoutesConfig config) {
        this.config = config;
    }

    public void get(String path, Handler handler) {
        get(path, Void.class, handler);
    }

    public void post(String path, Handler handler) {
        post(path, Void.class, handler);
    }

    public void get(String path, Class<?> response, Handler handler) {
        registered.add(new Route("GET", path, response, false));
        config.get(path, handler);
    }

    public void post(String path, Class<?> response, Handler handler) {
        registered.add(new Route("POST", path, response, false));
        config.post(path, handler);
    }

    public void put(String path, Class<?> response, Handler handler) {
        registered.add(new Route("PUT", path, response, false));
        config.put(path, handler);
    }

    public void delete(String path, Class<?> response, Handler handler) {
        registered.add(new Route("DELETE", path, response, false));
        config.delete(path, handler);
    }

    /** A JSON route that answers with an array of {@code item}. */
    public void getList(String path, Class<?> item, Handler handler) {
        registered.add(new Route("GET", path, item, true));
        config.get(path, handler);
    }

    public List<Route> all() {
        return Collections.unmodifiableList(registered);
    }
}
