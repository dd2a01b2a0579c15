package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Schema and migrations on PostgreSQL")
class PostgresSchemaAndMigrationsTest extends SchemaAndMigrations {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
