package org.uca.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.uca.adapter.persistence.json.StoredJson;
import org.uca.domain.cases.Case;

/**
 * Works out the guidance facts of existing cases, so the hot path reads one row for every case from the first
 * request on. Migration 7 does it for every case stored before they were kept (V5); migration 25.1 again for every
 * case, when the facts took the decisions' numbers and the reasonable adjustments (guidance format 2: a document in
 * format 1 is otherwise ignored, and guidance worked out from the whole case, until the case is next saved). Their
 * facts are written at their current version: one update per case, as a save would write it. A case that cannot be
 * read has its guidance worked out from the case, which reports what is wrong with it to whoever asks.
 */
final class GuidanceForExistingCases extends ExistingCases {

    static final int VERSION = 7;
    /** The guidance facts in format 2, for every case. */
    static final String FORMAT_2_VERSION = "25.1";

    private PreparedStatement write;

    private GuidanceForExistingCases(String version, String description, int checksum, String which) {
        super(version, description, checksum, which);
    }

    static GuidanceForExistingCases first() {
        return new GuidanceForExistingCases(String.valueOf(VERSION), "guidance for existing cases", 7,
                "c.guidance_version is null");
    }

    static GuidanceForExistingCases format2() {
        return new GuidanceForExistingCases(FORMAT_2_VERSION, "guidance facts with decisions and adjustments", 251,
                "c.guidance_version is not null");
    }

    @Override
    void prepare(Connection connection) throws SQLException {
        write = connection.prepareStatement(
                "update uca_case set guidance = ?, guidance_version = ? where id = ? and case_version = ?");
    }

    @Override
    int add(UUID id, long version, Case c) throws SQLException {
        write.setString(1, StoredJson.guidanceOf(c));
        write.setLong(2, version);
        write.setObject(3, id);
        write.setLong(4, version);
        write.addBatch();
        return 1;
    }

    @Override
    void flush() throws SQLException {
        write.executeBatch();
    }

    @Override
    void close() throws SQLException {
        write.close();
    }
}
