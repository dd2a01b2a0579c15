package org.uca.application.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.application.architecture.planted.application.port.in.ClassyUseCase;
import org.uca.application.architecture.planted.application.port.in.PortUsingAService;
import org.uca.application.architecture.planted.application.port.out.AbstractStore;
import org.uca.application.architecture.planted.application.port.out.PortUsingInMemory;
import org.uca.application.architecture.planted.application.service.MisplacedQuery;
import org.uca.application.architecture.planted.application.service.PublicHelperService;
import org.uca.application.architecture.planted.application.service.UcaApplication;

/**
 * The application core is a hexagon: use cases are interfaces in {@code port.in}, what it needs from outside is
 * described in {@code port.out}, the services stay behind {@code UcaApplication}, and the core knows nothing of
 * adapters, frameworks or the in-memory adapters shipped next to it.
 *
 * <p>Every rule is built by a factory from the root of the system it guards ({@code org.uca} for real, the planted
 * package in the tests that prove the rule fails), so the rule that guards the code is the rule shown to bite.
 *
 * <p>jMolecules' hexagonal rule runs at {@link VerificationDepth#LENIENT}: the architecture deliberately lets primary
 * adapters reach {@code service.UcaApplication} and the value types of {@code port.out} (the use cases return them),
 * and lets the in-memory adapters assemble {@code UcaApplication}. What LENIENT leaves open beyond that is closed by
 * the explicit rules below (ports never depend on services, services are package-private) and, for the adapter
 * modules, by the dependency rules in {@code bootstrap}.
 */
@AnalyzeClasses(
        packages = {ApplicationArchitectureTest.APPLICATION, ApplicationArchitectureTest.DOMAIN},
        importOptions = {ImportOption.DoNotIncludeTests.class, ApplicationArchitectureTest.DoNotIncludeTestJars.class})
class ApplicationArchitectureTest {

    static final String SYSTEM = "org.uca";
    static final String APPLICATION = SYSTEM + ".application";
    static final String DOMAIN = SYSTEM + ".domain";
    static final String PLANTED = "org.uca.application.architecture.planted";

    /** The only public classes of the service package: the assembled application and the ports it runs on. */
    static final List<String> PUBLIC_FACES_OF_THE_SERVICES = List.of("UcaApplication", "Ports");

    // ---- predicates and conditions (declared first: the rule fields below use them) ----

    static final String[] FRAMEWORKS = {
        "jakarta..", "javax.persistence..", "javax.inject..", "javax.annotation..", "javax.servlet..",
        "org.hibernate..", "io.javalin..", "com.fasterxml.jackson..", "tools.jackson..", "org.slf4j..",
        "ch.qos.logback..", "org.apache.logging..", "org.apache.commons.logging..", "org.springframework..",
        "com.google.inject..", "gg.jte..", "org.flywaydb..", "com.zaxxer..", "org.h2..", "org.postgresql.."
    };

