package org.uca.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Seeing every module, the composition root checks that the adapters never depend on each other. */
@AnalyzeClasses(packages = "org.uca", importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterIndependenceTest {

    @ArchTest
    static final ArchRule webNeverUsesTheDatabase = noClasses().that().resideInAPackage("org.uca.adapter.web..")
            .should().dependOnClassesThat().resideInAPackage("org.uca.adapter.persistence..");

    @ArchTest
    static final ArchRule databaseNeverUsesTheWeb = noClasses().that()
            .resideInAPackage("org.uca.adapter.persistence..")
            .should().dependOnClassesThat().resideInAPackage("org.uca.adapter.web..");

    @ArchTest
    static final ArchRule onlyTheRootSeesBoth = noClasses().that().resideOutsideOfPackage("org.uca.bootstrap..")
            .should().dependOnClassesThat().resideInAPackage("org.uca.bootstrap..");
}
