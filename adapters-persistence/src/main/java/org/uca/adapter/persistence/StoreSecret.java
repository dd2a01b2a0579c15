package org.uca.adapter.persistence;

import io.vavr.control.Option;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * A secret the database keeps for every UCA process on it: one row of a one-row table ({@code id = 1}), 256 random
 * bits as 64 hex digits, made by the first process that needs it; a process that loses the race to make it reads
 * the winner's.
 */
final class StoreSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private StoreSecret() {
    }

    /** The secret kept in {@code table} (a one-row table of this shape, named by the caller, never by input). */
    static String readOrMake(Connection c, String table) throws SQLException {
        Option<String> stored = stored(c, table);
        if (stored.isDefined()) {
            return stored.get();
        }
        byte[] made = new byte[32];
        RANDOM.nextBytes(made);
        try (PreparedStatement insert = c.prepareStatement("insert into " + table + " (id, secret) values (1, ?)")) {
            insert.setString(1, HexFormat.of().formatHex(made));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) { // another process made it first: use that one
                throw e;
            }
        }
        return stored(c, table).getOrElseThrow(() -> new IllegalStateException("The secret in " + table
                + " was not stored"));
    }

    private static Option<String> stored(Connection c, String table) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("select secret from " + table + " where id = 1");
                ResultSet row = read.executeQuery()) {
            return row.next() ? Option.some(row.getString(1)) : Option.none();
        }
    }
}
