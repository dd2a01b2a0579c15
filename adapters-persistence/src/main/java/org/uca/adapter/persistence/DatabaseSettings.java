package org.uca.adapter.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the database is and how to reach it. The default is an H2 file database under {@code ./data}, created on
 * first start; a landlord's deployment passes a PostgreSQL URL and credentials (read from the environment by the
 * bootstrap, never kept in the repository).
 *
 * @param user              the running user: UCA's requests run as it
 * @param maxPoolSize       the most connections kept open at once
 * @param migrationUser     the user that migrates the schema (and owns it), or empty for the running user; when it
 *                          is another user, UCA grants the running user only the rights it needs
 *                          ({@link RunningUserRights})
 * @param migrationPassword its password
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize, String migrationUser,
        String migrationPassword) {

    /** Where the embedded database lives unless told otherwise. */
    public static final Path DEFAULT_DIRECTORY = Path.of("data");

    /** The H2 settings that make it behave like PostgreSQL for the shared migrations. */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(migrationUser, "migrationUser");
        Objects.requireNonNull(migrationPassword, "migrationPassword");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("UCA runs on H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql:...).");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("The connection pool needs at least one connection.");
        }
    }

    /** One user migrates and runs. */
    public DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize) {
        this(jdbcUrl, user, password, maxPoolSize, "", "");
    }

    /** The same database, migrated by another user (which owns the schema); a blank user means the running user. */
    public DatabaseSettings withMigrationUser(String user, String password) {
        return new DatabaseSettings(jdbcUrl, this.user, this.password, maxPoolSize, user.strip(), password);
    }

    /** Whether another user than the running one migrates the schema. */
    boolean migratesAsAnotherUser() {
        return !migrationUser.isBlank() && !migrationUser.equals(user);
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

    /**
     * The URL the running user connects with. On H2 only an administrator may set a database's settings, so when
     * another user (the database's creator) migrates, those settings are left to its connection
     * ({@link UcaDatabase}) and taken out of the running user's URL.
     */
    String runningUserUrl() {
        if (!isH2() || !migratesAsAnotherUser()) {
            return jdbcUrl;
        }
        StringBuilder url = new StringBuilder();
        for (String part : jdbcUrl.split(";")) {
            String name = part.contains("=") ? part.substring(0, part.indexOf('=')).strip().toUpperCase(java.util.Locale.ROOT)
                    : "";
            if (!H2_ADMINISTRATORS_SETTINGS.contains(name)) {
                url.append(url.length() == 0 ? "" : ";").append(part);
            }
        }
        return url.toString();
    }

    /** H2's database settings that UCA's URLs set and only an administrator may. */
    private static final java.util.Set<String> H2_ADMINISTRATORS_SETTINGS = java.util.Set.of("WRITE_DELAY",
            "CACHE_SIZE", "DB_CLOSE_DELAY");

    /** The folder of an H2 file database (kept readable by its owner only), if this is one. */
    java.util.Optional<Path> h2Folder() {
        if (!jdbcUrl.startsWith(H2_FILE)) {
            return java.util.Optional.empty();
        }
        int options = jdbcUrl.indexOf(';');
        String file = options < 0 ? jdbcUrl.substring(H2_FILE.length()) : jdbcUrl.substring(H2_FILE.length(), options);
        Path parent = Path.of(file).toAbsolutePath().getParent();
        return java.util.Optional.ofNullable(parent);
    }

    private static final String H2_FILE = "jdbc:h2:file:";

    boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** Which database, without credentials, for logs. */
    String describe() {
        int options = jdbcUrl.indexOf('?');
        String withoutOptions = options < 0 ? jdbcUrl : jdbcUrl.substring(0, options);
        int h2Options = withoutOptions.indexOf(';');
        return h2Options < 0 ? withoutOptions : withoutOptions.substring(0, h2Options);
    }

    /**
     * Where the data is, in plain words for the console and messages — "the H2 store in ./data", "PostgreSQL at
     * db.example:5432/uca" — never a user, a password or the URL's options.
     */
    public String inWords() {
        String url = describe();
        if (url.startsWith("jdbc:postgresql:")) {
            String rest = url.substring("jdbc:postgresql:".length());
            if (!rest.startsWith("//")) {
                return "PostgreSQL database " + rest + " on this machine";
            }
            rest = rest.substring(2);
            int at = rest.lastIndexOf('@', rest.indexOf('/') < 0 ? rest.length() : rest.indexOf('/'));
            return "PostgreSQL at " + (at < 0 ? rest : rest.substring(at + 1));
        }
        if (url.startsWith("jdbc:h2:mem:")) {
            return "the H2 database " + url.substring("jdbc:h2:mem:".length()) + " in memory";
        }
        if (url.startsWith(H2_FILE)) {
            return "the H2 store in " + h2Folder().map(DatabaseSettings::shown)
                    .orElse(url.substring(H2_FILE.length()));
        }
        return "the H2 database at " + url.substring("jdbc:h2:".length());
    }

    /** A folder as the operator would type it: relative to the working directory when under it ("./data"). */
    private static String shown(Path folder) {
        Path here = Path.of("").toAbsolutePath().normalize();
        Path absolute = folder.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? "./" + here.relativize(absolute)
                : absolute.toString();
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + describe() + ", user " + user + ", password "
                + (password.isEmpty() ? "(none)" : "(set)") + ", pool " + maxPoolSize
                + (migratesAsAnotherUser() ? ", migrated by " + migrationUser : "") + "]";
    }
}
