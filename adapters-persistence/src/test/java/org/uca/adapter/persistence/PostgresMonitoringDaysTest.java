package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Monitoring counted per day, on PostgreSQL (policy 5.2: fair and consistent)")
class PostgresMonitoringDaysTest extends MonitoringDays {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
