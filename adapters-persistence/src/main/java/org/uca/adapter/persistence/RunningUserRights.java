package org.uca.adapter.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When one user migrates (and so owns the schema) and another runs UCA, the running user gets the rights its requests
 * need and no more, granted by the migrating user after every migration (so a new table is covered the start it
 * appears): reading and writing UCA's tables, but only reading and adding to the append-only ones. Not being their
 * owner, it cannot alter or drop a table or its triggers, and without the right to TRUNCATE it cannot empty one; the
 * schema history is not its to read or change.
 */
final class RunningUserRights {

    /** Rows are added, never changed or removed: the audit and access logs, the case timeline, the demo mark. */
    static final Set<String> APPEND_ONLY = Set.of("audit_entry", "access_entry", "case_event", "demo_store",
            "published_tenancy_profile");

    /** Flyway's own table: the migrating user's alone. */
    static final String SCHEMA_HISTORY = "flyway_schema_history";

    /** H2 names a user without quotes (it upper-cases it at sign-in), so the name must be a plain identifier. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private RunningUserRights() {
    }

    /**
     * Grants {@code settings.user()} its rights on every UCA table, on a connection of the migrating user; on H2 the
     * running user is created first if it does not exist (an H2 database has no administrator but its creator).
     */
    static void grant(Connection asMigrationUser, DatabaseSettings settings) throws SQLException {
        String grantee = grantee(settings);
        try (Statement s = asMigrationUser.createStatement()) {
            if (settings.isH2()) {
                s.execute("create user if not exists " + grantee + " password '"
                        + settings.password().replace("'", "''") + "'");
            }
            for (String table : tables(asMigrationUser)) {
                s.execute("revoke all on " + table + " from " + grantee);
                if (table.equals(SCHEMA_HISTORY)) {
                    continue;
                }
                s.execute("grant " + (APPEND_ONLY.contains(table) ? "select, insert" : "select, insert, update, delete")
                        + " on " + table + " to " + grantee);
            }
            if (!settings.isH2()) {
                // identity columns draw from sequences; the migrating user's own schema, by name
                s.execute("grant usage, select on all sequences in schema " + quoted(schema(asMigrationUser))
                        + " to " + grantee);
            }
        }
    }

    private static String grantee(DatabaseSettings settings) {
        if (settings.isH2()) {
            if (!PLAIN_NAME.matcher(settings.user()).matches()) {
                throw new IllegalArgumentException("On H2 the running user's name must be letters, digits and"
                        + " underscores when another user migrates, not \"" + settings.user() + "\".");
            }
            return settings.user();
        }
        return quoted(settings.user());
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String schema(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select current_schema()")) {
            r.next();
            return r.getString(1);
        }
    }

    /** UCA's tables in the current schema, lower case (as the scripts name them). */
    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select table_name from"
                + " information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
            while (r.next()) {
                tables.add(r.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }
}
