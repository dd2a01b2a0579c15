package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("SQL answers agree with the in-memory reference on PostgreSQL")
class PostgresAgreesWithTheReferenceTest extends AgreesWithTheReference {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
