package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("The webhook outbox, on H2")
class H2WebhookOutboxTest extends WebhookOutbox {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
