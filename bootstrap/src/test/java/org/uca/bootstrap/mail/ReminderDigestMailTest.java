package org.uca.bootstrap.mail;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.uca.adapter.persistence.DatabaseSettings;

@DisplayName("The reminder digest, on H2, e-mailed through a real SMTP server")
class ReminderDigestMailTest extends ReminderDigestMailContract {

    private final String url = "jdbc:h2:mem:digest-" + UUID.randomUUID() + DatabaseSettings.H2_OPTIONS
            + ";DB_CLOSE_DELAY=-1";

    @Override
    String url() {
        return url;
    }

    @Override
    String user() {
        return "uca";
    }
}