    static final ArchCondition<JavaClass> BE_AN_INTERFACE_RECORD_ENUM_OR_EXCEPTION =
            new ArchCondition<>("be an interface, a record, an enum or an exception") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    boolean allowed = type.isInterface() || type.isRecord() || type.isEnum()
                            || type.isAssignableTo(Throwable.class)
                            // the constant-specific bodies of an enum are part of the enum
                            || type.getEnclosingClass().map(JavaClass::isEnum).orElse(false);
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(type, type.getName()
                                + " is a class with behaviour in port.out: make it an interface (a port), a record or"
                                + " an enum (a value crossing the port) or an exception"));
                    }
                }
            };

    static final ArchCondition<JavaClass> CARRY_A_HEXAGONAL_STEREOTYPE =
            new ArchCondition<>("carry a jMolecules hexagonal stereotype on their package or themselves") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    if (!carriesHexagonalStereotype(type)) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " is in package "
                                + type.getPackageName() + ", whose package-info carries no jMolecules hexagonal"
                                + " stereotype (@PrimaryPort, @SecondaryPort, @Application, @PrimaryAdapter,"
                                + " @SecondaryAdapter, ...), and it carries none itself"));
                    }
                }
            };

    static boolean carriesHexagonalStereotype(JavaClass type) {
        DescribedPredicate<JavaAnnotation<?>> hexagonal = describe(
                "a jMolecules hexagonal annotation",
                annotation -> annotation.getRawType().getPackageName().equals("org.jmolecules.architecture.hexagonal"));
        return type.getPackage().isMetaAnnotatedWith(hexagonal)
                || type.isMetaAnnotatedWith(hexagonal)
                || type.getEnclosingClass().map(ApplicationArchitectureTest::carriesHexagonalStereotype).orElse(false);
    }

    // ---- the rules, as they guard the real application ----

    @ArchTest
    static final ArchRule the_application_is_a_hexagon_of_ports_services_and_adapters = hexagonal();

    @ArchTest
    static final ArchRule use_cases_and_queries_are_interfaces_in_port_in = useCasesAreInterfacesInPortIn(SYSTEM);

    @ArchTest
    static final ArchRule outgoing_ports_are_interfaces_records_enums_or_exceptions =
            outgoingPortsAreInterfacesRecordsEnumsOrExceptions(SYSTEM);

    @ArchTest
    static final ArchRule services_other_than_UcaApplication_and_Ports_are_package_private =
            servicesArePackagePrivate(SYSTEM);

    @ArchTest
    static final ArchRule services_and_ports_never_depend_on_the_in_memory_adapters = coreNeverDependsOnInMemory(SYSTEM);

    @ArchTest
    static final ArchRule ports_never_depend_on_the_services = portsNeverDependOnServices(SYSTEM);

    @ArchTest
    static final ArchRule the_application_never_depends_on_adapters_or_bootstrap = neverDependsOnAdaptersOrBootstrap(SYSTEM);

    @ArchTest
    static final ArchRule the_application_uses_no_framework = usesNoFramework(SYSTEM);

    @ArchTest
    static final ArchRule the_application_depends_only_on_the_JDK_jMolecules_Vavr_and_the_domain =
            dependsOnlyOnJdkJMoleculesVavrAndDomain(SYSTEM);

    @ArchTest
    static final ArchRule every_application_package_carries_a_hexagonal_stereotype =
            everyPackageCarriesAHexagonalStereotype(SYSTEM);

    @ArchTest
    static final ArchRule the_real_rules_never_see_the_planted_violations = noClasses()
            .should().resideInAPackage("..architecture.planted..")
            .as("the real rules never see the planted violations");

    // ---- rule factories: one place that says what each rule means ----

    static ArchRule hexagonal() {
        return JMoleculesArchitectureRules.ensureHexagonal(VerificationDepth.LENIENT)
                .as("the application is a hexagon: services, ports and adapters access each other only as jMolecules"
                        + " allows");
    }

    static ArchRule useCasesAreInterfacesInPortIn(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .and().areTopLevelClasses()
                .and(describe("are named *UseCase or *Query",
                        type -> type.getSimpleName().endsWith("UseCase") || type.getSimpleName().endsWith("Query")))
                .and().doNotHaveSimpleName("package-info")
                .should().beInterfaces()
                .andShould().resideInAPackage(root + ".application.port.in..")
                .allowEmptyShould(false)
                .as("use cases and queries (*UseCase, *Query) are interfaces in port.in");
    }

    static ArchRule outgoingPortsAreInterfacesRecordsEnumsOrExceptions(String root) {
        return classes().that().resideInAPackage(root + ".application.port.out..")
                .and().areNotAnonymousClasses()
                .and().doNotHaveSimpleName("package-info")
                .should(BE_AN_INTERFACE_RECORD_ENUM_OR_EXCEPTION)
                .allowEmptyShould(false)
                .as("outgoing ports are interfaces, and what crosses them is records, enums or exceptions");
    }

    static ArchRule servicesArePackagePrivate(String root) {
        String service = root + ".application.service";
        DescribedPredicate<JavaClass> publicFace = describe("a public face of the services "
                        + PUBLIC_FACES_OF_THE_SERVICES,
                type -> PUBLIC_FACES_OF_THE_SERVICES.stream().anyMatch(face -> type.getName().equals(service + "." + face)));
        return classes().that().resideInAPackage(service + "..")
                .and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .and(DescribedPredicate.not(publicFace))
                .should().bePackagePrivate()
                .allowEmptyShould(false)
                .as("services other than UcaApplication and Ports are package-private")
                .because("front ends see the use-case interfaces through UcaApplication, nothing else");
    }

    static ArchRule coreNeverDependsOnInMemory(String root) {
        return noClasses().that().resideInAnyPackage(root + ".application.service..", root + ".application.port..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAPackage(root + ".application.inmemory..")
                .allowEmptyShould(false)
                .as("services and ports never depend on the in-memory adapters")
                .because("the in-memory adapters are shipped for reuse, the core must run on any adapter");
    }

    static ArchRule portsNeverDependOnServices(String root) {
        return noClasses().that().resideInAPackage(root + ".application.port..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAPackage(root + ".application.service..")
                .allowEmptyShould(false)
                .as("ports never depend on the services")
                .because("ports describe the application's edge; the services implement and use them");
    }

    static ArchRule neverDependsOnAdaptersOrBootstrap(String root) {
        return noClasses().that().resideInAPackage(root + ".application..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".adapter..", root + ".bootstrap..")
                .allowEmptyShould(false)
                .as("the application never depends on the adapters or the bootstrap");
    }

    static ArchRule usesNoFramework(String root) {
        return noClasses().that().resideInAPackage(root + ".application..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .allowEmptyShould(false)
                .as("the application uses no framework (Jakarta EE, Hibernate, Javalin, Jackson, logging, ...)");
    }

    static ArchRule dependsOnlyOnJdkJMoleculesVavrAndDomain(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .and().doNotHaveSimpleName("package-info")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "org.jmolecules..", "io.vavr..", "org.jspecify..",
                        root + ".domain..", root + ".application..")
                .allowEmptyShould(false)
                .as("the application depends only on the JDK, jMolecules, Vavr and the domain");
    }

    static ArchRule everyPackageCarriesAHexagonalStereotype(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .and().doNotHaveSimpleName("package-info")
                .should(CARRY_A_HEXAGONAL_STEREOTYPE)
                .allowEmptyShould(false)
                .as("every application package carries a jMolecules hexagonal stereotype")
                .because("jMolecules does not look at parent packages: code in no stereotype is not restricted at all");
    }

    /**
     * Main code only, also when a module's test classes arrive as a {@code -tests.jar} (the domain's fixtures, in a
     * {@code verify} build) or when planted violations would otherwise sneak in.
     */
    public static final class DoNotIncludeTestJars implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR) && !location.contains("/architecture/planted/");
        }
    }

    /**
     * A separate import of just the named planted classes (with their nested classes) and the package-infos that
     * carry their stereotypes. A subset of the full import would not do: it still knows who depends on its classes.
     */
    static JavaClasses importOnly(String root, String... simpleNames) {
        return new ClassFileImporter()
                .withImportOption(location -> location.contains("/package-info.class")
                        || Arrays.stream(simpleNames).anyMatch(name -> location.contains("/" + name + ".class")
                                || location.contains("/" + name + "$")))
                .importPackages(root);
    }

    // ---- each rule, shown to fail on planted violations ----

    @Nested
    @DisplayName("each application rule fails on a planted violation and passes well-formed code")
    // One instance for all its tests: the planted classes are imported once, not once per test.
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class PlantedViolations {

        private final JavaClasses planted = new ClassFileImporter().importPackages(PLANTED);
        private final JavaClasses wellFormed = importOnly(PLANTED, "PlantedUseCase", "PlantedStore",
                "PlantedRecord", "PlantedKind", "PlantedStoreUnavailable", "UcaApplication", "QuietService",
                "PlantedInMemoryStore");

        @Test
        @DisplayName("the hexagonal rule catches a service calling an in-memory (secondary) adapter")
        void hexagonalBites() {
            assertCaught(hexagonal(), PLANTED + ".application.service.ServiceUsingInMemory");
        }

        @Test
        @DisplayName("'use cases and queries are interfaces in port.in' catches a class use case and a query among the services")
        void useCasesAreInterfacesBites() {
            assertCaught(useCasesAreInterfacesInPortIn(PLANTED), ClassyUseCase.class.getName(),
                    MisplacedQuery.class.getName());
        }

        @Test
        @DisplayName("'outgoing ports are interfaces, records, enums or exceptions' catches an abstract class")
        void outgoingPortsBite() {
            assertCaught(outgoingPortsAreInterfacesRecordsEnumsOrExceptions(PLANTED), AbstractStore.class.getName());
        }

        @Test
        @DisplayName("'services are package-private' catches a public helper service but spares UcaApplication")
        void servicesArePackagePrivateBites() {
            EvaluationResult result = assertCaught(servicesArePackagePrivate(PLANTED),
                    PublicHelperService.class.getName(), MisplacedQuery.class.getName());
            assertThat(report(result)).doesNotContain(UcaApplication.class.getName());
        }

        @Test
        @DisplayName("'services and ports never depend on the in-memory adapters' catches a service and a port that do")
        void coreNeverDependsOnInMemoryBites() {
            assertCaught(coreNeverDependsOnInMemory(PLANTED), PLANTED + ".application.service.ServiceUsingInMemory",
                    PortUsingInMemory.class.getName());
        }

        @Test
        @DisplayName("'ports never depend on the services' catches a port returning a service")
        void portsNeverDependOnServicesBites() {
            assertCaught(portsNeverDependOnServices(PLANTED), PortUsingAService.class.getName());
        }

        @Test
        @DisplayName("'never depends on the adapters or the bootstrap' catches a service using both")
        void neverDependsOnAdaptersOrBootstrapBites() {
            EvaluationResult result = assertCaught(neverDependsOnAdaptersOrBootstrap(PLANTED),
                    PLANTED + ".application.service.ServiceReachingOut");
            assertThat(report(result)).contains("PlantedAdapter", "PlantedWiring");
        }

        @Test
        @DisplayName("'uses no framework' and 'depends only on the JDK, jMolecules, Vavr and the domain' catch SLF4J")
        void noFrameworkBites() {
            assertCaught(usesNoFramework(PLANTED), PLANTED + ".application.service.ServiceUsingAFramework");
            assertCaught(dependsOnlyOnJdkJMoleculesVavrAndDomain(PLANTED),
                    PLANTED + ".application.service.ServiceUsingAFramework",
                    PLANTED + ".application.service.ServiceReachingOut");
        }

        @Test
        @DisplayName("'every package carries a hexagonal stereotype' catches a class in a sub-package without package-info")
        void stereotypeRuleBites() {
            assertCaught(everyPackageCarriesAHexagonalStereotype(PLANTED),
                    PLANTED + ".application.service.helpers.UnstereotypedHelper");
        }

        @Test
        @DisplayName("a rule whose subjects do not exist fails instead of passing silently")
        void emptySubjectsFail() {
            JavaClasses noApplication = new ClassFileImporter().importPackages(PLANTED + ".adapter");
            for (ArchRule rule : new ArchRule[] {useCasesAreInterfacesInPortIn(PLANTED),
                    outgoingPortsAreInterfacesRecordsEnumsOrExceptions(PLANTED), servicesArePackagePrivate(PLANTED),
                    coreNeverDependsOnInMemory(PLANTED), portsNeverDependOnServices(PLANTED),
                    neverDependsOnAdaptersOrBootstrap(PLANTED), usesNoFramework(PLANTED),
                    dependsOnlyOnJdkJMoleculesVavrAndDomain(PLANTED), everyPackageCarriesAHexagonalStereotype(PLANTED)}) {
                assertThat(catchThrowable(() -> rule.evaluate(noApplication)))
                        .as("'%s' on no application classes", rule.getDescription())
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContaining("failed to check any classes");
            }
        }

        private EvaluationResult assertCaught(ArchRule rule, String... offenders) {
            EvaluationResult result = rule.evaluate(planted);
            assertThat(result.hasViolation()).as("'%s' fails on the planted classes", rule.getDescription()).isTrue();
            String report = report(result);
            for (String offender : offenders) {
                assertThat(report).as("report of '%s'", rule.getDescription()).contains(offender);
            }
            EvaluationResult onWellFormed = rule.evaluate(wellFormed);
            assertThat(onWellFormed.hasViolation())
                    .as("'%s' passes well-formed code, but reported:%n%s", rule.getDescription(), report(onWellFormed))
                    .isFalse();
            return result;
        }

        private String report(EvaluationResult result) {
            return String.join("\n", result.getFailureReport().getDetails());
        }
    }
}
