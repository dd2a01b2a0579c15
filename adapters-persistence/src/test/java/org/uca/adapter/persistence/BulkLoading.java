package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.cases.Case;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.ResidentId;

/**
 * {@link BulkLoad}, the benchmarks' way of loading a synthetic landlord, writes exactly what saving each case through
 * the adapter writes: the same rows in every table that holds a case's data (found from the schema, so a table added
 * later is compared too), and cases that read back unchanged. A change to the stored format that is not made in the
 * bulk load as well fails here.
 */
abstract class BulkLoading extends OnADatabase {

    private static List<Case> cases() {
        return List.of(
                ACase.forResident("R-2001").withAction(Reports::verbalAbuse).build(),
                ACase.forResident("R-2002").withAction(Reports::verbalAbuse).warned().withFurtherAction().build(),
                ACase.forResident("R-2003").withAction(Reports::disproportionateContact).warned()
                        .withFurtherAction(Reports::disproportionateContact)
                        .authorised(Measures.singlePointOfContact(), Measures.noEmail()).residentInformed()
                        .appealed().build(),
                ACase.forResident("R-2004").withAction(Reports::threatsWithSafetyConcern)
                        .authorisedImmediately(Measures.exclusionFromPersonalContact(), Measures.officeBan())
                        .build(),
                ACase.forResident("R-2005").withAction(Reports::verbalAbuse).warned().withFurtherAction()
                        .authorised(Measures.noImprovementApprovals()).lifted().build());
    }

    @Test
    @DisplayName("a bulk-loaded landlord is stored row for row as the adapter stores the same cases, and reads back")
    void bulkLoadWritesWhatSavingWrites() throws SQLException {
        List<Case> cases = cases();
        try (TestDatabase bulk = TestDatabase.fresh(kind())) {
            Staff.everyone().forEach(bulk.database::saveStaff);
            try (BulkLoad load = new BulkLoad(bulk.jdbc())) {
                for (Case c : cases) {
                    Resident resident = new Resident(c.resident(), "Resident " + c.resident().value(), "1 High St");
                    db.database.saveResident(resident);
                    ports.unitOfWork().inTransaction(() -> {
                        ports.cases().save(c, 0);
                        return null;
                    });
                    load.resident(resident);
                    load.add(BulkLoad.prepare(c));
                }
                load.commit();
            }

            java.util.List<String> tables = tablesHoldingCases();
            tables.add("monitoring_day"); // counts across cases: no case_id, written by every save
            for (String table : tables) { // the audit, letters and outbox are written by use cases, not by a save
                assertThat(rowsOf(bulk, table)).as(table).isEqualTo(rowsOf(db, table));
            }
            for (String table : java.util.List.of("uca_case", "case_event", "case_action", "case_warning",
                    "case_decision", "decision_measure", "case_appeal", "monitoring_day")) {
                assertThat(rowsOf(bulk, table)).as(table).isNotEmpty();
            }
            var readBack = bulk.database.ports(clock, WorkingDays.ENGLAND_AND_WALES).cases();
            for (Case c : cases) {
                ResidentId resident = c.resident();
                assertThat(readBack.findByResident(resident).get()).as(resident.value()).isEqualTo(c);
            }
        }
    }

    /** The case table and every table with a {@code case_id} column. */
    private java.util.List<String> tablesHoldingCases() throws SQLException {
        java.util.List<String> tables = new ArrayList<>();
        try (Connection c = db.jdbc()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet r = meta.getColumns(null, null, "%", "%")) {
                while (r.next()) {
                    String table = r.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    String schema = String.valueOf(r.getString("TABLE_SCHEM")).toLowerCase(Locale.ROOT);
                    if (schema.equals("public") && !tables.contains(table) && (table.equals("uca_case")
                            || r.getString("COLUMN_NAME").equalsIgnoreCase("case_id"))) {
                        tables.add(table);
                    }
                }
            }
        }
        return tables;
    }

    /** Every row as text, without generated keys, in a stable order. */
    private static java.util.List<String> rowsOf(TestDatabase database, String table) throws SQLException {
        java.util.List<String> rows = new ArrayList<>();
        try (Connection c = database.jdbc(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
                TreeMap<String, String> row = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (!meta.isAutoIncrement(i)) {
                        row.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), r.getString(i));
                    }
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
