package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Statements per page on H2")
class H2PageQueryStatementsTest extends PageQueryStatements {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
