package org.uca.adapter.web.security;

import io.javalin.http.Context;

/** The headers every response carries: no inline script, no framing, no sniffing, no referrer leaks. */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx, boolean secure) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        if (secure) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
        String path = ctx.path();
        if (!path.startsWith("/assets/") && !path.startsWith("/static/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
