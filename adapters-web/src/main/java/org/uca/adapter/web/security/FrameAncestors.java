package org.uca.adapter.web.security;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The pages allowed to frame UCA's guidance banner, as a Content Security Policy {@code frame-ancestors} source list:
 * UCA's own pages ({@code 'self'}) and the origins the landlord names, each {@code https://host[:port]} (plain
 * {@code http} only on this machine, for trying it out). Every other page of UCA is never framed.
 */
public record FrameAncestors(List<String> origins) {

    public static final FrameAncestors SELF = new FrameAncestors(List.of());

    public FrameAncestors {
        origins = List.copyOf(Objects.requireNonNull(origins, "origins"));
    }

    /**
     * The origins in a setting (separated by spaces or commas), checked: anything that is not an origin is refused,
     * naming it, so a typing slip never opens the banner to every site.
     */
    public static FrameAncestors parse(String setting, String name) {
        List<String> given = List.of(setting.strip().split("[\\s,]+"));
        if (setting.isBlank()) {
            return SELF;
        }
        for (String origin : given) {
            if (!isOrigin(origin)) {
                throw new IllegalArgumentException(name + " takes origins such as https://crm.example.org (scheme,"
                        + " host and an optional port; http only for localhost), not \"" + origin + "\".");
            }
        }
        return new FrameAncestors(given.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList());
    }

    private static boolean isOrigin(String candidate) {
        URI uri;
        try {
            uri = new URI(candidate);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
        String host = uri.getHost();
        boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        if (host == null || !bare || host.contains("*")) {
            return false;
        }
        boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        return "https".equalsIgnoreCase(uri.getScheme()) || ("http".equalsIgnoreCase(uri.getScheme()) && loopback);
    }

    /** The directive's value: {@code 'self'} and each origin. */
    public String sourceList() {
        return String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of("'self'"),
                origins.stream()).toList());
    }
}
