package org.uca.domain.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * No package cycles inside a module: every package of the module (its root package included) is a slice of its own,
 * and no slice may depend, directly or through others, on a slice that depends on it. Maven already forbids cycles
 * between modules, so this is where a cycle can still creep in.
 *
 * <p>Shared by the modules' architecture tests (through the domain's test-jar), with the check that the rule bites on
 * a planted cycle. The web adapter keeps its own rule.
 */
public final class PackageCycles {

    private PackageCycles() {
    }

    /** The packages of the module rooted at {@code modulePackage} are free of cycles; fails if it holds no classes. */
    public static ArchRule insideAreFreeOfCycles(String modulePackage) {
        return slices().assignedFrom(eachPackageIn(modulePackage))
                .should().beFreeOfCycles()
                .allowEmptyShould(false)
                .as("the packages inside " + modulePackage + " are free of cycles");
    }

    /**
     * Each package in or under {@code root} is its own slice (so {@code root} and {@code root.json} are two slices, and
     * so are {@code root.port.in} and {@code root.port.out}); every other class is left out.
     */
    static SliceAssignment eachPackageIn(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                String name = type.getPackageName();
                return name.equals(root) || name.startsWith(root + ".") ? SliceIdentifier.of(name)
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "each package in " + root;
            }
        };
    }

    /**
     * Shows the rule bites: on the planted packages under {@code plantedRoot} it reports a cycle naming every class in
     * {@code namedInTheCycle}; without the class {@code closingTheCycle} (simple name) the same packages pass; and on
     * no classes at all it fails rather than pass silently.
     */
    public static void assertBitesOnThePlantedCycle(String plantedRoot, String closingTheCycle,
            String... namedInTheCycle) {
        ArchRule rule = insideAreFreeOfCycles(plantedRoot);

        EvaluationResult withCycle = rule.evaluate(new ClassFileImporter().importPackages(plantedRoot));
        assertThat(withCycle.hasViolation()).as("'%s' fails on the planted cycle", rule.getDescription()).isTrue();
        assertThat(report(withCycle)).contains("Cycle detected").contains(namedInTheCycle);

        JavaClasses withoutTheClosingClass = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/" + closingTheCycle + ".class")
                        && !location.contains("/" + closingTheCycle + "$"))
                .importPackages(plantedRoot);
        EvaluationResult acyclic = rule.evaluate(withoutTheClosingClass);
        assertThat(acyclic.hasViolation())
                .as("'%s' passes the planted packages without %s, but reported:%n%s", rule.getDescription(),
                        closingTheCycle, report(acyclic))
                .isFalse();

        assertThat(catchThrowable(() -> rule.evaluate(new ClassFileImporter().importClasses())))
                .as("'%s' on no classes", rule.getDescription())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    private static String report(EvaluationResult result) {
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
