package org.uca.bootstrap.drills;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What is stored, read straight from the database with JDBC, bypassing UCA: per-table digests and counts. */
final class Tables {

    private Tables() {
    }

    static Connection open(String jdbcUrl, String user) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, "");
    }

    /**
     * A digest of every row of every table except {@code except}: rows are rendered column by column, sorted, and
     * hashed, so two snapshots are equal exactly when the tables hold the same rows.
     */
    static Map<String, String> digest(String jdbcUrl, String user, Set<String> except) throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        try (Connection c = open(jdbcUrl, user)) {
            for (String table : tables(c)) {
                if (except.contains(table)) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select * from " + table)) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(meta.getColumnName(i)).append('=').append(r.getString(i)).append('\u0001');
                        }
                        rows.add(row.toString());
                    }
                }
                Collections.sort(rows);
                digests.put(table, rows.size() + " rows " + sha256(String.join("\n", rows)));
            }
        }
        return digests;
    }

    static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select table_name from"
                + " information_schema.tables where lower(table_schema) = 'public' and table_type = 'BASE TABLE'"
                + " order by table_name")) {
            while (r.next()) {
                names.add(r.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("no tables found: the snapshot would compare nothing");
        }
        return names;
    }

    static long count(String jdbcUrl, String user, String sql) throws SQLException {
        try (Connection c = open(jdbcUrl, user); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
