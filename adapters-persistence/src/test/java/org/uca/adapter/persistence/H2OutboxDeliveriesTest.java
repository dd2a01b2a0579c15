package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("The outbox as the relay reads and writes it, on H2")
class H2OutboxDeliveriesTest extends OutboxDeliveries {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
