package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Staff entries kept between guidance requests, on H2")
class H2StaffKeptBetweenRequestsTest extends StaffKeptBetweenRequests {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
