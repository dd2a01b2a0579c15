package org.uca.adapter.persistence;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The running user cannot rewrite history on H2 (its rights, granted by the database's creator)")
class H2RunningUserCannotRewriteTest extends RunningUserCannotRewrite {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }

    @Override
    DatabaseSettings freshSettings() {
        // kept while no one is connected: the migration user's connection closes before the running user's opens
        return new DatabaseSettings("jdbc:h2:mem:uca-" + UUID.randomUUID() + DatabaseSettings.H2_OPTIONS
                + ";DB_CLOSE_DELAY=-1", "uca_app", "app-pass", 4).withMigrationUser("uca_migrator", "migrator-pass");
    }

    @Override
    List<String> triggerChanges() {
        return List.of("drop trigger audit_entry_append_only", "drop trigger case_event_append_only",
                "drop table append_only_guard", "drop trigger access_entry_append_only",
                "drop table access_entry_guard");
    }
}
