package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Rows stored in format 1, on H2")
class H2VersionOneRowsTest extends VersionOneRows {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
