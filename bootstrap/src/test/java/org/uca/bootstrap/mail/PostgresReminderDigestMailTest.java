package org.uca.bootstrap.mail;

import org.junit.jupiter.api.DisplayName;
import org.uca.adapter.persistence.DatabaseSettings;
import org.uca.adapter.persistence.SharedPostgres;

@DisplayName("The reminder digest, on PostgreSQL, e-mailed through a real SMTP server")
class PostgresReminderDigestMailTest extends ReminderDigestMailContract {

    private final DatabaseSettings database = SharedPostgres.freshDatabase();

    @Override
    String url() {
        return database.jdbcUrl();
    }

    @Override
    String user() {
        return database.user();
    }
}
