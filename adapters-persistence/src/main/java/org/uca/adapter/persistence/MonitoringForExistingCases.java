package org.uca.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.Decision;

/**
 * Migration 40.1: for decisions stored before V40, which services each measure applied to as authorised
 * ({@code decision_measure.services}) and whether the decision's details were since corrected
 * ({@code case_decision.amended}), so the monitoring report counts earlier decisions by service scope and as
 * corrected as it counts new ones (issue 15 §5). Only cases with a decision are read.
 */
final class MonitoringForExistingCases extends ExistingCases {

    static final String VERSION = "40.1";

    private PreparedStatement services;
    private PreparedStatement amended;

    MonitoringForExistingCases() {
        super(VERSION, "service scopes and corrections of existing decisions", 401,
                "c.id in (select d.case_id from case_decision d)");
    }

    @Override
    void prepare(Connection connection) throws SQLException {
        services = connection.prepareStatement("update decision_measure set services = ?"
                + " where case_id = ? and decision_no = ? and measure_no = ?");
        amended = connection.prepareStatement("update case_decision set amended = ?"
                + " where case_id = ? and decision_no = ?");
    }

    @Override
    int add(UUID id, long version, Case c) throws SQLException {
        int rows = 0;
        for (Decision d : c.decisions()) {
            for (var m : d.asAuthorised().measures().zipWithIndex()) {
                String scope = Projections.servicesOf(m._1);
                if (scope != null) {
                    services.setString(1, scope);
                    services.setObject(2, id);
                    services.setInt(3, d.id().number());
                    services.setInt(4, m._2 + 1);
                    services.addBatch();
                    rows++;
                }
            }
            if (!d.amendments().isEmpty()) {
                amended.setBoolean(1, true);
                amended.setObject(2, id);
                amended.setInt(3, d.id().number());
                amended.addBatch();
                rows++;
            }
        }
        return rows;
    }

    @Override
    void flush() throws SQLException {
        services.executeBatch();
        amended.executeBatch();
    }

    @Override
    void close() throws SQLException {
        services.close();
        amended.close();
    }
}
