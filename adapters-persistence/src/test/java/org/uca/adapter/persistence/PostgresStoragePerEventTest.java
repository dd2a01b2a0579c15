package org.uca.adapter.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Storage per event on PostgreSQL")
class PostgresStoragePerEventTest extends StoragePerEvent {

    @Override
    TestDatabase open() {
        return TestDatabase.fresh(TestDatabase.Kind.POSTGRESQL);
    }

    /** Every relation of the case tables with their indexes and TOAST, dead rows included (as on disk). */
    @Override
    long bytesStored(TestDatabase db) {
        try (Connection c = db.jdbc(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select sum(pg_total_relation_size(c.oid)) from pg_class c"
                        + " join pg_namespace n on n.oid = c.relnamespace"
                        + " where n.nspname = 'public' and c.relkind = 'r'")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
