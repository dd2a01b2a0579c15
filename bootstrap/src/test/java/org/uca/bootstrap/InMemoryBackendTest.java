package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.web.port.SignInCounts;
import org.uca.application.port.out.Role;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/** The in-memory store ({@code UCA_STORE=memory}) keeps the same promises as the database where they meet. */
class InMemoryBackendTest {

    private static final String MANAGER = "manager.one";
    private static final String ADDRESS = "192.0.2.7";

    @Test
    @DisplayName("an administrator's unlock resets the sign-in limiter's count of the account in memory too")
    void unlockResetsTheInMemoryAccountCount() {
        try (InMemoryBackend backend = new InMemoryBackend(new DemoClock())) {
            backend.saveStaff(new StaffMember(new StaffId("S-1"), "Manager One", "Housing",
                    AuthorityLevel.SERVICE_MANAGER));
            backend.saveAccount(MANAGER, "not-a-real-hash", new StaffId("S-1"), Role.SERVICE_MANAGER);
            Instant now = Instant.parse("2026-03-02T10:00:00Z");
            Instant forgetBefore = now.minusSeconds(86_400);
            for (int i = 0; i < 4; i++) {
                backend.signInCounts().attempt(MANAGER, ADDRESS + i, now, forgetBefore, seen -> true);
            }
            assertThat(accountCount(backend, now, forgetBefore)).isEqualTo(4);

            assertThat(backend.application().accountRecovery().unlockAccount(MANAGER).isRight()).isTrue();

            assertThat(accountCount(backend, now, forgetBefore)).isZero();
        }
    }

    /** The account's count as the next attempt sees it, without counting that attempt. */
    private static int accountCount(InMemoryBackend backend, Instant now, Instant forgetBefore) {
        SignInCounts.Attempt attempt = backend.signInCounts().attempt(MANAGER, "198.51.100.1", now, forgetBefore,
                seen -> false);
        return attempt.seen().account().get().failures();
    }
}
