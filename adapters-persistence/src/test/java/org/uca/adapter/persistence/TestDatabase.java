package org.uca.adapter.persistence;

import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.uca.application.port.out.Role;
import org.uca.domain.people.StaffMember;

/** A fresh, empty UCA database for one test, on H2 or on the shared PostgreSQL, with its statements logged. */
final class TestDatabase implements AutoCloseable {

    enum Kind { H2, POSTGRESQL }

    final Kind kind;
    final DatabaseSettings settings;
    final StatementLog log = new StatementLog();
    /** Arm it to lose the connection at the next commit. */
    final LostCommit lostCommit = new LostCommit();
    final UcaDatabase database;

    private TestDatabase(Kind kind, DatabaseSettings settings) {
        this.kind = kind;
        this.settings = settings;
        this.database = UcaDatabase.connect(settings, pool -> lostCommit.wrap(log.wrap(pool)));
    }

    static TestDatabase fresh(Kind kind) {
        return new TestDatabase(kind, settingsFor(kind));
    }

    /** A database of the given kind at the given settings (an H2 file, say). */
    static TestDatabase on(Kind kind, DatabaseSettings settings) {
        return new TestDatabase(kind, settings);
    }

    static DatabaseSettings settingsFor(Kind kind) {
        return kind == Kind.H2 ? h2InMemory() : SharedPostgres.freshDatabase();
    }

    static DatabaseSettings h2InMemory() {
        return new DatabaseSettings("jdbc:h2:mem:uca-" + UUID.randomUUID() + DatabaseSettings.H2_OPTIONS, "uca", "",
                4);
    }

    /**
     * Adds a member of staff with the role their account gives them (a test account: its hash matches no password,
     * so no one signs in with it), or without any account, and so without a role.
     */
    void saveStaff(StaffMember member, Option<Role> role) {
        database.saveStaff(member);
        role.forEach(r -> database.saveAccount("test-" + member.id().value(), "test account: no password matches",
                member.id(), r));
    }

    /** Plain JDBC on the same database, bypassing the adapter (to check what is really stored). */
    Connection jdbc() throws SQLException {
        return java.sql.DriverManager.getConnection(settings.runningUserUrl(), settings.user(), settings.password());
    }

    /** The audit entries about no case, oldest first. */
    io.vavr.collection.Seq<org.uca.application.port.out.AuditLog.Entry> auditEntriesWithoutACase() {
        try (Connection c = jdbc(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("select recorded_at, who, command, outcome, why from audit_entry"
                     + " where case_id is null order by id")) {
            java.util.List<org.uca.application.port.out.AuditLog.Entry> entries = new java.util.ArrayList<>();
            while (r.next()) {
                entries.add(new org.uca.application.port.out.AuditLog.Entry(
                        r.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                        new org.uca.domain.people.StaffId(r.getString(2)), r.getString(3), Option.none(),
                        org.uca.application.port.out.AuditLog.Outcome.valueOf(r.getString(4)), r.getString(5)));
            }
            return io.vavr.collection.List.ofAll(entries);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long rows(String table) {
        try (Connection c = jdbc(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        database.close();
        if (kind == Kind.POSTGRESQL) {
            SharedPostgres.drop(settings);
        }
    }

}
