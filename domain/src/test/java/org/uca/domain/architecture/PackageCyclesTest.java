package org.uca.domain.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** No package of the domain depends, directly or through others, on a package that depends on it. */
@AnalyzeClasses(
        packages = DomainArchitectureTest.DOMAIN,
        importOptions = {ImportOption.DoNotIncludeTests.class, DomainArchitectureTest.DoNotIncludeTestJars.class})
class PackageCyclesTest {

    static final String PLANTED_CYCLE = DomainArchitectureTest.PLANTED + ".cycles";

    @ArchTest
    static final ArchRule the_packages_of_the_domain_are_free_of_cycles =
            PackageCycles.insideAreFreeOfCycles(DomainArchitectureTest.DOMAIN);

    @Test
    @DisplayName("the rule catches a planted cycle (warnings -> decisions -> warnings) and passes once it is broken")
    void theRuleBites() {
        PackageCycles.assertBitesOnThePlantedCycle(PLANTED_CYCLE, "DecisionCitingItsWarning",
                PLANTED_CYCLE + ".warnings.PlantedWarning", PLANTED_CYCLE + ".decisions.DecisionCitingItsWarning");
    }
}
