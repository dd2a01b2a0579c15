package org.uca.bootstrap.webhooks;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.persistence.UcaDatabase;
import org.uca.adapter.persistence.WebhookDue;
import org.uca.application.port.out.Clock;
import org.uca.application.port.out.Webhooks.Attempt;
import org.uca.application.port.out.Webhooks.Delivery;

/**
 * The webhook relay: posts each event the application queued in the transaction of its change, after that
 * transaction, to its receiving system, signed as the Standard Webhooks specification describes. A 2xx answer is
 * delivered; anything else (another status, a redirect, no answer) is an attempt logged with its status code or
 * error, tried again after {@link #backOff} (one minute, doubling to an hour) until {@link #MOST_ATTEMPTS}, then
 * given up (failed, for an administrator to redeliver). At least once: a crash between the post and its record
 * posts it again, with the same webhook-id, for the receiver to recognise.
 */
public final class WebhookRelay {

    /** The part of the queue the relay reads and writes. */
    public interface Queue {
        Seq<WebhookDue> due(Instant now, int limit);

        void attempted(long delivery, Attempt attempt, boolean delivered, Option<Instant> next);
    }

    public static Queue queueOf(UcaDatabase database) {
        return new Queue() {
            @Override
            public Seq<WebhookDue> due(Instant now, int limit) {
                return database.dueWebhooks(now, limit);
            }

            @Override
            public void attempted(long delivery, Attempt attempt, boolean delivered, Option<Instant> next) {
                database.webhookAttempted(delivery, attempt, delivered, next);
            }
        };
    }

    static final int PER_RUN = 50;
    /** About six hours of trying (1, 2, 4 … 32 minutes, then hourly). */
    public static final int MOST_ATTEMPTS = 12;
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRelay.class);

    private final Queue queue;
    private final HttpClient http;
    private final Clock clock;

    public WebhookRelay(Queue queue, Clock clock) {
        this(queue, HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .build(), clock);
    }

    WebhookRelay(Queue queue, HttpClient http, Clock clock) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What one run did. */
    public record Relayed(int delivered, int failed) {
    }

    /** Posts the deliveries that are due (at most {@link #PER_RUN}), one after another. */
    public Relayed relay() {
        int delivered = 0;
        int failed = 0;
        for (WebhookDue due : queue.due(clock.now(), PER_RUN)) {
            Delivery delivery = due.delivery();
            Instant at = clock.now();
            Option<Integer> status = Option.none();
            Option<String> error;
            try {
                HttpResponse<Void> response = http.send(request(due, at), HttpResponse.BodyHandlers.discarding());
                status = Option.some(response.statusCode());
                error = response.statusCode() / 100 == 2 ? Option.none()
                        : Option.some("HTTP " + response.statusCode());
            } catch (IOException e) {
                error = Option.some(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                        + e.getMessage()));
            } catch (IllegalArgumentException e) {
                error = Option.some("cannot post to " + due.to().url() + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Relayed(delivered, failed);
            }
            if (error.isEmpty()) {
                queue.attempted(delivery.id(), new Attempt(at, status, error), true, Option.none());
                delivered++;
                continue;
            }
            int attempt = delivery.attempts().size() + 1;
            Option<Instant> next = attempt >= MOST_ATTEMPTS ? Option.none() : Option.some(at.plus(backOff(attempt)));
            queue.attempted(delivery.id(), new Attempt(at, status, error), false, next);
            failed++;
            // the error, the delivery's number and the system's: never the event
            LOG.warn("Webhook delivery {} to receiving system {} not delivered (attempt {}): {}; {}", delivery.id(),
                    due.to().id(), attempt, error.get(), next.map(n -> "next attempt at " + n)
                            .getOrElse("given up: an administrator may redeliver it"));
        }
        if (delivered > 0) {
            LOG.info("Webhooks: {} delivered", delivered);
        }
        return new Relayed(delivered, failed);
    }

    private static HttpRequest request(WebhookDue due, Instant at) {
        long timestamp = at.getEpochSecond();
        Delivery delivery = due.delivery();
        return HttpRequest.newBuilder(URI.create(due.to().url()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                .header("User-Agent", "UCA-Webhooks/1")
                .header("webhook-id", delivery.eventId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature(due.to().secret(), delivery.eventId(), timestamp,
                        delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                .build();
    }

    /**
     * The Standard Webhooks signature: {@code v1,} and the base64 HMAC-SHA256, keyed with the secret's bytes (the
     * base64 after {@code whsec_}), of {@code id.timestamp.body}.
     */
    static String signature(String secret, String id, long timestamp, String body) {
        byte[] key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signed = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** How long after its {@code attempt}-th failed attempt a delivery is tried again. */
    static Duration backOff(int attempt) {
        if (attempt >= 7) { // 2^6 minutes is past the hour already
            return LONGEST_WAIT;
        }
        return FIRST_WAIT.multipliedBy(1L << Math.max(0, attempt - 1));
    }
}
