package org.uca.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.architecture.PackageCycles;

/**
 * No package of the composition root depends, directly or through others, on a package that depends on it. (Cycles
 * between the modules cannot happen: Maven refuses them. Each module has its own rule for the packages inside it.)
 */
@AnalyzeClasses(packages = PackageCyclesTest.COMPOSITION_ROOT,
        importOptions = {ImportOption.DoNotIncludeTests.class, MainCodeOnly.class})
class PackageCyclesTest {

    static final String COMPOSITION_ROOT = "org.uca.bootstrap";
    static final String PLANTED_CYCLE = Planted.ROOT + ".bootstrap";

    @ArchTest
    static final ArchRule the_packages_of_the_composition_root_are_free_of_cycles =
            PackageCycles.insideAreFreeOfCycles(COMPOSITION_ROOT);

    @Test
    @DisplayName("the rule catches a planted cycle (settings -> startup -> settings) and passes once it is broken")
    void theRuleBites() {
        PackageCycles.assertBitesOnThePlantedCycle(PLANTED_CYCLE, "StartupReadingItsSettings",
                PLANTED_CYCLE + ".settings.PlantedSettings", PLANTED_CYCLE + ".startup.StartupReadingItsSettings");
    }
}
