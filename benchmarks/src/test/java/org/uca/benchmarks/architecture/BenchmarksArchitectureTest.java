package org.uca.benchmarks.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.uca.benchmarks.HttpLoad;

/**
 * The benchmarks cannot rot: they live in their own package (no class put into another module's package to reach
 * its package-private code) and use the adapters and the composition root only through the small public entry points
 * those modules offer for them. So a change inside an adapter either keeps the benchmarks compiling or breaks an entry
 * point that module's own tests cover, and {@code .ci/run} compiles the benchmarks and runs this test on every build.
 *
 * <p>Each rule is built by a factory from the root it guards ({@code org.uca} for real, the planted miniature under
 * {@value #PLANTED} to prove it bites), as in the bootstrap's architecture tests.
 */
@DisplayName("The benchmarks' architecture")
class BenchmarksArchitectureTest {

    static final String SYSTEM = "org.uca";
    static final String PLANTED = "org.uca.benchmarks.architecture.planted";

    /** The public entry points of the other modules that benchmarks may use (with their nested classes). */
    static List<String> entryPoints(String root) {
        return List.of(
                root + ".bootstrap.InProcessUca",                // UCA started in-process, as uca.jar composes it
                root + ".adapter.persistence.BulkLoad",          // loading a synthetic landlord
                root + ".adapter.persistence.UcaDatabase",       // the schema, ports, staff and accounts
                root + ".adapter.persistence.DatabaseSettings",
                root + ".adapter.persistence.json.StoredJson",   // rebuilding a case from its snapshot (JMH)
                root + ".adapter.web.security.Passwords",        // hashing the benchmark accounts' passwords
                root + ".adapter.web.input.ResidentCsv",         // reading a housing-system file (the import run)
                root + ".adapter.web.Passwords");                // (the same, in the planted miniature)
    }

    /** Every class the benchmarks module compiles (its main classes only: JMH's generated ones included). */
    static JavaClasses benchmarksModule() {
        try {
            Path classes = Path.of(HttpLoad.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new ClassFileImporter().importLocations(Set.of(Location.of(classes)));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the rules, as they guard the real module ----

    private static final JavaClasses MODULE = benchmarksModule();

    @Test
    @DisplayName("every class of the benchmarks module is in org.uca.benchmarks: no split packages")
    void noSplitPackages() {
        benchmarksStayInTheirPackage(SYSTEM).check(MODULE);
    }

    @Test
    @DisplayName("the benchmarks use the adapters and the composition root only through their public entry points")
    void onlyThroughEntryPoints() {
        benchmarksUseOtherModulesOnlyThroughEntryPoints(SYSTEM).check(MODULE);
    }

    // ---- rule factories ----

    static ArchRule benchmarksStayInTheirPackage(String root) {
        return classes().should().resideInAPackage(root + ".benchmarks..")
                .allowEmptyShould(false)
                .as("every class of the benchmarks module resides in " + root + ".benchmarks")
                .because("a class put into another module's package reaches its package-private code, and rots"
                        + " silently when that code changes");
    }

    static ArchRule benchmarksUseOtherModulesOnlyThroughEntryPoints(String root) {
        List<String> allowed = entryPoints(root);
        return noClasses().that().resideInAPackage(root + ".benchmarks..")
                .should().dependOnClassesThat(describe("belong to an adapter or the composition root but are not one"
                                + " of their entry points " + allowed,
                        (JavaClass type) -> (isIn(type, root + ".adapter") || isIn(type, root + ".bootstrap"))
                                && !isIn(type, root + ".benchmarks")
                                && allowed.stream().noneMatch(entry -> type.getName().equals(entry)
                                        || type.getName().startsWith(entry + "$"))))
                .allowEmptyShould(false)
                .as("the benchmarks use the adapters and the composition root only through their public entry points");
    }

    static boolean isIn(JavaClass type, String packageName) {
        return type.getPackageName().equals(packageName) || type.getPackageName().startsWith(packageName + ".");
    }

    // ---- each rule, shown to fail on planted violations ----

    @Nested
    @DisplayName("each rule fails on a planted violation and passes a well-formed miniature")
    class PlantedViolations {

        /** The planted "benchmarks module": its well-formed benchmark and both violations. */
        private final JavaClasses plantedModule = only("WellFormedBenchmark", "ReachingIntoTheAdapter",
                "SplitPackageBenchmark");

        @Test
        @DisplayName("'no split packages' catches a benchmark put in the adapter's package")
        void noSplitPackagesBites() {
            EvaluationResult result = benchmarksStayInTheirPackage(PLANTED).evaluate(plantedModule);
            assertThat(result.hasViolation()).isTrue();
            assertThat(report(result)).contains(PLANTED + ".adapter.persistence.SplitPackageBenchmark")
                    .doesNotContain("WellFormedBenchmark", "ReachingIntoTheAdapter");
        }

        @Test
        @DisplayName("'only through entry points' catches a benchmark using an adapter's and the bootstrap's internals")
        void onlyThroughEntryPointsBites() {
            EvaluationResult result = benchmarksUseOtherModulesOnlyThroughEntryPoints(PLANTED).evaluate(plantedModule);
            assertThat(result.hasViolation()).isTrue();
            assertThat(report(result)).contains(PLANTED + ".benchmarks.ReachingIntoTheAdapter")
                    .contains(PLANTED + ".adapter.persistence.AdapterInternals")
                    .contains(PLANTED + ".bootstrap.Wiring")
                    .doesNotContain("WellFormedBenchmark");
        }

        @Test
        @DisplayName("both rules pass the well-formed benchmark, and fail rather than pass on no classes")
        void wellFormedPassesAndEmptyFails() {
            JavaClasses wellFormed = only("WellFormedBenchmark");
            assertThat(benchmarksStayInTheirPackage(PLANTED).evaluate(wellFormed).hasViolation()).isFalse();
            assertThat(benchmarksUseOtherModulesOnlyThroughEntryPoints(PLANTED).evaluate(wellFormed).hasViolation())
                    .isFalse();
            JavaClasses none = new ClassFileImporter().importClasses();
            for (ArchRule rule : List.of(benchmarksStayInTheirPackage(PLANTED),
                    benchmarksUseOtherModulesOnlyThroughEntryPoints(PLANTED))) {
                assertThat(catchThrowable(() -> rule.evaluate(none))).as(rule.getDescription())
                        .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
            }
        }

        private JavaClasses only(String... simpleNames) {
            return new ClassFileImporter()
                    .withImportOption(location -> Arrays.stream(simpleNames)
                            .anyMatch(name -> location.contains("/" + name + ".class")))
                    .importPackages(PLANTED);
        }

        private String report(EvaluationResult result) {
            return String.join("\n", result.getFailureReport().getDetails());
        }
    }
}
