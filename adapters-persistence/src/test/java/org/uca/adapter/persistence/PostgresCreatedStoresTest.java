package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Whether a store is there, asked without creating one (PostgreSQL)")
class PostgresCreatedStoresTest {

    private static int tables(DatabaseSettings settings) throws Exception {
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), login); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from information_schema.tables"
                        + " where table_schema = 'public'")) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    @DisplayName("a database never migrated has no store, and asking creates nothing in it; once migrated (by its"
            + " owner, run as another user) it has one")
    void aDatabaseIsAStoreOnlyOnceMigrated() throws Exception {
        DatabaseSettings empty = SharedPostgres.freshDatabaseMigratedByItsOwner();

        assertThat(CreatedStores.isCreated(empty)).isFalse();
        assertThat(tables(empty)).isZero();

        UcaDatabase.start(empty).close();
        assertThat(CreatedStores.isCreated(empty)).isTrue();
    }

    @Test
    @DisplayName("a database that cannot be reached is left to the opening to report (not called missing)")
    void unreachableIsForTheOpeningToSay() {
        assertThat(CreatedStores.isCreated(new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/uca", "uca", "x", 1)))
                .isTrue();
    }
}
