package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Machine client credentials in the database, on PostgreSQL")
class PostgresMachineCredentialStoreTest extends MachineCredentialStore {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
