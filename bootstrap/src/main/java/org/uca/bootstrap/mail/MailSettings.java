package org.uca.bootstrap.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How notifications are e-mailed, from {@code UCA_SMTP_HOST}, {@code UCA_SMTP_PORT}, {@code UCA_SMTP_SECURITY},
 * {@code UCA_SMTP_USER}, {@code UCA_SMTP_PASSWORD}, {@code UCA_SMTP_FROM} and {@code UCA_SDT_EMAIL}. Unset host: none
 * (notifications wait in the outbox). Every mistake is refused with one line naming the setting.
 *
 * @param serviceDevelopmentTeam where notifications to the Service Development Team go (policy 5.1) until an
 *                               administrator sets the team's address in UCA, which then wins
 */
public record MailSettings(String host, int port, Security security, Optional<String> user, String password,
        InternetAddress from, Optional<InternetAddress> serviceDevelopmentTeam) {

    /** How the connection to the SMTP server is protected. */
    public enum Security {
        /** Plain connection upgraded with STARTTLS, which is required (never falls back to plain text). */
        STARTTLS(587),
        /** TLS from the first byte (SMTPS). */
        TLS(465),
        /** No encryption: only for a relay on this machine or a trusted network; no password is sent. */
        NONE(25);

        final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }
    }

    static final List<String> OTHER_SETTINGS = List.of("UCA_SMTP_PORT", "UCA_SMTP_SECURITY", "UCA_SMTP_USER",
            "UCA_SMTP_PASSWORD", "UCA_SMTP_FROM", "UCA_SDT_EMAIL");

    /**
     * @param setting a setting's value, "" when unset
     * @throws IllegalArgumentException naming the setting that is wrong, in one line
     */
    public static Optional<MailSettings> from(UnaryOperator<String> setting) {
        String host = setting.apply("UCA_SMTP_HOST").strip();
        if (host.isEmpty()) {
            for (String name : OTHER_SETTINGS) {
                if (!setting.apply(name).isBlank()) {
                    throw new IllegalArgumentException(name + " is set but UCA_SMTP_HOST is not: set the SMTP server"
                            + " to have notifications e-mailed.");
                }
            }
            return Optional.empty();
        }
        if (host.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/')) {
            throw new IllegalArgumentException("UCA_SMTP_HOST must be a host name or address, not \"" + host + "\".");
        }
        Security security = security(setting.apply("UCA_SMTP_SECURITY").strip());
        int port = port(setting.apply("UCA_SMTP_PORT").strip(), security);
        String user = setting.apply("UCA_SMTP_USER").strip();
        String password = setting.apply("UCA_SMTP_PASSWORD");
        if (user.isEmpty() != password.isEmpty()) {
            throw new IllegalArgumentException("UCA_SMTP_USER and UCA_SMTP_PASSWORD go together: set both (the SMTP"
                    + " server asks for them) or neither.");
        }
        if (!user.isEmpty() && security == Security.NONE) {
            throw new IllegalArgumentException("UCA_SMTP_SECURITY=NONE with UCA_SMTP_USER would send the password"
                    + " unencrypted: use STARTTLS or TLS.");
        }
        return Optional.of(new MailSettings(host, port, security, user.isEmpty() ? Optional.empty()
                : Optional.of(user), password, address("UCA_SMTP_FROM", setting.apply("UCA_SMTP_FROM")),
                setting.apply("UCA_SDT_EMAIL").isBlank() ? Optional.empty()
                        : Optional.of(address("UCA_SDT_EMAIL", setting.apply("UCA_SDT_EMAIL")))));
    }

    private static Security security(String value) {
        if (value.isEmpty()) {
            return Security.STARTTLS;
        }
        for (Security security : Security.values()) {
            if (security.name().equalsIgnoreCase(value)) {
                return security;
            }
        }
        throw new IllegalArgumentException("UCA_SMTP_SECURITY must be STARTTLS, TLS or NONE, not \"" + value + "\".");
    }

    private static int port(String value, Security security) {
        if (value.isEmpty()) {
            return security.defaultPort;
        }
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("UCA_SMTP_PORT must be a port number, 1 to 65535 (" + security.defaultPort
                + " for " + security + " unless set), not \"" + value + "\".");
    }

    /** One e-mail address, which may carry a name: {@code uca@example.org} or {@code UCA <uca@example.org>}. */
    private static InternetAddress address(String name, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must be set when UCA_SMTP_HOST is: the address notifications"
                    + " are sent from.");
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(value.strip(), true);
            if (parsed.length == 1 && parsed[0].getAddress().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                parsed[0].validate();
                return parsed[0];
            }
        } catch (AddressException e) {
            // refused below
        }
        throw new IllegalArgumentException(name + " must be one e-mail address, such as uca@example.org, not \""
                + value.strip() + "\".");
    }

    /** The domain of the sender's address: the right-hand side of every Message-ID UCA makes. */
    public String messageIdDomain() {
        String address = from.getAddress();
        return address.substring(address.indexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /** In words, for the start-up banner: never the password. */
    public String inWords() {
        return "e-mailed through " + host + ":" + port + " (" + security + (user.isPresent() ? ", as " + user.get()
                : "") + "), to the addresses set under Administration, Notification addresses" + serviceDevelopmentTeam
                .map(a -> " (the Service Development Team at " + a.getAddress() + " until one is set there)")
                .orElse("");
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "MailSettings[" + inWords() + ", from " + from.getAddress() + "]";
    }
}
