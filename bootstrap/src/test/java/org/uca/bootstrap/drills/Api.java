package org.uca.bootstrap.drills;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A staff system talking to UCA's JSON API over localhost, with a bearer token; every request is time-bounded. */
final class Api {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** What UCA answered. */
    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
        }
    }

    final String base;

    Api(String base) {
        this.base = base;
    }

    /** A bearer token for a demo login. */
    String token(String username, String password) {
        Reply reply = post("/api/tokens", null, Map.of("username", username, "password", password));
        if (reply.status() != 201) {
            throw new IllegalStateException("no token for " + username + ": " + reply);
        }
        return reply.json().get("token").asString();
    }

    /**
     * Posts JSON. A change to a case is sent as a careful client sends it: with the case's ETag, read just before,
     * as If-Match (If-None-Match: * for a resident with no case yet).
     */
    Reply post(String path, String token, Object body) {
        return send(conditional(request(path, token), path, p -> get(p, token)).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    private static final Pattern CASE_CHANGE = Pattern.compile("^/api/cases/([^/?]+)/(warnings|decisions"
            + "|decisions/[^/]+/(informed|appeals|reviews|lift)|appeals/[^/]+/decision)$");
    private static final Pattern RESIDENT_CHANGE = Pattern.compile(
            "^/api/residents/([^/?]+)/(actions|contacts|needs)$");

    /** The request with the precondition a change to the case at {@code path} needs, read with {@code get}. */
    static HttpRequest.Builder conditional(HttpRequest.Builder request, String path, Function<String, Reply> get) {
        Matcher onCase = CASE_CHANGE.matcher(path);
        Matcher onResident = RESIDENT_CHANGE.matcher(path);
        String caseId;
        if (onCase.matches()) {
            caseId = onCase.group(1);
        } else if (onResident.matches()) {
            Reply found = get.apply("/api/residents?q=" + onResident.group(1));
            if (found.status() != 200) {
                return request;
            }
            JsonNode resident = null;
            for (JsonNode r : found.json()) {
                if (r.get("id").asString().equals(onResident.group(1))) {
                    resident = r;
                }
            }
            if (resident == null) {
                return request;
            }
            if (resident.get("caseId").isNull()) {
                return request.header("If-None-Match", "*");
            }
            caseId = resident.get("caseId").asString();
        } else {
            return request;
        }
        Reply read = get.apply("/api/cases/" + caseId);
        return read.status() == 200 ? request.header("If-Match", "\"" + read.json().get("version").asLong() + "\"")
                : request;
    }

    Reply put(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    /** Posts the body as given; a change to a case with the case's ETag as If-Match, as {@link #post} does. */
    Reply postRaw(String path, String token, String contentType, String body) {
        HttpRequest.Builder b = conditional(request(path, token), path, p -> get(p, token));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Reply get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    static Reply send(HttpRequest request) {
        return sendOn(HTTP, request);
    }

    static Reply sendOn(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
