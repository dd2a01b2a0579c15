package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.sql.DataSource;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.domain.people.StaffId;

/**
 * The {@code reminder_digest} table (V23): the daily digests waiting to be e-mailed, one JDBC statement per call in
 * auto-commit. The unique key on (member of staff, day) makes a second digest for the same day a no-op, whichever
 * process writes it.
 */
public final class SqlReminderDigests {

    /** A digest as written, for the relay. */
    public record Row(long id, StaffId staff, LocalDate day, String recipient, String subject, String body,
            int attempts) {
        public Row {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
        }
    }

    private static final int MAX_SUBJECT = 500;
    private static final int MAX_ERROR = 500;
    /** SQL's "unique violation", the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    SqlReminderDigests(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the day's digest for the member of staff, unless there is one already; whether it was written. */
    public boolean add(StaffId staff, LocalDate day, String recipient, String subject, String body, Instant at) {
        try {
            return update("insert into reminder_digest (staff_id, digest_day, recipient, subject, body, created_at)"
                    + " values (?, ?, ?, ?, ?, ?)", staff.value(), day, recipient,
                    StoredValues.fit("subject", subject, MAX_SUBJECT), body, at(at)) == 1;
        } catch (StorageUnavailable e) {
            if (e.getCause() instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** Digests not yet sent whose next attempt is due at {@code now}, oldest first, at most {@code limit}. */
    public Seq<Row> due(Instant now, int limit) {
        String sql = "select id, staff_id, digest_day, recipient, subject, body, attempts from reminder_digest"
                + " where sent_at is null and (next_attempt_at is null or next_attempt_at <= ?) order by id";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, at(now));
            s.setMaxRows(limit);
            try (ResultSet r = s.executeQuery()) {
                List<Row> rows = List.empty();
                while (r.next()) {
                    rows = rows.append(new Row(r.getLong(1), new StaffId(r.getString(2)),
                            r.getObject(3, LocalDate.class), r.getString(4), r.getString(5), r.getString(6),
                            r.getInt(7)));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** How many digests were written for the day (sent or not). */
    public int countFor(LocalDate day) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from reminder_digest where digest_day = ?")) {
            s.setObject(1, day);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** Deletes the digests sent before {@code before} (they name residents, and were only ever a reminder). */
    public int forgetSentBefore(Instant before) {
        return update("delete from reminder_digest where sent_at < ?", at(before));
    }

    public void sent(long id, Instant at) {
        update("update reminder_digest set sent_at = ?, next_attempt_at = null where id = ?", at(at), id);
    }

    /** One more attempt that did not deliver it: why (one line, cut to fit), and not before {@code nextAttempt}. */
    public void notDelivered(long id, String error, Instant nextAttempt) {
        String oneLine = error.replaceAll("\\p{Cntrl}+", " ");
        String fitted = oneLine.length() <= MAX_ERROR ? oneLine : oneLine.substring(0, MAX_ERROR - 1) + "…";
        update("update reminder_digest set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?",
                fitted, at(nextAttempt), id);
    }

    private int update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    s.setNull(i + 1, Types.VARCHAR);
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

    private static StorageUnavailable unavailable(SQLException e) {
        return new StorageUnavailable("The reminder digests cannot be read or written just now.", e);
    }
}
