package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("The webhook outbox, on PostgreSQL")
class PostgresWebhookOutboxTest extends WebhookOutbox {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
