package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("The sign-in limiter's counts on H2")
class H2SignInCountingTest extends SignInCounting {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
