package org.uca.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.uca.adapter.web.security.SignInOptions;
import org.uca.adapter.web.security.oidc.OidcSettings;
import org.uca.adapter.web.security.oidc.RoleMap;

/**
 * How staff sign in, from {@code UCA_LOCAL_PASSWORDS} and the {@code UCA_OIDC_…} settings: single sign-on is on when
 * {@code UCA_OIDC_ISSUER} is set, and then needs the client id and secret and the role map. Every mistake is refused
 * with one line naming the setting. {@code UCA_PUBLIC_URL}, when set, is where staff reach UCA: single sign-on's
 * callback and the set-password links start with it.
 */
final class SignInConfiguration {

    static final String DEFAULT_ROLE_CLAIM = "groups";
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    private static final List<String> OIDC_SETTINGS = List.of("UCA_OIDC_CLIENT_ID", "UCA_OIDC_CLIENT_SECRET",
            "UCA_OIDC_ROLE_MAP", "UCA_OIDC_ROLE_CLAIM", "UCA_OIDC_PROVIDER_NAME");

    private SignInConfiguration() {
    }

    /** @param setting a setting's value, "" when unset */
    static SignInOptions from(UnaryOperator<String> setting, int port) {
        String publicUrl = setting.apply("UCA_PUBLIC_URL");
        // links handed out (the one-time set-password link) start with it; without it, the request's scheme and host
        return options(setting, port).reachedAt(publicUrl.isBlank() ? Optional.empty()
                : Optional.of(webAddress("UCA_PUBLIC_URL", publicUrl)));
    }

    private static SignInOptions options(UnaryOperator<String> setting, int port) {
        boolean localPasswords = yesOrNo("UCA_LOCAL_PASSWORDS", setting.apply("UCA_LOCAL_PASSWORDS"), true);
        String issuer = setting.apply("UCA_OIDC_ISSUER");
        if (issuer.isBlank()) {
            for (String name : OIDC_SETTINGS) {
                if (!setting.apply(name).isBlank()) {
                    throw new IllegalArgumentException(name + " is set but UCA_OIDC_ISSUER is not: set the issuer"
                            + " URL to switch single sign-on on.");
                }
            }
            if (!localPasswords) {
                throw new IllegalArgumentException("UCA_LOCAL_PASSWORDS=false needs single sign-on (UCA_OIDC_ISSUER"
                        + " and the other UCA_OIDC_ settings): otherwise nobody could sign in.");
            }
            return SignInOptions.passwordsOnly();
        }
        String publicUrl = setting.apply("UCA_PUBLIC_URL");
        URI base = webAddress("UCA_PUBLIC_URL", publicUrl.isBlank() ? "http://localhost:" + port : publicUrl);
        OidcSettings oidc = new OidcSettings(webAddress("UCA_OIDC_ISSUER", issuer),
                required(setting, "UCA_OIDC_CLIENT_ID"), required(setting, "UCA_OIDC_CLIENT_SECRET"),
                URI.create(base.toString().replaceAll("/+$", "") + OidcSettings.CALLBACK_PATH),
                orElse(setting.apply("UCA_OIDC_ROLE_CLAIM"), DEFAULT_ROLE_CLAIM),
                RoleMap.parse(required(setting, "UCA_OIDC_ROLE_MAP")),
                orElse(setting.apply("UCA_OIDC_PROVIDER_NAME"), "single sign-on"), CLOCK_SKEW);
        return new SignInOptions(localPasswords, Optional.of(oidc));
    }

    /** An absolute http(s) URL; plain http only on this machine (OAuth 2.0 Security BCP 4.1.1, 2.6). */
    private static URI webAddress(String name, String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a URL: \"" + value + "\".", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(name + " must be an https:// URL, not \"" + value + "\".");
        }
        boolean loopback = uri.getHost().equals("localhost") || uri.getHost().equals("127.0.0.1")
                || uri.getHost().equals("[::1]");
        if (scheme.equals("http") && !loopback) {
            throw new IllegalArgumentException(name + " must use https:// (plain http only for localhost), not \""
                    + value + "\".");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException(name + " must not have a query or fragment: \"" + value + "\".");
        }
        return uri;
    }

    private static String required(UnaryOperator<String> setting, String name) {
        String value = setting.apply(name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must be set when UCA_OIDC_ISSUER is.");
        }
        return value;
    }

    private static String orElse(String value, String fallback) {
        return value.isBlank() ? fallback : value;
    }

    private static boolean yesOrNo(String name, String value, boolean fallback) {
        if (value.isBlank()) {
            return fallback;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException(name + " must be true or false, not \"" + value + "\".");
    }
}
