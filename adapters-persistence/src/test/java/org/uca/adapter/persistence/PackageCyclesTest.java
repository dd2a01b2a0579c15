package org.uca.adapter.persistence;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.architecture.PackageCycles;

/**
 * No package of the persistence adapter (its root package, {@code json}, {@code h2}, ...) depends, directly or
 * through others, on a package that depends on it.
 */
@AnalyzeClasses(packages = PackageCyclesTest.ADAPTER, importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    static final String ADAPTER = "org.uca.adapter.persistence";
    static final String PLANTED_CYCLE = ADAPTER + ".architecture.planted";

    @ArchTest
    static final ArchRule the_packages_of_the_persistence_adapter_are_free_of_cycles =
            PackageCycles.insideAreFreeOfCycles(ADAPTER);

    @Test
    @DisplayName("the rule catches a planted cycle (root package -> json -> root package) and passes once it is broken")
    void theRuleBites() {
        PackageCycles.assertBitesOnThePlantedCycle(PLANTED_CYCLE, "DocumentKnowingItsStore",
                PLANTED_CYCLE + ".PlantedStore", PLANTED_CYCLE + ".json.DocumentKnowingItsStore");
    }
}
