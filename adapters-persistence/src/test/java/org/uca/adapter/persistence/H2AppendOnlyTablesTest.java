package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Append-only tables on H2 (a Java trigger)")
class H2AppendOnlyTablesTest extends AppendOnlyTables {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
