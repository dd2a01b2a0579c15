package org.uca.adapter.persistence;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Monitoring counted per day, on H2 (policy 5.2: fair and consistent)")
class H2MonitoringDaysTest extends MonitoringDays {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
