package org.uca.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Forwarding headers count only from a trusted proxy (OWASP ASVS 14.5: do not trust client-supplied routing
 * headers): the tests' requests come from 127.0.0.1, trusted or not as each test says.
 */
class ClientAddressTest {

    /** An app that answers with what ClientAddress made of the request. */
    private static Javalin echo(ClientAddress addresses) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.before(addresses::attach);
            config.routes.get("/", ctx -> ctx.result(ClientAddress.of(ctx) + " " + ClientAddress.https(ctx)));
        });
    }

    private static String seen(ClientAddress addresses, String forwardedFor, String forwardedProto) {
        String[] answer = new String[1];
        JavalinTest.test(echo(addresses), (server, client) -> answer[0] = client.get("/", request -> {
            if (forwardedFor != null) {
                request.header("X-Forwarded-For", forwardedFor);
            }
            if (forwardedProto != null) {
                request.header("X-Forwarded-Proto", forwardedProto);
            }
        }).body().string());
        return answer[0];
    }

    @Test
    @DisplayName("from a client that is not a trusted proxy, X-Forwarded-For and X-Forwarded-Proto are ignored")
    void untrusted() {
        assertThat(seen(ClientAddress.trustingNoProxy(), "203.0.113.9", "https")).isEqualTo("127.0.0.1 false");
        assertThat(seen(ClientAddress.trusting("10.0.0.0/8"), "203.0.113.9", "https")).isEqualTo("127.0.0.1 false");
    }

    @Test
    @DisplayName("from a trusted proxy, the client is the rightmost hop that is not a trusted proxy, and its scheme counts")
    void trusted() {
        ClientAddress behindProxies = ClientAddress.trusting("127.0.0.0/8, 10.1.2.3");
        assertThat(seen(behindProxies, "203.0.113.9", "https")).isEqualTo("203.0.113.9 true");
        // a client's own X-Forwarded-For (the leftmost hops) is not believed past the first untrusted hop
        assertThat(seen(behindProxies, "198.51.100.1, 203.0.113.9, 10.1.2.3", "http"))
                .isEqualTo("203.0.113.9 false");
        assertThat(seen(behindProxies, null, null)).isEqualTo("127.0.0.1 false");
    }

    @Test
    @DisplayName("a hop that is not an address (a name, a script) is never used: the last proxy that added it is")
    void junk() {
        ClientAddress behindProxy = ClientAddress.trusting("127.0.0.1");
        assertThat(seen(behindProxy, "<script>, evil.example", null)).isEqualTo("127.0.0.1 false");
        assertThat(seen(behindProxy, "[2001:db8::1]:4711", null)).isEqualTo("2001:db8:0:0:0:0:0:1 false");
        assertThat(seen(behindProxy, "192.0.2.4:8080", null)).isEqualTo("192.0.2.4 false");
    }

    @Test
    @DisplayName("addresses and CIDR ranges, IPv4 and IPv6; anything else is refused naming it")
    void ranges() {
        assertThat(ClientAddress.Range.parse("10.0.0.0/8").contains(ClientAddress.literal("10.200.1.1"))).isTrue();
        assertThat(ClientAddress.Range.parse("10.0.0.0/8").contains(ClientAddress.literal("11.0.0.1"))).isFalse();
        assertThat(ClientAddress.Range.parse("fd00::/8").contains(ClientAddress.literal("fd12::1"))).isTrue();
        assertThat(ClientAddress.Range.parse("fd00::/8").contains(ClientAddress.literal("10.0.0.1"))).isFalse();
        assertThat(ClientAddress.Range.parse("192.0.2.7").contains(ClientAddress.literal("192.0.2.8"))).isFalse();
        assertThatThrownBy(() -> ClientAddress.trusting("localhost")).hasMessageContaining("\"localhost\"");
        assertThat(ClientAddress.literal("example.org")).as("never looked up").isNull();
    }

    @Test
    @DisplayName("X-Forwarded-For from a peer that is not a trusted proxy is warned of once per peer (its users share"
            + " one address for the sign-in limiter), naming UCA_TRUSTED_PROXIES and never the forwarded addresses")
    void untrustedForwardingWarnedOnce() {
        Logger log = (Logger) LoggerFactory.getLogger(ClientAddress.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        try {
            ClientAddress notTheProxy = ClientAddress.trusting("10.0.0.0/8");
            seen(notTheProxy, null, null);
            assertThat(lines.list).as("no header, nothing to say").isEmpty();
            seen(notTheProxy, "203.0.113.9", null);
            seen(notTheProxy, "198.51.100.4", null);
            seen(notTheProxy, "203.0.113.10", "https");
            assertThat(lines.list).singleElement().satisfies(line -> {
                assertThat(line.getLevel()).isEqualTo(Level.WARN);
                assertThat(line.getFormattedMessage()).contains("127.0.0.1", "UCA_TRUSTED_PROXIES",
                        "sign-in limiter").doesNotContain("203.0.113", "198.51.100");
            });
            ClientAddress anotherProcess = ClientAddress.trustingNoProxy();
            seen(anotherProcess, "203.0.113.9", null);
            assertThat(lines.list).as("each process warns once").hasSize(2);
            lines.list.clear();
            seen(ClientAddress.trusting("127.0.0.1"), "203.0.113.9", null);
            assertThat(lines.list).as("a trusted proxy's header is believed, not warned of").isEmpty();
        } finally {
            log.detachAppender(lines);
        }
    }
}
