package org.uca.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.bootstrap.architecture.Planted.assertCaught;
import static org.uca.bootstrap.architecture.Planted.assertFailsOnNoSubjects;
import static org.uca.bootstrap.architecture.Planted.report;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule across all modules, seen from the composition root, the only module that sees them all:
 * dependencies point inwards, the two adapters never meet except in the bootstrap, the web adapter drives the
 * application only through its incoming face, and the persistence adapter only serves the outgoing ports.
 *
 * <p>Cycles: Maven refuses cycles between modules, so there is no rule for them here; each module has a rule that the
 * packages inside it are free of cycles ({@code PackageCyclesTest}).
 *
 * <p>Every rule is built by a factory from the root of the system it guards ({@code org.uca} for real, the planted
 * miniature in the tests that prove the rule fails), so the rule that guards the code is the rule shown to bite.
 */
@AnalyzeClasses(packages = DependencyRuleTest.SYSTEM,
        importOptions = {ImportOption.DoNotIncludeTests.class, MainCodeOnly.class})
class DependencyRuleTest {

    static final String SYSTEM = "org.uca";

    // ---- the rules, as they guard the real system ----

    @ArchTest
    static final ArchRule the_web_adapter_never_depends_on_the_persistence_adapter = webNeverDependsOnPersistence(SYSTEM);

    @ArchTest
    static final ArchRule the_persistence_adapter_never_depends_on_the_web_adapter = persistenceNeverDependsOnWeb(SYSTEM);

    @ArchTest
    static final ArchRule only_the_composition_root_depends_on_both_adapters = onlyTheCompositionRootDependsOnBothAdapters(SYSTEM);

    @ArchTest
    static final ArchRule only_the_composition_root_uses_the_web_adapter = onlyTheCompositionRootUses(SYSTEM, "web");

    @ArchTest
    static final ArchRule only_the_composition_root_uses_the_persistence_adapter =
            onlyTheCompositionRootUses(SYSTEM, "persistence");

    @ArchTest
    static final ArchRule the_web_adapter_reaches_the_application_only_through_use_cases_port_values_and_UcaApplication =
            webReachesTheApplicationOnlyThroughItsFace(SYSTEM);

    @ArchTest
    static final ArchRule the_persistence_adapter_never_depends_on_use_cases_or_the_web_adapter =
            persistenceNeverDependsOnUseCasesOrWeb(SYSTEM);

    @ArchTest
    static final ArchRule the_persistence_adapter_reaches_the_application_only_through_outgoing_ports =
            persistenceReachesTheApplicationOnlyThroughPortOut(SYSTEM);

    @ArchTest
    static final ArchRule the_real_rules_never_see_the_planted_violations = noClasses()
            .should().resideInAPackage("..architecture.planted..")
            .as("the real rules never see the planted violations");

    // ---- rule factories: one place that says what each rule means ----

    static String web(String root) {
        return root + ".adapter.web";
    }

    static String persistence(String root) {
        return root + ".adapter.persistence";
    }

    static String application(String root) {
        return root + ".application";
    }

    static String compositionRoot(String root) {
        return root + ".bootstrap";
    }

    static ArchRule webNeverDependsOnPersistence(String root) {
        return noClasses().that().resideInAPackage(web(root) + "..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAPackage(persistence(root) + "..")
                .allowEmptyShould(false)
                .as("the web adapter never depends on the persistence adapter");
    }

    static ArchRule persistenceNeverDependsOnWeb(String root) {
        return noClasses().that().resideInAPackage(persistence(root) + "..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAPackage(web(root) + "..")
                .allowEmptyShould(false)
                .as("the persistence adapter never depends on the web adapter");
    }

    static ArchRule onlyTheCompositionRootDependsOnBothAdapters(String root) {
        return noClasses().that().resideOutsideOfPackage(compositionRoot(root) + "..")
                .and().doNotHaveSimpleName("package-info")
                .should(dependOnBoth(web(root), persistence(root)))
                .allowEmptyShould(false)
                .as("only the composition root depends on both adapters");
    }

    /** Stronger than "both": outside the adapter itself, nothing but the composition root may use it at all. */
    static ArchRule onlyTheCompositionRootUses(String root, String adapter) {
        String adapterPackage = root + ".adapter." + adapter;
        return noClasses().that().resideOutsideOfPackages(adapterPackage + "..", compositionRoot(root) + "..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAPackage(adapterPackage + "..")
                .allowEmptyShould(false)
                .as("only the composition root uses the " + adapter + " adapter");
    }

    static ArchRule webReachesTheApplicationOnlyThroughItsFace(String root) {
        String app = application(root);
        String ucaApplication = app + ".service.UcaApplication";
        DescribedPredicate<JavaClass> theFaceOfTheApplication = describe(
                "port.in, value types of port.out (anything but its top-level interfaces) or service.UcaApplication",
                type -> isIn(type, app + ".port.in")
                        || (isIn(type, app + ".port.out") && !(type.isTopLevelClass() && type.isInterface()))
                        || type.getName().equals(ucaApplication)
                        || type.getName().startsWith(ucaApplication + "$"));
        return noClasses().that().resideInAPackage(web(root) + "..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat(describe("belong to the application but not to its face: "
                                + theFaceOfTheApplication.getDescription(),
                        type -> isIn(type, app) && !theFaceOfTheApplication.test(type)))
                .allowEmptyShould(false)
                .as("the web adapter reaches the application only through use cases, port.out value types and"
                        + " UcaApplication (no other service class, no outgoing port, no in-memory adapter)");
    }

    static ArchRule persistenceNeverDependsOnUseCasesOrWeb(String root) {
        return noClasses().that().resideInAPackage(persistence(root) + "..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage(application(root) + ".port.in..", web(root) + "..")
                .allowEmptyShould(false)
                .as("the persistence adapter never depends on port.in or the web adapter");
    }

    /**
     * Stricter than {@link #persistenceNeverDependsOnUseCasesOrWeb}: it restores, for the persistence adapter, what
     * jMolecules' STRICT hexagonal rule would say (a secondary adapter sees only the secondary ports), which the LENIENT
     * depth used for the whole system leaves open.
     */
    static ArchRule persistenceReachesTheApplicationOnlyThroughPortOut(String root) {
        String app = application(root);
        return noClasses().that().resideInAPackage(persistence(root) + "..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat(describe("belong to the application outside port.out",
                        type -> isIn(type, app) && !isIn(type, app + ".port.out")))
                .allowEmptyShould(false)
                .as("the persistence adapter reaches the application only through port.out"
                        + " (never port.in, the services or the in-memory adapters)");
    }

    static ArchCondition<JavaClass> dependOnBoth(String onePackage, String otherPackage) {
        return new ArchCondition<>("depend on both " + onePackage + " and " + otherPackage) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean one = dependsOn(type, onePackage);
                boolean other = dependsOn(type, otherPackage);
                String message = type.getName() + (one && other ? " depends on both " : " does not depend on both ")
                        + onePackage + " and " + otherPackage;
                events.add(new SimpleConditionEvent(type, one && other, message));
            }
        };
    }

