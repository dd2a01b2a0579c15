package org.uca.application.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.architecture.PackageCycles;

/**
 * No package of the application ({@code port.in}, {@code port.out}, {@code service}, {@code inmemory}, ...) depends,
 * directly or through others, on a package that depends on it.
 */
@AnalyzeClasses(
        packages = ApplicationArchitectureTest.APPLICATION,
        importOptions = {ImportOption.DoNotIncludeTests.class, ApplicationArchitectureTest.DoNotIncludeTestJars.class})
class PackageCyclesTest {

    static final String PLANTED_CYCLE = ApplicationArchitectureTest.PLANTED + ".cycles";

    @ArchTest
    static final ArchRule the_packages_of_the_application_are_free_of_cycles =
            PackageCycles.insideAreFreeOfCycles(ApplicationArchitectureTest.APPLICATION);

    @Test
    @DisplayName("the rule catches a planted cycle (port.in -> port.out -> port.in) and passes once it is broken")
    void theRuleBites() {
        PackageCycles.assertBitesOnThePlantedCycle(PLANTED_CYCLE, "RowKnowingItsQuery",
                PLANTED_CYCLE + ".port.in.PlantedQuery", PLANTED_CYCLE + ".port.out.RowKnowingItsQuery");
    }
}
