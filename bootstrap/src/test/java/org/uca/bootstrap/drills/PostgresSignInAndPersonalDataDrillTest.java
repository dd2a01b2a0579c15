package org.uca.bootstrap.drills;

import org.junit.jupiter.api.DisplayName;
import org.uca.adapter.persistence.SharedPostgres;

@DisplayName("Drill: sign-in under attack and personal data in the logs, on PostgreSQL")
class PostgresSignInAndPersonalDataDrillTest extends SignInAndPersonalData {

    @Override
    String freshDatabase() {
        return SharedPostgres.freshDatabase().jdbcUrl();
    }

    @Override
    String user() {
        return "postgres";
    }
}
