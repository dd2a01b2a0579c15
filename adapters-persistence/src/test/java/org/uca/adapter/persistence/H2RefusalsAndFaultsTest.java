package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Refusals and faults on H2")
class H2RefusalsAndFaultsTest extends RefusalsAndFaults {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
