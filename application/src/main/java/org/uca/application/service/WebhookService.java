package org.uca.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.WebhooksUseCase;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.Webhooks.Delivery;
import org.uca.application.port.out.Webhooks.EventType;
import org.uca.application.port.out.Webhooks.Subscription;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Refusal;

/** The systems UCA sends events to, registered by administrators; every change audited, never with the secret. */
final class WebhookService implements WebhooksUseCase {

    private final CaseCommands commands;
    private final Ports ports;

    WebhookService(CaseCommands commands, Ports ports) {
        this.commands = commands;
        this.ports = ports;
    }

    @Override
    public Either<Failure, Seq<ReceivingSystem>> receivingSystems(StaffId actingStaff) {
        return commands.read(Task.MANAGE_WEBHOOKS, actingStaff, actor -> Either.right(ports.webhooks().subscriptions()
                .map(WebhookService::seen)));
    }

    @Override
    public Either<Failure, Registered> register(StaffId actingStaff, String name, String url, Seq<String> types) {
        return commands.administer(Task.MANAGE_WEBHOOKS, actingStaff, actor -> {
            String given = name == null ? "" : name.strip();
            Seq<Refusal.Problem> problems = List.empty();
            if (given.isEmpty()) {
                problems = problems.append(new Refusal.Problem("name", "Enter the receiving system's name."));
            } else if (given.length() > MAX_NAME) {
                problems = problems.append(new Refusal.Problem("name", "is longer than " + MAX_NAME + " characters"));
            }
            Either<String, String> address = address(url, ports.webhooks().loopbackHttpAllowed());
            if (address.isLeft()) {
                problems = problems.append(new Refusal.Problem("url", address.getLeft()));
            }
            Seq<String> asked = types == null ? List.empty() : List.ofAll(types).map(String::strip).distinct();
            Seq<String> unknown = asked.filter(t -> EventType.ofType(t).isEmpty());
            if (asked.isEmpty()) {
                problems = problems.append(new Refusal.Problem("types", "Choose at least one event type."));
            } else if (!unknown.isEmpty()) {
                problems = problems.append(new Refusal.Problem("types", "UCA sends no event of type "
                        + unknown.mkString(", ") + "; the types are " + List.of(EventType.values())
                                .map(EventType::type).mkString(", ") + "."));
            }
            if (!problems.isEmpty()) {
                return Either.left(new Failure.Refused(new Refusal(problems)));
            }
            Subscription made = ports.webhooks().register(given, address.get(), asked.flatMap(EventType::ofType),
                    actor.id(), ports.clock().now());
            return Either.right(new CaseCommands.Done<>(new Registered(seen(made), made.secret()),
                    "registered receiving system " + made.id() + " \"" + made.name() + "\" at " + made.url()
                            + " for " + made.types().map(EventType::type).mkString(", ")));
        });
    }

    @Override
    public Either<Failure, ReceivingSystem> enable(StaffId actingStaff, long system, boolean enabled) {
        return commands.administer(Task.MANAGE_WEBHOOKS, actingStaff, actor -> known(system).map(s -> {
            Instant now = ports.clock().now();
            ports.webhooks().enable(system, enabled, actor.id(), now);
            return new CaseCommands.Done<>(seen(new Subscription(s.id(), s.name(), s.url(), s.types(), enabled,
                    s.secret(), actor.id(), now)), (enabled ? "enabled" : "disabled") + " receiving system "
                    + system + " \"" + s.name() + "\"");
        }));
    }

    @Override
    public Either<Failure, Registered> rotateSecret(StaffId actingStaff, long system) {
        return commands.administer(Task.MANAGE_WEBHOOKS, actingStaff, actor -> known(system).map(s -> {
            Subscription rotated = ports.webhooks().rotateSecret(system, actor.id(), ports.clock().now());
            return new CaseCommands.Done<>(new Registered(seen(rotated), rotated.secret()),
                    "new signing secret for receiving system " + system + " \"" + s.name() + "\"");
        }));
    }

    @Override
    public Either<Failure, Seq<Delivery>> deliveries(StaffId actingStaff, long system) {
        return commands.read(Task.MANAGE_WEBHOOKS, actingStaff, actor -> known(system)
                .map(s -> ports.webhooks().deliveries(system, 200)));
    }

    @Override
    public Either<Failure, Delivery> redeliver(StaffId actingStaff, long system, long delivery) {
        return commands.administer(Task.MANAGE_WEBHOOKS, actingStaff, actor -> known(system).flatMap(s -> ports
                .webhooks().delivery(delivery).filter(d -> d.subscription() == system)
                .toEither(() -> (Failure) new Failure.NotFound("Receiving system " + system + " has no delivery "
                        + delivery + "."))
                .map(d -> {
                    Delivery again = ports.webhooks().redeliver(delivery, ports.clock().now());
                    return new CaseCommands.Done<>(again, "redelivery " + again.id() + " of event " + d.eventId()
                            + " (" + d.type().type() + ", case " + d.caseId().value() + ") to receiving system "
                            + system + " \"" + s.name() + "\"");
                })));
    }

    private Either<Failure, Subscription> known(long system) {
        return ports.webhooks().subscription(system).toEither(() -> new Failure.NotFound("There is no receiving"
                + " system " + system + "."));
    }

    /**
     * The address, if UCA may send to it: https with a host; plain http only to this machine (loopback) and only
     * where the server allows it (tests, development). Why not, otherwise.
     */
    static Either<String, String> address(String url, boolean loopbackHttpAllowed) {
        String given = url == null ? "" : url.strip();
        if (given.isEmpty()) {
            return Either.left("Enter the https address UCA is to send events to.");
        }
        if (given.length() > MAX_URL) {
            return Either.left("is longer than " + MAX_URL + " characters");
        }
        URI uri;
        try {
            uri = new URI(given);
        } catch (URISyntaxException e) {
            return Either.left("is not a web address: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getHost().isEmpty() || !(scheme.equals("https") || scheme.equals("http"))) {
            return Either.left("Enter a whole https address, such as https://crm.example.org/uca-events.");
        }
        if (uri.getUserInfo() != null) {
            return Either.left("must not hold a user name or password: the events are signed instead.");
        }
        if (uri.getFragment() != null) {
            return Either.left("must not end in a #fragment.");
        }
        if (scheme.equals("http")) {
            if (!loopbackHttpAllowed || !loopback(uri.getHost())) {
                return Either.left("must be https: events about residents are never sent unencrypted"
                        + (loopbackHttpAllowed ? " (plain http is allowed to this machine only)." : "."));
            }
        }
        return Either.right(given);
    }

    /** Whether the host names this machine, written as a literal address or as localhost (nothing is looked up). */
    private static boolean loopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress(); // a literal: parsed, not resolved
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static ReceivingSystem seen(Subscription s) {
        return new ReceivingSystem(s.id(), s.name(), s.url(), s.types(), s.enabled(), s.changedBy(), s.changedAt());
    }
}
