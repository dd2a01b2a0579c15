package org.uca.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.bootstrap.architecture.Planted.assertCaught;
import static org.uca.bootstrap.architecture.Planted.assertFailsOnNoSubjects;
import static org.uca.bootstrap.architecture.Planted.assertPasses;
import static org.uca.bootstrap.architecture.Planted.report;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.annotation.Annotation;
import java.util.Collection;
import org.jmolecules.architecture.hexagonal.Application;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;
import org.jmolecules.ddd.annotation.Module;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The whole of UCA is a hexagon, and every line of it is inside one of its rings: the jMolecules stereotypes are
 * what the hexagonal rule restricts, so code without a stereotype would be restricted by nothing.
 *
 * <p>jMolecules' hexagonal rule runs at {@link VerificationDepth#LENIENT}: the architecture deliberately lets the web
 * adapter reach {@code service.UcaApplication} and the value types of {@code port.out} (the use cases return them),
 * and lets the in-memory adapters assemble {@code UcaApplication}; the strict default forbids both. What LENIENT
 * leaves open beyond that is closed by {@link DependencyRuleTest} (the web adapter's face of the application, the
 * persistence adapter only through {@code port.out}) and by the application module's own architecture test.
 *
 * <p>Every rule is built by a factory from the root of the system it guards ({@code org.uca} for real, the planted
 * miniature in the tests that prove the rule fails), so the rule that guards the code is the rule shown to bite.
 */
@AnalyzeClasses(packages = HexagonalArchitectureTest.SYSTEM,
        importOptions = {ImportOption.DoNotIncludeTests.class, MainCodeOnly.class})
class HexagonalArchitectureTest {

    static final String SYSTEM = "org.uca";

    private static final String HEXAGONAL = "org.jmolecules.architecture.hexagonal";

    // ---- the rules, as they guard the real system ----

    @ArchTest
    static final ArchRule UCA_is_a_hexagon_of_ports_services_and_adapters = hexagonal();

    @ArchTest
    static final ArchRule every_class_carries_a_stereotype = everyClassCarriesAStereotype(SYSTEM);

    @ArchTest
    static final ArchRule each_module_carries_the_stereotype_of_its_ring = eachModuleCarriesTheStereotypeOfItsRing(SYSTEM);

    @ArchTest
    static final ArchRule the_composition_root_carries_no_stereotype = compositionRootCarriesNoStereotype(SYSTEM);

    @ArchTest
    static final ArchRule the_composition_root_wires_both_adapters = compositionRootWiresBothAdapters(SYSTEM);

    // ---- rule factories: one place that says what each rule means ----

    static ArchRule hexagonal() {
        return JMoleculesArchitectureRules.ensureHexagonal(VerificationDepth.LENIENT)
                .as("UCA is a hexagon: adapters, ports and services access each other only as jMolecules allows");
    }

    static ArchRule everyClassCarriesAStereotype(String root) {
        return classes().that().resideInAPackage(root + "..")
                .and().doNotHaveSimpleName("package-info")
                .should(carryAStereotype(root))
                .allowEmptyShould(false)
                .as("every class carries a stereotype: hexagonal for application and adapters, a jMolecules module or"
                        + " DDD stereotype in the domain, none only in the composition root")
                .because("jMolecules does not look at parent packages: code in no stereotype is not restricted at all");
    }

    static ArchRule eachModuleCarriesTheStereotypeOfItsRing(String root) {
        return CompositeArchRule
                .of(carries(root + ".application.port.in", PrimaryPort.class))
                .and(carries(root + ".application.port.out", SecondaryPort.class))
                .and(carries(root + ".application.service", Application.class))
                .and(carries(root + ".application.inmemory", SecondaryAdapter.class))
                .and(carries(root + ".adapter.web", PrimaryAdapter.class))
                .and(carries(root + ".adapter.persistence", SecondaryAdapter.class))
                .as("each module carries the stereotype of its ring (and exists)");
    }

    static ArchRule compositionRootCarriesNoStereotype(String root) {
        return noClasses().that().resideInAPackage(root + ".bootstrap..")
                .and().doNotHaveSimpleName("package-info")
                .should(carryAHexagonalStereotype())
                .allowEmptyShould(false)
                .as("the composition root carries no stereotype")
                .because("unannotated, it is the one place allowed to see every module");
    }

