package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Staff entries kept between guidance requests, on PostgreSQL")
class PostgresStaffKeptBetweenRequestsTest extends StaffKeptBetweenRequests {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
