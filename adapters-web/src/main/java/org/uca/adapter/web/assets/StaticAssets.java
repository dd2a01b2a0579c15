package org.uca.adapter.web.assets;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.http.RouteTable;

/**
 * GOV.UK Frontend's CSS, JavaScript and assets, straight from its WebJar on the classpath, and UCA's own favicon
 * (read once). UCA's own CSS and JavaScript are Javalin's static files under {@code /static}.
 */
public final class StaticAssets {

    private static final Logger LOG = LoggerFactory.getLogger(StaticAssets.class);
    private static final String FALLBACK_GOVUK_VERSION = "5.14.0";

    private final String govuk = "/META-INF/resources/webjars/govuk-frontend/" + govukVersion() + "/dist/govuk";
    private final byte[] favicon = resource("/public/favicon.ico");

    public void register(RouteTable routes) {
        routes.get("/govuk/<file>", ctx -> webjarFile(ctx, govuk + "/" + ctx.pathParam("file")));
        routes.get("/assets/<file>", ctx -> webjarFile(ctx, govuk + "/assets/" + ctx.pathParam("file")));
        routes.get("/favicon.ico", ctx -> {
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.contentType("image/x-icon").result(favicon);
        });
    }

    private static void webjarFile(Context ctx, String resource) throws IOException {
        if (resource.contains("..") || resource.contains("\\") || resource.endsWith("/")) {
            throw new HttpProblem(404, "Page not found", "There is no such file.");
        }
        try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new HttpProblem(404, "Page not found", "There is no such file.");
            }
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.contentType(contentType(resource)).result(in.readAllBytes());
        }
    }

    private static String contentType(String resource) {
        String[][] types = {{".css", "text/css"}, {".js", "text/javascript"}, {".mjs", "text/javascript"},
            {".woff2", "font/woff2"}, {".woff", "font/woff"}, {".png", "image/png"}, {".svg", "image/svg+xml"},
            {".ico", "image/x-icon"}, {".json", "application/json"}, {".map", "application/json"}};
        for (String[] type : types) {
            if (resource.endsWith(type[0])) {
                return type[1];
            }
        }
        return "application/octet-stream";
    }

    private static byte[] resource(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the web adapter");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String govukVersion() {
        try (InputStream in = StaticAssets.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", FALLBACK_GOVUK_VERSION);
            }
        } catch (IOException e) {
            LOG.debug("No govuk-frontend version found", e);
        }
        return FALLBACK_GOVUK_VERSION;
    }
}
