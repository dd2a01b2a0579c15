package org.uca.adapter.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The web adapter is a primary adapter: every package says so, it drives the application only, and its packages
 * depend on each other without cycles (each rule built by a factory, and the cycle rule shown to bite on a planted
 * cycle in test code).
 */
@AnalyzeClasses(packages = "org.uca", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String WEB = "org.uca.adapter.web";

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

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = packagesFreeOfCycles(WEB);

    /**
     * No cycles between the adapter's packages: each package directly under {@code root} is a slice (its own
     * subpackages with it), and so is the root package itself, so a cycle through the root is caught too.
     */
    static ArchRule packagesFreeOfCycles(String root) {
        return slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (name.equals(root)) {
                    return SliceIdentifier.of("(root) " + root);
                }
                if (!name.startsWith(root + ".")) {
                    return SliceIdentifier.ignore();
                }
                String rest = name.substring(root.length() + 1);
                int dot = rest.indexOf('.');
                return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
            }

            @Override
            public String getDescription() {
                return "the packages of " + root + " (and the root package itself)";
            }
        }).should().beFreeOfCycles();
    }

    @Test
    @DisplayName("the package-cycle rule catches a planted cycle between a root package and a subpackage")
    void theCycleRuleBites() {
        String planted = WEB + ".planted.cycle";
        EvaluationResult result = packagesFreeOfCycles(planted).evaluate(new ClassFileImporter().importPackages(planted));
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("PlantedWeb").contains("PlantedPage");
    }

    @Test
    @DisplayName("the package-cycle rule fails when it finds no classes to check")
    void theCycleRuleFailsOnNoClasses() {
        String nowhere = WEB + ".no.such.package";
        assertThatThrownBy(() -> packagesFreeOfCycles(nowhere).evaluate(new ClassFileImporter()
                .importPackages(nowhere))).hasMessageContaining("failed to check any classes");
    }
}
