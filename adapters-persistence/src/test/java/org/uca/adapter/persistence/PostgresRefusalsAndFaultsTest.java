package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Refusals and faults on PostgreSQL")
class PostgresRefusalsAndFaultsTest extends RefusalsAndFaults {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
