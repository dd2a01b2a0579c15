package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Statements per use case on PostgreSQL")
class PostgresUseCaseStatementsTest extends UseCaseStatements {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
