package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Staff linked to single sign-on by issuer and subject, on PostgreSQL")
class PostgresStaffLinkedByIdentityTest extends StaffLinkedByIdentity {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
