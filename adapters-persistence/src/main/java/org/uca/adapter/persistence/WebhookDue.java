package org.uca.adapter.persistence;

import java.util.Objects;
import org.uca.application.port.out.Webhooks.Delivery;
import org.uca.application.port.out.Webhooks.Subscription;

/** A webhook delivery due now, with the receiving system it goes to and whose secret signs it. */
public record WebhookDue(Delivery delivery, Subscription to) {
    public WebhookDue {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(to, "to");
    }
}
