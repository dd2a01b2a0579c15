package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Data protection on PostgreSQL")
class PostgresDataProtectionTest extends DataProtection {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
