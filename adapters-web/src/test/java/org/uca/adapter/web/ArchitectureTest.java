package org.uca.adapter.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/** The web adapter is a primary adapter: every package says so, and it drives the application only. */
@AnalyzeClasses(packages = "org.uca", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The web adapter drives the application through its incoming ports only. (The jMolecules hexagonal rule also
     * flags the value types the incoming ports return from {@code port.out}, such as {@code Letter}; that is the
     * application module's to settle, so this rule checks the adapter's own side.)
     */
    @ArchTest
    static final ArchRule onlyIncomingPorts = noClasses().that().resideInAPackage("org.uca.adapter.web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.uca.application.service..",
                    "org.uca.application.inmemory..");

    @ArchTest
    static final ArchRule everyPackageIsAPrimaryAdapter = classes().that().resideInAPackage("org.uca.adapter.web..")
            .should(new ArchCondition<>("reside in a package annotated @PrimaryAdapter") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    boolean annotated = item.getPackage().isAnnotatedWith(PrimaryAdapter.class);
                    events.add(new SimpleConditionEvent(item, annotated, item.getName()
                            + (annotated ? " is" : " is not") + " in a @PrimaryAdapter package"));
                }
            });

    @ArchTest
    static final ArchRule neverTheDatabase = noClasses().that().resideInAPackage("org.uca.adapter.web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.uca.adapter.persistence..", "jakarta.persistence..",
                    "org.uca.application.inmemory..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Connection");
}
