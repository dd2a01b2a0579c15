package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Bulk loading a landlord on PostgreSQL")
class PostgresBulkLoadTest extends BulkLoading {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
