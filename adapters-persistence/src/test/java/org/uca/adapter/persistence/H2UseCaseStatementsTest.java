package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Statements per use case on H2")
class H2UseCaseStatementsTest extends UseCaseStatements {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
