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
 * Works out the guidance facts of existing cases, so the hot path reads one row for every case from the first
 * request on. Migration 7 does it for every case stored before they were kept (V5); migration 25.1 again for every
 * case, when the facts took the decisions' numbers and the reasonable adjustments (guidance format 2: a document in
 * format 1 is otherwise ignored, and guidance worked out from the whole case, until the case is next saved). The
 * cases are read as they are stored (head and parts), rebuilt through the domain's checks, and their facts written at
 * their current version (their history is not needed), in batches of 500 within Flyway's transaction: one update per
 * case, as a save would write it. A case that cannot be read is logged and left as it was (its guidance is then
 * worked out from the case).
 */
final class GuidanceForExistingCases implements JavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(GuidanceForExistingCases.class);
    static final int VERSION = 7;
    /** The guidance facts in format 2, for every case. */
    static final String FORMAT_2_VERSION = "25.1";
    private static final int BATCH = 500;
    private static final int PROGRESS_EVERY = 10_000;

    private final String version;
    private final String description;
    private final String which;

    private GuidanceForExistingCases(String version, String description, String which) {
        this.version = version;
        this.description = description;
        this.which = which;
    }

    /** Every guidance migration, in order. */
    static JavaMigration[] all() {
        return new JavaMigration[] {
                new GuidanceForExistingCases(String.valueOf(VERSION), "guidance for existing cases",
                        "c.guidance_version is null"),
                new GuidanceForExistingCases(FORMAT_2_VERSION, "guidance facts with decisions and adjustments",
                        "c.guidance_version is not null")};
    }

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
        return version.equals(String.valueOf(VERSION)) ? 7 : 251;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement read = connection.prepareStatement("select c.id as case_id, 'CASE' as part,"
                + " 0 as part_no, c.snapshot as document, c.case_version as version from uca_case c"
                + " where " + which
                + " union all select p.case_id, p.part, p.part_no, p.document, null from case_part p"
                + " where p.case_id in (select c.id from uca_case c where " + which + ")"
                + " order by case_id, part, part_no");
                PreparedStatement write = connection.prepareStatement(
                        "update uca_case set guidance = ?, guidance_version = ? where id = ? and case_version = ?")) {
            read.setFetchSize(BATCH);
            long started = System.nanoTime();
            long cases = 0;
            int batched = 0;
            try (ResultSet r = read.executeQuery()) {
                Rows rows = null;
                while (r.next()) {
                    UUID id = r.getObject(1, UUID.class);
                    if (rows == null || !rows.id.equals(id)) {
                        batched += add(write, rows);
                        rows = new Rows(id);
                        if (++cases % PROGRESS_EVERY == 0) {
                            // Flyway logs at WARN: say here that the (one-off) migration is moving
                            LOG.info("Migration {}: guidance worked out for {} cases so far", version, cases);
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
                        write.executeBatch();
                        batched = 0;
                    }
                }
                batched += add(write, rows);
            }
            if (batched > 0) {
                write.executeBatch();
            }
            if (cases > 0) {
                LOG.info("Migration {}: guidance worked out for {} cases in {} ms", version, cases,
                        (System.nanoTime() - started) / 1_000_000);
            }
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

    private static int add(PreparedStatement write, Rows rows) throws SQLException {
        if (rows == null || rows.head == null) {
            return 0;
        }
        Case c;
        try {
            c = StoredJson.caseFrom(rows.head, LinkedHashMap.ofAll(rows.parts).mapValues(List::ofAll), rows.version,
                    (id, resident) -> {
                        throw new IllegalStateException("Guidance facts never need a case's history.");
                    });
        } catch (RuntimeException unreadable) {
            // Left without facts, this case's guidance is worked out from the case, which reports what is wrong
            // with it to whoever asks; one unreadable case must not stop UCA from starting.
            LOG.warn("Case {} could not be read to work out its guidance facts: {}", rows.id, unreadable.toString());
            return 0;
        }
        write.setString(1, StoredJson.guidanceOf(c));
        write.setLong(2, rows.version);
        write.setObject(3, rows.id);
        write.setLong(4, rows.version);
        write.addBatch();
        return 1;
    }
}
