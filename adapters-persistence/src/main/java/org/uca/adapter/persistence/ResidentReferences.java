package org.uca.adapter.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.hibernate.Session;
import org.uca.domain.people.ResidentId;

/**
 * The pseudonymous reference an audit or access line made while a resident had no case stores instead of their id
 * ({@code resident_reference}, migration 31). The logs are append-only, so they can never be rewritten; the
 * retention rule deletes the resident's reference instead, and the lines that hold it no longer lead to anyone
 * (crypto-shredding). A resident whose reference was deleted and who is named again gets a new one.
 */
final class ResidentReferences {

    private final boolean postgres;

    ResidentReferences(boolean postgres) {
        this.postgres = postgres;
    }

    /**
     * The resident's reference, made now if they have none; in the caller's transaction. One statement when they
     * have one, two when it is made (three when another transaction made it meanwhile).
     */
    String referenceFor(EntityManager em, ResidentId resident) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            String existing = find(connection, resident);
            if (existing != null) {
                return existing;
            }
            String made = UUID.randomUUID().toString();
            try (PreparedStatement insert = connection.prepareStatement("insert into resident_reference"
                    + " (resident_id, reference) values (?, ?)" + (postgres ? " on conflict (resident_id) do nothing"
                    : ""))) {
                insert.setString(1, resident.value());
                insert.setString(2, made);
                if (insert.executeUpdate() == 1) {
                    return made;
                }
            } catch (SQLException e) {
                // On H2 a transaction making the same resident's reference meanwhile makes this one a duplicate
                // once it commits (the transaction goes on); PostgreSQL waits for it and makes none.
                if (postgres || !"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
            return find(connection, resident);
        });
    }

    /** Unties every line made about the resident without a case from them: their reference is deleted. */
    void forget(EntityManager em, ResidentId resident) {
        em.createNativeQuery("delete from resident_reference where resident_id = ?1")
                .setParameter(1, resident.value()).executeUpdate();
    }

    private static String find(Connection connection, ResidentId resident) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "select reference from resident_reference where resident_id = ?")) {
            s.setString(1, resident.value());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
