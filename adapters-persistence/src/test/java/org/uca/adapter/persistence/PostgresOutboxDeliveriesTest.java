package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("The outbox as the relay reads and writes it, on PostgreSQL")
class PostgresOutboxDeliveriesTest extends OutboxDeliveries {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