    static ArchRule compositionRootWiresBothAdapters(String root) {
        return classes().that().resideInAPackage(root + ".bootstrap..")
                .and().doNotHaveSimpleName("package-info")
                .should(togetherDependOn(root + ".adapter.web", root + ".adapter.persistence"))
                .allowEmptyShould(false)
                .as("the composition root exists and wires both adapters");
    }

    // ---- conditions ----

    static ArchRule carries(String modulePackage, Class<? extends Annotation> stereotype) {
        return classes().that().resideInAPackage(modulePackage + "..")
                .and().doNotHaveSimpleName("package-info")
                .should(new ArchCondition<JavaClass>("carry @" + stereotype.getSimpleName()) {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        boolean carries = hasStereotype(type, describe("@" + stereotype.getSimpleName(),
                                annotation -> annotation.getRawType().isEquivalentTo(stereotype)));
                        events.add(new SimpleConditionEvent(type, carries, type.getName() + " in " + modulePackage
                                + (carries ? " carries @" : " does not carry @") + stereotype.getSimpleName()));
                    }
                })
                .allowEmptyShould(false)
                .as(modulePackage + " carries @" + stereotype.getSimpleName());
    }

    static ArchCondition<JavaClass> carryAStereotype(String root) {
        return new ArchCondition<>("carry a stereotype") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (isIn(type, root + ".bootstrap")) {
                    return;
                }
                if (isIn(type, root + ".domain")) {
                    if (!type.getPackage().isAnnotatedWith(Module.class) && !hasStereotype(type, JMOLECULES_DDD)) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " is in domain package "
                                + type.getPackageName() + ", which is not annotated with @Module, and carries no"
                                + " jMolecules DDD stereotype itself"));
                    }
                    return;
                }
                if (!hasStereotype(type, JMOLECULES_HEXAGONAL)) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " is in package "
                            + type.getPackageName() + ", whose package-info carries no jMolecules hexagonal stereotype"
                            + " (@PrimaryAdapter, @SecondaryAdapter, @PrimaryPort, @SecondaryPort, @Application),"
                            + " and it carries none itself"));
                }
            }
        };
    }

    static ArchCondition<JavaClass> carryAHexagonalStereotype() {
        return new ArchCondition<>("carry a jMolecules hexagonal stereotype") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean carries = hasStereotype(type, JMOLECULES_HEXAGONAL);
                events.add(new SimpleConditionEvent(type, carries, type.getName()
                        + (carries ? " carries" : " carries no") + " jMolecules hexagonal stereotype"));
            }
        };
    }

    /** An existential check over all the subjects together: some class uses the one, some class the other. */
    static ArchCondition<JavaClass> togetherDependOn(String onePackage, String otherPackage) {
        return new ArchCondition<>("together depend on " + onePackage + " and " + otherPackage) {
            private boolean usesOne;
            private boolean usesOther;

            @Override
            public void init(Collection<JavaClass> allObjectsToTest) {
                usesOne = false;
                usesOther = false;
            }

            @Override
            public void check(JavaClass type, ConditionEvents events) {
                usesOne |= DependencyRuleTest.dependsOn(type, onePackage);
                usesOther |= DependencyRuleTest.dependsOn(type, otherPackage);
            }

            @Override
            public void finish(ConditionEvents events) {
                if (!usesOne) {
                    events.add(SimpleConditionEvent.violated(onePackage, "no class of the composition root uses "
                            + onePackage));
                }
                if (!usesOther) {
                    events.add(SimpleConditionEvent.violated(otherPackage, "no class of the composition root uses "
                            + otherPackage));
                }
            }
        };
    }

    static final DescribedPredicate<JavaAnnotation<?>> JMOLECULES_HEXAGONAL = describe(
            "a jMolecules hexagonal annotation", annotation -> annotation.getRawType().getPackageName().equals(HEXAGONAL));

    static final DescribedPredicate<JavaAnnotation<?>> JMOLECULES_DDD = describe(
            "a jMolecules DDD annotation", annotation -> annotation.getRawType().getPackageName().startsWith("org.jmolecules.ddd")
                    || annotation.getRawType().getPackageName().startsWith("org.jmolecules.event"));

    /** On the class's own package (jMolecules does not look at parent packages), the class, or its enclosing class. */
    static boolean hasStereotype(JavaClass type, DescribedPredicate<? super JavaAnnotation<?>> stereotype) {
        return type.getPackage().isMetaAnnotatedWith(stereotype)
                || type.isMetaAnnotatedWith(stereotype)
                || type.getEnclosingClass().map(enclosing -> hasStereotype(enclosing, stereotype)).orElse(false);
    }

    static boolean isIn(JavaClass type, String packageName) {
        return DependencyRuleTest.isIn(type, packageName);
    }

    // ---- each rule, shown to fail on planted violations ----

    @Nested
    @DisplayName("each hexagonal rule fails on a planted violation and passes a well-formed miniature")
    class PlantedViolations {

        private final String planted = Planted.ROOT;

        @Test
        @DisplayName("the hexagonal rule catches web using persistence or an in-memory adapter and persistence using a use case, but not unannotated code")
        void hexagonalBites() {
            EvaluationResult result = assertCaught(hexagonal(), "adapter.web.WebUsingPersistence",
                    "adapter.web.WebUsingInMemory", "adapter.persistence.PersistenceUsingAUseCase");
            // the pitfall: code in no stereotype is "unannotated", and the hexagonal rule lets it do anything
            assertThat(report(result)).doesNotContain("misc.Orphan", "UnstereotypedWebHelper");
        }

        @Test
        @DisplayName("'every class carries a stereotype' catches a web sub-package without package-info, a loose domain package and an unknown top-level package")
        void everyClassCarriesAStereotypeBites() {
            EvaluationResult result = assertCaught(everyClassCarriesAStereotype(planted),
                    "adapter.web.helpers.UnstereotypedWebHelper", "domain.loose.LooseDomainHelper", "misc.Orphan");
            assertThat(report(result)).doesNotContain("PlantedMain", "HalfWiring");
        }

        @Test
        @DisplayName("'each module carries the stereotype of its ring' catches web code labelled as a secondary adapter")
        void eachModuleCarriesItsRingBites() {
            assertCaught(eachModuleCarriesTheStereotypeOfItsRing(planted),
                    "adapter.web.mislabelled.MislabelledWebClass");
        }

        @Test
        @DisplayName("'the composition root carries no stereotype' catches an annotated class in the bootstrap")
        void compositionRootCarriesNoStereotypeBites() {
            assertCaught(compositionRootCarriesNoStereotype(planted), "bootstrap.AnnotatedWiring");
        }

        @Test
        @DisplayName("'the composition root wires both adapters' catches a bootstrap that never uses persistence")
        void compositionRootWiresBothAdaptersBites() {
            ArchRule rule = compositionRootWiresBothAdapters(planted);
            assertPasses(rule, Planted.EVERYTHING);
            JavaClasses halfWired = Planted.only("HalfWiring", "PlantedController", "UcaApplication", "Ports",
                    "PlantedService", "PlantedInMemoryCases", "PlantedJpaCases");
            EvaluationResult result = rule.evaluate(halfWired);
            assertThat(result.hasViolation()).isTrue();
            assertThat(report(result)).contains("no class of the composition root uses " + planted + ".adapter.persistence")
                    .doesNotContain(planted + ".adapter.web\n");
            assertPasses(rule, Planted.WELL_FORMED);
        }

        @Test
        @DisplayName("a rule whose modules have no classes fails instead of passing silently")
        void rulesFailWhenTheirSubjectsAreMissing() {
            JavaClasses onlyTheDomain = Planted.only("PlantedCase");
            assertFailsOnNoSubjects(eachModuleCarriesTheStereotypeOfItsRing(planted), onlyTheDomain);
            assertFailsOnNoSubjects(compositionRootCarriesNoStereotype(planted), onlyTheDomain);
            assertFailsOnNoSubjects(compositionRootWiresBothAdapters(planted), onlyTheDomain);
            assertFailsOnNoSubjects(everyClassCarriesAStereotype(planted + ".nowhere"), onlyTheDomain);
        }
    }
}
