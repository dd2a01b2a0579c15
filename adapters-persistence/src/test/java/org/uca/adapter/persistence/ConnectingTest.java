package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uca.application.port.out.StaffDirectory;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.fixtures.Staff;

@DisplayName("Connecting")
class ConnectingTest {

    @Test
    @DisplayName("the embedded H2 database is created under its directory on first start and keeps its data")
    void embeddedFileDatabase(@TempDir Path dir) {
        Path data = dir.resolve("data");
        try (UcaDatabase database = UcaDatabase.connect(DatabaseSettings.h2File(data))) {
            database.saveStaff(Staff.SERVICE_MANAGER);
            assertThat(database.healthy()).isTrue();
        }
        assertThat(Files.exists(data.resolve("uca.mv.db"))).isTrue();
        try (UcaDatabase database = UcaDatabase.connect(DatabaseSettings.h2File(data))) {
            assertThat(database.ports(java.time.Instant::now, WorkingDays.ENGLAND_AND_WALES).staff()
                    .find(Staff.SERVICE_MANAGER.id()).map(StaffDirectory.Entry::member))
                    .contains(Staff.SERVICE_MANAGER);
        }
    }

    @Test
    @DisplayName("UCA's unit makes no proxy or enhanced classes at start-up (no mapping needs one), and only UCA's")
    void noRuntimeProxies(@TempDir Path dir) {
        try (UcaDatabase database = UcaDatabase.connect(DatabaseSettings.h2File(dir.resolve("data")))) {
            assertThat(database.bytecodeProvider())
                    .isInstanceOf(org.hibernate.bytecode.internal.none.BytecodeProviderImpl.class);
        }
        org.hibernate.boot.registry.StandardServiceRegistryBuilder other =
                new org.hibernate.boot.registry.StandardServiceRegistryBuilder();
        try (var registry = other.build()) {
            assertThat(registry.getService(org.hibernate.bytecode.spi.BytecodeProvider.class))
                    .as("another unit on the same class path keeps Hibernate's default")
                    .isNotInstanceOf(org.hibernate.bytecode.internal.none.BytecodeProviderImpl.class);
        }
    }

    @Test
    @DisplayName("by default the database is H2 in ./data, in PostgreSQL mode")
    void defaults() {
        DatabaseSettings defaults = DatabaseSettings.h2Default();
        assertThat(defaults.jdbcUrl()).startsWith("jdbc:h2:file:").contains("/data/uca;MODE=PostgreSQL");
        assertThat(DatabaseSettings.DEFAULT_DIRECTORY).isEqualTo(Path.of("data"));
    }

    @Test
    @DisplayName("settings never show the password")
    void passwordHidden() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://db.example:5432/uca?ssl=true", "uca",
                "s3cret-Pa55", 10);
        assertThat(settings.toString()).doesNotContain("s3cret-Pa55").contains("jdbc:postgresql://db.example:5432/uca");
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:mysql://x/uca", "u", "p", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("an unreachable PostgreSQL is reported as unavailable within seconds, without its password")
    void unreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://localhost:" + closedPort + "/uca", "uca",
                "s3cret-Pa55", 2);
        long started = System.nanoTime();
        assertThatThrownBy(() -> UcaDatabase.connect(settings))
                .isInstanceOf(StorageUnavailable.class)
                .hasMessageContaining("cannot be reached")
                .message().doesNotContain("s3cret-Pa55");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    @DisplayName("an H2 database that cannot be opened is reported as unavailable, and the start does not hang")
    void h2ThatCannotBeOpened(@TempDir Path dir) throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("data"), "a file where the data directory should be");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThatThrownBy(() -> UcaDatabase.connect(DatabaseSettings.h2File(notADirectory)))
                        .isInstanceOf(StorageUnavailable.class).hasMessageContaining("cannot be reached"));
    }
}
