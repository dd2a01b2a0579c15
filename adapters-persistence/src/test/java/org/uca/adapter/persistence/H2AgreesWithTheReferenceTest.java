package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("SQL answers agree with the in-memory reference on H2")
class H2AgreesWithTheReferenceTest extends AgreesWithTheReference {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
