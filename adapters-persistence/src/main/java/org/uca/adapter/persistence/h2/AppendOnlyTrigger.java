package org.uca.adapter.persistence.h2;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Makes a table append-only on H2, as a PostgreSQL trigger does there: any UPDATE or DELETE of a row is refused.
 * Installed by the H2 migration on the audit log and on the case timeline.
 */
public final class AppendOnlyTrigger implements Trigger {

    /** SQLSTATE "insufficient privilege", as the PostgreSQL trigger raises. */
    public static final String SQL_STATE = "42501";

    private String table = "this table";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        this.table = tableName.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String what = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException(table + " is append-only: " + what + " is not allowed", SQL_STATE);
    }
}
