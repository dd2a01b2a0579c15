package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Whether a store is there, asked without creating one (H2)")
class CreatedStoresTest {

    @Test
    @DisplayName("an H2 folder without UCA's file has no store, and asking creates none; once started, it has one")
    void h2FileIsThereOnlyOnceCreated(@TempDir Path dir) {
        DatabaseSettings settings = DatabaseSettings.h2File(dir.resolve("data"));

        assertThat(CreatedStores.isCreated(settings)).isFalse();
        assertThat(dir.resolve("data")).doesNotExist();

        UcaDatabase.start(settings).close();
        assertThat(CreatedStores.isCreated(settings)).isTrue();
    }
}
