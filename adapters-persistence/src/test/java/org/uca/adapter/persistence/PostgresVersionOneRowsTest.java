package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Rows stored in format 1, on PostgreSQL")
class PostgresVersionOneRowsTest extends VersionOneRows {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
