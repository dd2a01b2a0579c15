package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Append-only tables on PostgreSQL (a plpgsql trigger)")
class PostgresAppendOnlyTablesTest extends AppendOnlyTables {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }

    @Test
    @DisplayName("on PostgreSQL the append-only trigger itself refuses TRUNCATE, cascaded or not")
    void truncateIsRefusedByTheTrigger() throws SQLException {
        journey.recordVerbalAbuse(ALEX);
        try (Connection c = db.jdbc(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("truncate audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("truncate case_event cascade"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(db.rows("audit_entry")).isEqualTo(1);
        assertThat(db.rows("case_event")).isEqualTo(1);
    }
}
