package org.uca.adapter.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the database is and how to reach it. The default is an H2 file database under {@code ./data}, created on
 * first start; a landlord's deployment passes a PostgreSQL URL and credentials (read from the environment by the
 * bootstrap, never kept in the repository).
 *
 * @param maxPoolSize the most connections kept open at once
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize) {

    /** Where the embedded database lives unless told otherwise. */
    public static final Path DEFAULT_DIRECTORY = Path.of("data");

    /** The H2 settings that make it behave like PostgreSQL for the shared migrations. */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("UCA runs on H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql:...).");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("The connection pool needs at least one connection.");
        }
    }

    /**
     * An embedded H2 database in files under {@code directory}, created on first start; local default user.
     * {@code WRITE_DELAY=0} writes each commit to the file before it is acknowledged: with H2's default (500 ms) a
     * process killed with kill -9 lost the changes of its last half second (found by the restart drill).
     */
    public static DatabaseSettings h2File(Path directory) {
        return new DatabaseSettings("jdbc:h2:file:" + directory.toAbsolutePath().normalize().resolve("uca")
                + H2_OPTIONS + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;CACHE_SIZE=" + h2CacheKilobytes(), "uca", "", 5);
    }

    /**
     * H2's page cache, in UCA's heap: a quarter of the heap, between 16 MB (H2's own default, which a landlord of a
     * million residents outgrows: every guidance question then reads pages from the file) and 1 GB.
     */
    static long h2CacheKilobytes() {
        long quarter = Runtime.getRuntime().maxMemory() / 4 / 1024;
        return Math.max(16 * 1024, Math.min(quarter, 1024 * 1024));
    }

    /** The embedded H2 database under {@code ./data}. */
    public static DatabaseSettings h2Default() {
        return h2File(DEFAULT_DIRECTORY);
    }

    boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** Which database, without credentials, for messages and logs. */
    String describe() {
        int options = jdbcUrl.indexOf('?');
        String withoutOptions = options < 0 ? jdbcUrl : jdbcUrl.substring(0, options);
        int h2Options = withoutOptions.indexOf(';');
        return h2Options < 0 ? withoutOptions : withoutOptions.substring(0, h2Options);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + describe() + ", user " + user + ", password "
                + (password.isEmpty() ? "(none)" : "(set)") + ", pool " + maxPoolSize + "]";
    }
}