    static boolean dependsOn(JavaClass type, String packageName) {
        return type.getDirectDependenciesFromSelf().stream()
                .map(Dependency::getTargetClass)
                .anyMatch(target -> isIn(target, packageName));
    }

    /** In the package or one of its sub-packages. */
    static boolean isIn(JavaClass type, String packageName) {
        return type.getPackageName().equals(packageName) || type.getPackageName().startsWith(packageName + ".");
    }

    // ---- each rule, shown to fail on planted violations ----

    @Nested
    @DisplayName("each dependency rule fails on a planted violation and passes a well-formed miniature")
    class PlantedViolations {

        private final String planted = Planted.ROOT;

        @Test
        @DisplayName("'the adapters never depend on each other' catches web using persistence and persistence using web")
        void adaptersNeverDependOnEachOtherBites() {
            assertCaught(webNeverDependsOnPersistence(planted), "adapter.web.WebUsingPersistence");
            assertCaught(persistenceNeverDependsOnWeb(planted), "adapter.persistence.PersistenceUsingWeb");
        }

        @Test
        @DisplayName("'only the composition root depends on both adapters' catches wiring outside the bootstrap")
        void onlyTheCompositionRootDependsOnBothBites() {
            EvaluationResult result = assertCaught(onlyTheCompositionRootDependsOnBothAdapters(planted), "misc.Orphan");
            assertThat(report(result)).doesNotContain("PlantedMain");
        }

        @Test
        @DisplayName("'only the composition root uses an adapter' catches an adapter used from outside the bootstrap")
        void onlyTheCompositionRootUsesBites() {
            assertCaught(onlyTheCompositionRootUses(planted, "web"), "misc.Orphan",
                    "adapter.persistence.PersistenceUsingWeb");
            assertCaught(onlyTheCompositionRootUses(planted, "persistence"), "misc.Orphan",
                    "adapter.web.WebUsingPersistence");
        }

        @Test
        @DisplayName("'the web adapter reaches the application only through its face' catches Ports, an outgoing port and an in-memory adapter")
        void webReachesTheApplicationOnlyThroughItsFaceBites() {
            EvaluationResult result = assertCaught(webReachesTheApplicationOnlyThroughItsFace(planted),
                    "adapter.web.WebUsingServiceInternals", "adapter.web.WebUsingAnOutgoingPort",
                    "adapter.web.WebUsingInMemory");
            assertThat(report(result)).doesNotContain("PlantedController");
        }

        @Test
        @DisplayName("the persistence rules catch a use case driven from persistence and persistence using web")
        void persistenceReachesTheApplicationOnlyThroughPortOutBites() {
            assertCaught(persistenceNeverDependsOnUseCasesOrWeb(planted),
                    "adapter.persistence.PersistenceUsingAUseCase", "adapter.persistence.PersistenceUsingWeb");
            assertCaught(persistenceReachesTheApplicationOnlyThroughPortOut(planted),
                    "adapter.persistence.PersistenceUsingAUseCase");
        }

        @Test
        @DisplayName("a rule whose adapter has no classes fails instead of passing silently")
        void rulesFailWhenTheirSubjectsAreMissing() {
            JavaClasses withoutAdapters = Planted.only("PlantedCase", "PlantedUseCase", "PlantedCases",
                    "PlantedLetter", "UcaApplication", "Ports", "PlantedService");
            assertFailsOnNoSubjects(webNeverDependsOnPersistence(planted), withoutAdapters);
            assertFailsOnNoSubjects(persistenceNeverDependsOnWeb(planted), withoutAdapters);
            assertFailsOnNoSubjects(webReachesTheApplicationOnlyThroughItsFace(planted), withoutAdapters);
            assertFailsOnNoSubjects(persistenceNeverDependsOnUseCasesOrWeb(planted), withoutAdapters);
            assertFailsOnNoSubjects(persistenceReachesTheApplicationOnlyThroughPortOut(planted), withoutAdapters);
        }
    }
}
