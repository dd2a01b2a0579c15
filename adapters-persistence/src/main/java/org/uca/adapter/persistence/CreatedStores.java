package org.uca.adapter.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Whether a store is there already, asked without creating it: opening one ({@link UcaDatabase#start}) creates an
 * H2 file, or migrates an empty PostgreSQL schema, wherever the settings point — which for the command line, pointed
 * at the wrong place by a mistyped setting, made a new empty store and reported "0 account(s)".
 */
public final class CreatedStores {

    private CreatedStores() {
    }

    /**
     * False when there is certainly no UCA store there: no H2 file, or a database without UCA's schema history.
     * True when there is one, or when UCA cannot tell without opening it (an in-memory or server H2; a database
     * that cannot be reached, whose failure the opening reports).
     */
    public static boolean isCreated(DatabaseSettings settings) {
        String url = settings.jdbcUrl();
        if (url.startsWith("jdbc:h2:file:")) {
            String file = url.substring("jdbc:h2:file:".length(), url.indexOf(';') < 0 ? url.length() : url.indexOf(';'));
            return Files.exists(Path.of(file + ".mv.db"));
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            return true;
        }
        Properties login = new Properties();
        login.setProperty("user", settings.migratesAsAnotherUser() ? settings.migrationUser() : settings.user());
        login.setProperty("password", settings.migratesAsAnotherUser() ? settings.migrationPassword()
                : settings.password());
        login.setProperty("loginTimeout", String.valueOf(UcaDatabase.LOGIN_TIMEOUT_SECONDS));
        try (Connection c = DriverManager.getConnection(url, login);
                PreparedStatement history = c.prepareStatement("select count(*) from information_schema.tables"
                        + " where table_schema = current_schema() and table_name = 'flyway_schema_history'");
                ResultSet found = history.executeQuery()) {
            return found.next() && found.getInt(1) > 0;
        } catch (SQLException e) {
            return true; // opening it says why it cannot be reached
        }
    }
}
