package org.uca.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;
import org.uca.domain.cases.Case;

/**
 * Migration 41.1: for decisions stored before V41 whose notice was ever withheld, each time it was withheld
 * ({@code decision_notice_withheld}), so the monitoring report counts the notices still withheld at the end of a
 * period for them as it does for new ones (issue 15 §3). Only cases with a notice withheld are read.
 */
final class NoticesWithheldForExistingCases extends ExistingCases {

    static final String VERSION = "41.1";

    private PreparedStatement insert;

    NoticesWithheldForExistingCases() {
        super(VERSION, "each time notice of an existing decision was withheld", 411,
                "c.id in (select d.case_id from case_decision d where d.notice_withheld_on is not null)");
    }

    @Override
    void prepare(Connection connection) throws SQLException {
        insert = connection.prepareStatement("insert into decision_notice_withheld (case_id, decision_no, time_no,"
                + " withheld_on, ended_on) values (?, ?, ?, ?, ?)");
    }

    @Override
    int add(UUID id, long version, Case c) throws SQLException {
        int rows = 0;
        for (Projections.WithheldFact f : Projections.of(c).withheld().values()) {
            insert.setObject(1, id);
            insert.setInt(2, f.decision());
            insert.setInt(3, f.number());
            insert.setObject(4, f.withheldOn());
            insert.setObject(5, f.endedOn(), Types.DATE);
            insert.addBatch();
            rows++;
        }
        return rows;
    }

    @Override
    void flush() throws SQLException {
        insert.executeBatch();
    }

    @Override
    void close() throws SQLException {
        insert.close();
    }
}
