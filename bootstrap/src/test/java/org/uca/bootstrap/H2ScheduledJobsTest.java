package org.uca.bootstrap;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.uca.adapter.persistence.DatabaseSettings;

@DisplayName("Scheduled jobs, two servers on one H2 database")
class H2ScheduledJobsTest extends ScheduledJobsOnTwoServers {

    @Override
    Map<String, String> freshDatabase() {
        return Map.of("UCA_JDBC_URL", "jdbc:h2:mem:uca-jobs-" + UUID.randomUUID() + DatabaseSettings.H2_OPTIONS
                + ";DB_CLOSE_DELAY=-1", "UCA_DB_USER", "uca");
    }
}
