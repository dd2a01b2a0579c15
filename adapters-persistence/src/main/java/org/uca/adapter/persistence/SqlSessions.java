package org.uca.adapter.persistence;

import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.sql.DataSource;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.domain.people.StaffId;

/**
 * The {@code uca_session} table (V12): signed-in sessions and API tokens, by the hash of their id, one JDBC
 * statement per call in auto-commit. The look-up answers only for a live session whose account is not disabled, with
 * the account's current role (a member of staff without an account has no session).
 */
public final class SqlSessions {

    /** A stored session; {@code idHash} is the SHA-256 of its id, never the id. */
    public record Row(String idHash, String username, StaffId staff, String name, Role role, Instant startedAt,
            Instant lastUsedAt, String flash) {
        public Row {
            Objects.requireNonNull(idHash, "idHash");
            Objects.requireNonNull(staff, "staff");
        }
    }

    private static final int MAX_FLASH = 1000;

    private static final String FIND = "select s.username, s.staff_id, s.staff_name, coalesce(a.role, s.role),"
            + " s.started_at, s.last_used_at, s.flash from uca_session s"
            + " join staff_account a on a.staff_id = s.staff_id"
            + " where s.id_hash = ? and s.last_used_at > ? and s.started_at > ? and a.disabled_at is null";

    private final DataSource dataSource;

    SqlSessions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void save(Row row) {
        update("insert into uca_session (id_hash, username, staff_id, staff_name, role, started_at, last_used_at,"
                + " flash) values (?, ?, ?, ?, ?, ?, ?, ?)", row.idHash(), row.username(), row.staff().value(),
                row.name(), row.role().name(), at(row.startedAt()), at(row.lastUsedAt()), flash(row.flash()));
    }

    public Option<Row> find(String idHash, Instant idleSince, Instant startedSince) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(FIND)) {
            s.setString(1, idHash);
            s.setObject(2, at(idleSince));
            s.setObject(3, at(startedSince));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Option.none();
                }
                Option<Role> role = AccountJpaEntity.roleFrom(r.getString(4));
                if (role.isEmpty()) {
                    return Option.none(); // a role this version does not know is no role
                }
                return Option.some(new Row(idHash, r.getString(1), new StaffId(r.getString(2)), r.getString(3),
                        role.get(), r.getObject(5, OffsetDateTime.class).toInstant(),
                        r.getObject(6, OffsetDateTime.class).toInstant(), r.getString(7)));
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    public void touch(String idHash, Instant at) {
        update("update uca_session set last_used_at = ? where id_hash = ?", at(at), idHash);
    }

    public void flash(String idHash, String message) {
        update("update uca_session set flash = ? where id_hash = ?", flash(message), idHash);
    }

    public void end(String idHash) {
        update("delete from uca_session where id_hash = ?", idHash);
    }

    public int endOthers(StaffId staff, String keepIdHash) {
        return update("delete from uca_session where staff_id = ? and id_hash <> ?", staff.value(), keepIdHash);
    }

    /** Deletes the expired sessions in one statement; how many. */
    public int sweep(Instant idleSince, Instant startedSince) {
        return update("delete from uca_session where last_used_at <= ? or started_at <= ?", at(idleSince),
                at(startedSince));
    }

    private int update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    s.setNull(i + 1, Types.VARCHAR); // only the flash message may be null
                } else {
                    s.setObject(i + 1, values[i]);
                }
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String flash(String message) {
        return message == null || message.length() <= MAX_FLASH ? message : message.substring(0, MAX_FLASH);
    }

    private static StorageUnavailable unavailable(SQLException e) {
        return new StorageUnavailable("The sessions cannot be read or written just now.", e);
    }
}
