package org.uca.adapter.web.security;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is asking, and over what: the socket's address and scheme, unless the socket is one of the trusted proxies
 * ({@code UCA_TRUSTED_PROXIES}), when {@code X-Forwarded-For} gives the address (its rightmost hop that is not a
 * trusted proxy) and {@code X-Forwarded-Proto} the scheme. Anyone else's forwarding headers are ignored: a client
 * could otherwise pick a fresh address for every guess at a password. Sign-in, the audit lines and the cookie's
 * Secure flag all ask here, once per request ({@link #attach}).
 *
 * <p>A peer that sends {@code X-Forwarded-For} but is not trusted is most likely a reverse proxy nobody told UCA
 * about: every user behind it then has the proxy's address, so they share one count in the sign-in limiter. That is
 * logged once per peer address per process (a WARN naming the peer and {@code UCA_TRUSTED_PROXIES}, never the
 * header's contents, which are the users' addresses).
 */
public final class ClientAddress {

    private static final Logger LOG = LoggerFactory.getLogger(ClientAddress.class);
    /** The most peers warned about (a bound on memory: peers are real sockets, but IPv6 has many). */
    private static final int MAX_WARNED = 1_000;

    private static final String ATTRIBUTE = "uca.client";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** The client's address and whether it reached UCA (or its trusted proxy) over HTTPS. */
    record Client(String address, boolean https) {
    }

    private final List<Range> trusted;
    /** The untrusted peers already warned about for sending X-Forwarded-For. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    private ClientAddress(List<Range> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** Trusts no proxy: the socket's address and scheme, always. */
    public static ClientAddress trustingNoProxy() {
        return new ClientAddress(List.of());
    }

    /**
     * @param proxies addresses and CIDR ranges separated by commas or spaces, e.g. {@code 10.0.0.0/8, ::1}
     * @throws IllegalArgumentException naming the first entry that is not an address or range
     */
    public static ClientAddress trusting(String proxies) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : proxies.strip().split("[,\\s]+")) {
            if (!entry.isEmpty()) {
                ranges.add(Range.parse(entry));
            }
        }
        return new ClientAddress(ranges);
    }

    /** A before-handler: works the client out once for the request. */
    public void attach(Context ctx) {
        ctx.attribute(ATTRIBUTE, client(ctx));
        warnOfUntrustedForwarding(ctx);
    }

    private void warnOfUntrustedForwarding(Context ctx) {
        if (ctx.header("X-Forwarded-For") == null) {
            return;
        }
        InetAddress peer = literal(ctx.ip());
        if (peer != null && trusts(peer)) {
            return;
        }
        String address = peer == null ? "(not an IP address)" : peer.getHostAddress();
        if (warned.size() < MAX_WARNED && warned.add(address)) {
            LOG.warn("Requests from {} carry X-Forwarded-For, but {} is not in UCA_TRUSTED_PROXIES, so the header is"
                    + " ignored: if it is a reverse proxy or load balancer, every user behind it shares its one"
                    + " address, and so one count in the sign-in limiter. Set UCA_TRUSTED_PROXIES to its address or"
                    + " range (e.g. UCA_TRUSTED_PROXIES=10.0.0.5 or 10.0.0.0/8) and restart UCA. (Said once per"
                    + " address.)", address, address);
        }
    }

    /** The client's address, as a literal IP address (never a name, never a header's raw text). */
    public static String of(Context ctx) {
        return clientOf(ctx).address();
    }

    /** Whether the client's request came over HTTPS. */
    public static boolean https(Context ctx) {
        return clientOf(ctx).https();
    }

    private static Client clientOf(Context ctx) {
        Client client = ctx.attribute(ATTRIBUTE);
        return client != null ? client : trustingNoProxy().client(ctx); // a request not through the app's handlers
    }

    Client client(Context ctx) {
        InetAddress peer = literal(ctx.ip());
        String socketAddress = peer == null ? ctx.ip() : peer.getHostAddress();
        boolean socketHttps = "https".equalsIgnoreCase(ctx.scheme());
        if (peer == null || !trusts(peer)) {
            return new Client(socketAddress, socketHttps);
        }
        return new Client(forwardedFor(ctx, peer), forwardedHttps(ctx, socketHttps));
    }

    /** The rightmost hop that is not a trusted proxy; the leftmost if all are; the last good one before junk. */
    private String forwardedFor(Context ctx, InetAddress peer) {
        List<String> hops = new ArrayList<>();
        for (String header : ctx.req().getHeaders("X-Forwarded-For") == null ? List.<String>of()
                : java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                break; // not an address: the hop that added it is the last one known
            }
            client = hop;
            if (!trusts(hop)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    private static boolean forwardedHttps(Context ctx, boolean socketHttps) {
        String proto = ctx.header("X-Forwarded-Proto");
        if (proto == null || proto.isBlank()) {
            return socketHttps;
        }
        return "https".equalsIgnoreCase(proto.split(",")[0].strip());
    }

    private boolean trusts(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** An IP address written as one (no DNS look-up, ever), without port or brackets; null if it is not one. */
    static InetAddress literal(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            s = end < 0 ? "" : s.substring(1, end);
        } else if (s.indexOf(':') > 0 && s.indexOf(':') == s.lastIndexOf(':') && s.contains(".")) {
            s = s.substring(0, s.indexOf(':')); // 192.0.2.1:4711
        }
        if (!IPV4.matcher(s).matches() && !IPV6.matcher(s).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(s); // a literal: parsed, not looked up
        } catch (UnknownHostException | RuntimeException e) {
            return null;
        }
    }

    /** An address, or a CIDR range of them. */
    record Range(byte[] network, int prefix) {
        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            InetAddress address = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("UCA_TRUSTED_PROXIES: \"" + entry
                        + "\" is not an IP address or CIDR range (e.g. 10.0.0.5, 10.0.0.0/8, fd00::/8).");
            }
            int bits = address.getAddress().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("UCA_TRUSTED_PROXIES: \"" + entry
                            + "\" has a prefix length that is not between 0 and " + bits + ".");
                }
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
