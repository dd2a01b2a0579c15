package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Sessions and API tokens in the database, on PostgreSQL")
class PostgresStoredSessionsTest extends StoredSessions {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
