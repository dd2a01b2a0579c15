package org.uca.bootstrap;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.uca.adapter.persistence.DatabaseSettings;
import org.uca.adapter.persistence.SharedPostgres;

@DisplayName("Scheduled jobs, two servers on one PostgreSQL")
class PostgresScheduledJobsTest extends ScheduledJobsOnTwoServers {

    @Override
    Map<String, String> freshDatabase() {
        DatabaseSettings settings = SharedPostgres.freshDatabase();
        return Map.of("UCA_JDBC_URL", settings.jdbcUrl(), "UCA_DB_USER", settings.user());
    }
}
