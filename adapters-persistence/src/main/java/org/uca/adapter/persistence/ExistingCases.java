package org.uca.adapter.persistence;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.persistence.json.StoredJson;
import org.uca.adapter.persistence.json.StoredJson.Part;
import org.uca.domain.cases.Case;

/**
 * A Java migration that works out something new for every existing case, from the case itself: the cases are read
 * as they are stored (head and parts), rebuilt through the domain's checks, and what the migration derives written
 * in batches of 500 within Flyway's transaction. A case that cannot be read is logged and left as it was: one
 * unreadable case must not stop UCA from starting.
 */
abstract class ExistingCases implements JavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(ExistingCases.class);
    static final int BATCH = 500;
    private static final int PROGRESS_EVERY = 10_000;

    private final String version;
    private final String description;
    private final int checksum;
    /** Which cases to read: a condition on {@code uca_case c}. */
    private final String which;

    ExistingCases(String version, String description, int checksum, String which) {
        this.version = version;
        this.description = description;
        this.checksum = checksum;
        this.which = which;
    }

    /** Every Java migration, in order. */
    static JavaMigration[] all() {
        return new JavaMigration[] {GuidanceForExistingCases.first(), GuidanceForExistingCases.format2(),
                new MonitoringForExistingCases(),
                new NoticesWithheldForExistingCases()};
    }

    /** The versions of {@link #all}, as Flyway writes them. */
    static java.util.List<String> versions() {
        return java.util.Arrays.stream(all()).map(m -> m.getVersion().getVersion()).toList();
    }

    /** Prepares the statements the migration writes with. */
    abstract void prepare(Connection connection) throws SQLException;

    /** Adds what the migration writes for one case to its batches; how many rows it added. */
    abstract int add(UUID id, long version, Case c) throws SQLException;

    /** Sends the batches. */
    abstract void flush() throws SQLException;

    /** Closes the statements. */
    abstract void close() throws SQLException;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return checksum;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        prepare(connection);
        try (PreparedStatement read = connection.prepareStatement("select c.id as case_id, 'CASE' as part,"
                + " 0 as part_no, c.snapshot as document, c.case_version as version from uca_case c"
                + " where " + which
                + " union all select p.case_id, p.part, p.part_no, p.document, null from case_part p"
                + " where p.case_id in (select c.id from uca_case c where " + which + ")"
                + " order by case_id, part, part_no")) {
            read.setFetchSize(BATCH);
            long started = System.nanoTime();
            long cases = 0;
            int batched = 0;
            try (ResultSet r = read.executeQuery()) {
                Rows rows = null;
                while (r.next()) {
                    UUID id = r.getObject(1, UUID.class);
                    if (rows == null || !rows.id.equals(id)) {
                        batched += add(rows);
                        rows = new Rows(id);
                        if (++cases % PROGRESS_EVERY == 0) {
                            // Flyway logs at WARN: say here that the (one-off) migration is moving
                            LOG.info("Migration {}: {} for {} cases so far", version, description, cases);
                        }
                    }
                    String part = r.getString(2);
                    if (part.equals("CASE")) {
                        rows.head = r.getString(4);
                        rows.version = r.getLong(5);
                    } else {
                        rows.parts.computeIfAbsent(Part.valueOf(part), p -> new ArrayList<>()).add(r.getString(4));
                    }
                    if (batched >= BATCH) {
                        flush();
                        batched = 0;
                    }
                }
                batched += add(rows);
            }
            if (batched > 0) {
                flush();
            }
            if (cases > 0) {
                LOG.info("Migration {}: {} for {} cases in {} ms", version, description, cases,
                        (System.nanoTime() - started) / 1_000_000);
            }
        } finally {
            close();
        }
    }

    /** One case's rows as they are read, in order of case. */
    private static final class Rows {
        final UUID id;
        final java.util.Map<Part, java.util.List<String>> parts = new EnumMap<>(Part.class);
        String head;
        long version;

        Rows(UUID id) {
            this.id = id;
        }
    }

    private int add(Rows rows) throws SQLException {
        if (rows == null || rows.head == null) {
            return 0;
        }
        Case c;
        try {
            c = StoredJson.caseFrom(rows.head, LinkedHashMap.ofAll(rows.parts).mapValues(List::ofAll), rows.version,
                    (id, resident) -> {
                        throw new IllegalStateException("A migration of existing cases never needs their history.");
                    });
        } catch (RuntimeException unreadable) {
            LOG.warn("Case {} could not be read for migration {} ({}): {}", rows.id, version, description,
                    unreadable.toString());
            return 0;
        }
        return add(rows.id, rows.version, c);
    }
}
