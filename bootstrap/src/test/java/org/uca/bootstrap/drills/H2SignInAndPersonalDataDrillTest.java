package org.uca.bootstrap.drills;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Drill: sign-in under attack and personal data in the logs, on H2")
class H2SignInAndPersonalDataDrillTest extends SignInAndPersonalData {

    @Override
    String freshDatabase() {
        return RunningUca.h2Url("drill-sign-in-" + UUID.randomUUID());
    }

    @Override
    String user() {
        return "";
    }
}
