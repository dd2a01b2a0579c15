package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Data protection on H2")
class H2DataProtectionTest extends DataProtection {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
