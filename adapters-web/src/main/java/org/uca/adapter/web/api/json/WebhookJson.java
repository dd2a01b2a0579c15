package org.uca.adapter.web.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.uca.application.port.in.WebhooksUseCase;
import org.uca.application.port.out.Webhooks.Attempt;
import org.uca.application.port.out.Webhooks.Delivery;
import org.uca.application.port.out.Webhooks.EventType;

/** A receiving system as an administrator sees it: never its signing secret (but once, when it is made). */
public record WebhookJson(long id, String name, String url, List<String> types, boolean enabled, String changedBy,
        String changedAt) {

    public static WebhookJson from(WebhooksUseCase.ReceivingSystem s) {
        return new WebhookJson(s.id(), s.name(), s.url(), s.types().map(EventType::type).toJavaList(), s.enabled(),
                s.changedBy().value(), s.changedAt().toString());
    }

    /** A system with its new signing secret, shown this once. */
    public record Registered(WebhookJson system, String secret, String note) {
        public static Registered from(WebhooksUseCase.Registered registered) {
            return new Registered(WebhookJson.from(registered.system()), registered.secret(), "Shown once. Each"
                    + " event is signed as the Standard Webhooks specification describes: webhook-signature is v1,"
                    + " and the base64 HMAC-SHA256, keyed with the base64-decoded bytes after whsec_, of"
                    + " webhook-id.webhook-timestamp.body.");
        }
    }

    /** One event queued for the system, with every attempt. */
    public record DeliveryJson(long id, String eventId, String type, String caseId, String status, String queuedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String nextAttemptAt, List<AttemptJson> attempts) {
        public static DeliveryJson from(Delivery d) {
            return new DeliveryJson(d.id(), d.eventId(), d.type().type(), d.caseId().value().toString(),
                    d.status().name().toLowerCase(java.util.Locale.ROOT), d.queuedAt().toString(),
                    d.nextAttemptAt().map(Object::toString).getOrNull(),
                    d.attempts().map(AttemptJson::from).toJavaList());
        }
    }

    public record AttemptJson(String at, @JsonInclude(JsonInclude.Include.NON_NULL) Integer statusCode,
            @JsonInclude(JsonInclude.Include.NON_NULL) String error) {
        static AttemptJson from(Attempt a) {
            return new AttemptJson(a.at().toString(), a.statusCode().getOrNull(), a.error().getOrNull());
        }
    }
}
