package org.uca.adapter.web.security;

import io.javalin.http.Context;

/**
 * The headers every response carries: no inline script, no framing (but for the guidance banner, by the origins the
 * landlord names), no sniffing, no referrer leaks.
 */
public final class SecurityHeaders {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors ";
    public static final String CONTENT_SECURITY_POLICY = POLICY + "'none'";

    /** The banner another system's screen may frame (everything else refuses to be framed). */
    public static final String EMBEDDED = "/embed/";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx, boolean secure) {
        apply(ctx, secure, FrameAncestors.SELF);
    }

    /** @param framedBy who may frame the banner under {@link #EMBEDDED}; no other page is ever framed */
    public static void apply(Context ctx, boolean secure, FrameAncestors framedBy) {
        if (ctx.path().startsWith(EMBEDDED)) {
            // frame-ancestors alone: X-Frame-Options cannot name several origins, and browsers that read CSP ignore it
            ctx.header("Content-Security-Policy", POLICY + framedBy.sourceList());
        } else {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Frame-Options", "DENY");
        }
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
