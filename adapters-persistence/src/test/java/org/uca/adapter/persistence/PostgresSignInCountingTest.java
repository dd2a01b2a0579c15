package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("The sign-in limiter's counts on PostgreSQL")
class PostgresSignInCountingTest extends SignInCounting {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
