package org.uca.adapter.web.assets;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.http.RouteTable;

/**
 * GOV.UK Frontend's CSS, JavaScript and assets, straight from its WebJar on the classpath; UCA's own CSS and
 * JavaScript under {@code /static} (from {@code /public} on the classpath, with an ETag so a browser revalidates
 * them cheaply); and UCA's favicon (read once). Every file is read with {@code getResourceAsStream}: Javalin's static
 * file handler would have Jetty mount the whole fat jar as a zip file system at start-up, about half a second of
 * start-up CPU (BENCHMARKS.md, "Start-up, part by part").
 */
public final class StaticAssets {

    private static final Logger LOG = LoggerFactory.getLogger(StaticAssets.class);
    private static final String FALLBACK_GOVUK_VERSION = "5.14.0";
    /** A file name under {@code /static}, in folders or not: no "..", no empty or hidden segment, no backslash. */
    private static final Pattern OWN_FILE =
            Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9_.-]*/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*");

    private final String govuk = "/META-INF/resources/webjars/govuk-frontend/" + govukVersion() + "/dist/govuk";
    private final byte[] favicon = resource("/public/favicon.ico");
    /** UCA's own files as read the first time they were asked for (they cannot change while UCA runs). */
    private final Map<String, OwnFile> ownFiles = new ConcurrentHashMap<>();

    /** One of UCA's own files: its bytes and its entity tag (a digest of the bytes, so it changes with them). */
    private record OwnFile(String contentType, byte[] bytes, String etag) {
    }

    public void register(RouteTable routes) {
        routes.get("/govuk/<file>", ctx -> webjarFile(ctx, govuk + "/" + ctx.pathParam("file")));
        routes.get("/assets/<file>", ctx -> webjarFile(ctx, govuk + "/assets/" + ctx.pathParam("file")));
        routes.get("/static/<file>", this::ownFile);
        routes.get("/favicon.ico", ctx -> {
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.contentType("image/x-icon").result(favicon);
        });
    }

    /**
     * As Javalin's static files answered: revalidated on every use ({@code max-age=0}), 304 when the browser's copy
     * is current, 404 for anything that is not a file of {@code /public}.
     */
    private void ownFile(Context ctx) {
        String name = ctx.pathParam("file");
        if (!OWN_FILE.matcher(name).matches() || name.contains("..")) {
            throw new HttpProblem(404, "Page not found", "There is no such file.");
        }
        OwnFile file = ownFiles.computeIfAbsent(name, StaticAssets::readOwnFile);
        if (file == null) {
            throw new HttpProblem(404, "Page not found", "There is no such file.");
        }
        ctx.header("Cache-Control", "max-age=0");
        ctx.header("ETag", file.etag());
        ctx.contentType(file.contentType());
        if (matches(ctx.header("If-None-Match"), file.etag())) {
            ctx.status(304);
            return;
        }
        ctx.result(file.bytes());
    }

    /** The file, or null when there is none (so nothing is remembered for a name that is not a file). */
    private static OwnFile readOwnFile(String name) {
        String resource = "/public/" + name;
        try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readAllBytes();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            String etag = "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22)
                    + "\"";
            return new OwnFile(contentType(resource), bytes, etag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** Whether an If-None-Match header names this entity tag (weak comparison, as RFC 9110 asks for it). */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals(etag) || candidate.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
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
