package org.uca.adapter.web.security;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Optional;

/**
 * The address staff reach UCA at, for links UCA hands out to be opened elsewhere (the one-time set-password link):
 * {@code UCA_PUBLIC_URL} when it is set, otherwise the request's own scheme and host, the scheme as the trusted-proxy
 * rules see it ({@link ClientAddress#https}: {@code X-Forwarded-Proto} only from a trusted proxy).
 */
public final class PublicAddress {

    private static final String ATTRIBUTE = "uca.publicAddress";

    private final Optional<String> configured;

    /** @param configured {@code UCA_PUBLIC_URL}, when set */
    public PublicAddress(Optional<URI> configured) {
        this.configured = configured.map(uri -> uri.toString().replaceAll("/+$", ""));
    }

    /** A before-handler (after {@link ClientAddress#attach}): makes the address known to the request's handlers. */
    public void attach(Context ctx) {
        ctx.attribute(ATTRIBUTE, this);
    }

    /** The base of links for this request, without a trailing slash, e.g. {@code https://uca.example.org}. */
    public static String of(Context ctx) {
        PublicAddress address = ctx.attribute(ATTRIBUTE);
        Optional<String> configured = address == null ? Optional.empty() : address.configured;
        return configured.orElseGet(() -> (ClientAddress.https(ctx) ? "https" : "http") + "://" + ctx.host());
    }
}
