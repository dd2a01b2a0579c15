package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Bulk loading a landlord on H2")
class H2BulkLoadTest extends BulkLoading {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
