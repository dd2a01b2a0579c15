package org.uca.adapter.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Storage per event on an H2 file")
class H2StoragePerEventTest extends StoragePerEvent {

    @TempDir
    Path directory;

    @Override
    TestDatabase open() {
        return TestDatabase.on(TestDatabase.Kind.H2, DatabaseSettings.h2File(directory));
    }

    /** The file, after H2 has written everything committed to it. */
    @Override
    long bytesStored(TestDatabase db) {
        try (Connection c = db.jdbc(); Statement s = c.createStatement()) {
            s.execute("checkpoint sync");
            return Files.size(directory.resolve("uca.mv.db"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
