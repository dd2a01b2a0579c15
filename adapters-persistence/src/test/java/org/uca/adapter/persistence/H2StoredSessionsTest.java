package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Sessions and API tokens in the database, on H2")
class H2StoredSessionsTest extends StoredSessions {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
