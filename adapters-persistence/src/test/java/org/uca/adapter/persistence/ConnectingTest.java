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
    @DisplayName("the console says where the store is in plain words, never a user, password or URL option")
    void whereInPlainWords() {
        assertThat(new DatabaseSettings("jdbc:postgresql://db.example:5432/uca?user=uca&password=s3cret-Pa55", "uca",
                "s3cret-Pa55", 10).inWords()).isEqualTo("PostgreSQL at db.example:5432/uca");
        assertThat(new DatabaseSettings("jdbc:postgresql:uca", "uca", "", 1).inWords())
                .isEqualTo("PostgreSQL database uca on this machine");
        assertThat(DatabaseSettings.h2Default().inWords()).isEqualTo("the H2 store in ./data");
        assertThat(DatabaseSettings.h2File(Path.of("/srv/uca-data")).inWords())
                .isEqualTo("the H2 store in /srv/uca-data");
        assertThat(new DatabaseSettings("jdbc:h2:mem:drill;MODE=PostgreSQL", "sa", "", 1).inWords())
                .isEqualTo("the H2 database drill in memory");
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
    @DisplayName("a PostgreSQL that accepts the connection and never answers is reported as unavailable in seconds"
            + " (the driver's login time-out), not after a minute's silence")
    void unanswering() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            // listening: the kernel completes the TCP handshake, and nothing ever reads or answers
            DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort()
                    + "/uca", "uca", "s3cret-Pa55", 2);
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(
                    4L * UcaDatabase.LOGIN_TIMEOUT_SECONDS), () -> assertThatThrownBy(() -> UcaDatabase.connect(settings))
                            .isInstanceOf(StorageUnavailable.class)
                            .hasMessageContaining("cannot be reached")
                            .message().doesNotContain("s3cret-Pa55"));
        }
    }

    @Test
    @DisplayName("an H2 database that cannot be opened is reported as unavailable, and the start does not hang")
    void h2ThatCannotBeOpened(@TempDir Path dir) throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("data"), "a file where the data directory should be");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThatThrownBy(() -> UcaDatabase.connect(DatabaseSettings.h2File(notADirectory)))
                        .isInstanceOf(StorageUnavailable.class)
                        .hasMessage("The data folder " + notADirectory.toAbsolutePath() + " is a file, not a folder:"
                                + " set UCA_DATA_DIR to a folder UCA's user can create or write."));
        Path underAFile = notADirectory.resolve("data");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThatThrownBy(() -> UcaDatabase.connect(DatabaseSettings.h2File(underAFile)))
                        .isInstanceOf(StorageUnavailable.class)
                        .hasMessageStartingWith("The data folder " + underAFile.toAbsolutePath()
                                + " cannot be created"));
    }

    @Test
    @DisplayName("the embedded database's folder and files are readable by their owner only")
    void h2FilesAreTheOwnersOnly(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        try (UcaDatabase database = UcaDatabase.connect(DatabaseSettings.h2File(data))) {
            database.saveStaff(Staff.SERVICE_MANAGER);
        }
        assertThat(Files.getPosixFilePermissions(data)).containsExactlyInAnyOrderElementsOf(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        try (var files = Files.list(data)) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(file -> assertThat(Files.getPosixFilePermissions(file))
                    .as(file.toString()).containsExactlyInAnyOrderElementsOf(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        }

        Path opened = dir.resolve("opened-by-anyone");
        Files.createDirectories(opened, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(opened, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        UcaDatabase.connect(DatabaseSettings.h2File(opened)).close();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(opened)))
                .as("an existing folder is narrowed to its owner").isEqualTo("rwx------");
    }
}
