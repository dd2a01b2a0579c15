package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Machine client credentials in the database, on H2")
class H2MachineCredentialStoreTest extends MachineCredentialStore {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
