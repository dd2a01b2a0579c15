package org.uca.adapter.persistence;

import java.util.List;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The running user cannot rewrite history on PostgreSQL (its rights, granted by the schema's owner)")
class PostgresRunningUserCannotRewriteTest extends RunningUserCannotRewrite {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }

    @Override
    DatabaseSettings freshSettings() {
        return SharedPostgres.freshDatabaseMigratedByItsOwner();
    }

    @Override
    List<String> triggerChanges() {
        return List.of("drop trigger audit_entry_append_only on audit_entry",
                "drop trigger case_event_no_truncate on case_event", "alter table audit_entry disable trigger all",
                "alter table case_event disable trigger case_event_append_only",
                "drop function uca_refuse_change_to_append_only_table() cascade",
                "create or replace function uca_refuse_change_to_append_only_table() returns trigger language plpgsql"
                        + " as $$ begin return new; end; $$",
                "drop trigger access_entry_append_only on access_entry", "alter table access_entry disable trigger all");
    }
}
