package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Statements per page on PostgreSQL")
class PostgresPageQueryStatementsTest extends PageQueryStatements {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
