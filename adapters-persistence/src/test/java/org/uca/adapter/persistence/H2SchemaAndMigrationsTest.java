package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Schema and migrations on H2")
class H2SchemaAndMigrationsTest extends SchemaAndMigrations {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
