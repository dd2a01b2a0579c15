package org.uca.domain.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callMethod;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.BE_ANNOTATED_WITH_AN_INJECTION_ANNOTATION;
import static com.tngtech.archunit.library.GeneralCodingRules.USE_JAVA_UTIL_LOGGING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
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
import java.util.Set;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.jmolecules.ddd.annotation.Module;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.domain.architecture.planted.domain.ClockByMethodReference;
import org.uca.domain.architecture.planted.domain.DomainReachingOut;
import org.uca.domain.architecture.planted.domain.FieldInjectedDomainType;
import org.uca.domain.architecture.planted.domain.FrameworkDependentDomainType;
import org.uca.domain.architecture.planted.domain.ImpureDomainType;
import org.uca.domain.architecture.planted.domain.PlantedAggregateWithoutIdentity;
import org.uca.domain.architecture.planted.domain.PlantedEntity;
import org.uca.domain.architecture.planted.domain.PlantedOtherAggregate;
import org.uca.domain.architecture.planted.domain.PlantedValueReferringToEntity;
import org.uca.domain.architecture.planted.domain.PrintingDomainType;
import org.uca.domain.architecture.planted.domain.PureDomainValue;
import org.uca.domain.architecture.planted.domain.loose.LooseHelper;

/**
 * The policy model stays pure: it depends on the JDK, jMolecules and Vavr only, never reads the clock, never logs,
 * knows nothing of the rings around it, and follows jMolecules' DDD rules.
 *
 * <p>Every rule is built by a factory from the root of the system it guards ({@code org.uca} for real, the planted
 * package in the tests that prove the rule fails), so the rule that guards the code is the rule shown to bite.
 */
@AnalyzeClasses(
        packages = DomainArchitectureTest.DOMAIN,
        importOptions = {ImportOption.DoNotIncludeTests.class, DomainArchitectureTest.DoNotIncludeTestJars.class})
class DomainArchitectureTest {

    static final String SYSTEM = "org.uca";
    static final String DOMAIN = SYSTEM + ".domain";
    static final String PLANTED = "org.uca.domain.architecture.planted";

    // ---- predicates and conditions (declared first: the rule fields below use them) ----

    static final DescribedPredicate<AccessTarget> READS_THE_SYSTEM_CLOCK = describe(
            "reads the system clock (java.time *.now(), Clock.system*(), InstantSource.system(), "
                    + "System.currentTimeMillis(), System.nanoTime(), new java.util.Date(), Calendar.getInstance())",
            target -> {
                String owner = target.getOwner().getName();
                String name = target.getName();
                return (owner.startsWith("java.time.") && name.equals("now"))
                        || (owner.equals("java.time.Clock") && name.startsWith("system"))
                        || (owner.equals("java.time.InstantSource") && name.equals("system"))
                        || (owner.equals("java.lang.System")
                                && (name.equals("currentTimeMillis") || name.equals("nanoTime")))
                        || (owner.equals("java.util.Date") && name.equals("<init>")
                                && target instanceof AccessTarget.CodeUnitAccessTarget unit
                                && unit.getRawParameterTypes().isEmpty())
                        || (owner.equals("java.util.Calendar") && name.equals("getInstance"));
            });

    static final DescribedPredicate<JavaClass> ARE_LOGGING_TYPES = describe(
            "are logging types (System.Logger, SLF4J, Log4j, Commons Logging, JBoss Logging, Logback)",
            type -> type.getName().startsWith("java.lang.System$Logger")
                    || Set.of("org.slf4j", "org.apache.logging.log4j", "org.apache.log4j",
                                    "org.apache.commons.logging", "org.jboss.logging", "ch.qos.logback")
                            .stream().anyMatch(pkg -> type.getPackageName().equals(pkg)
                                    || type.getPackageName().startsWith(pkg + ".")));

    private static final Set<String> INJECTION_ANNOTATION_NAMES =
            Set.of("Inject", "Autowired", "Resource", "PersistenceContext", "PersistenceUnit");

    static final DescribedPredicate<JavaAnnotation<?>> IS_AN_INJECTION_ANNOTATION_BY_NAME = describe(
            "an injection annotation (any @" + String.join(", @", INJECTION_ANNOTATION_NAMES) + ")",
            annotation -> INJECTION_ANNOTATION_NAMES.contains(annotation.getRawType().getSimpleName()));

    static final ArchCondition<JavaClass> BELONG_TO_A_MODULE_OR_CARRY_A_DDD_STEREOTYPE =
            new ArchCondition<>("belong to a package annotated with @Module or carry a jMolecules DDD stereotype") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    boolean inModule = type.getPackage().isAnnotatedWith(Module.class);
                    if (!inModule && !carriesDddStereotype(type)) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " is in package "
                                + type.getPackageName() + ", which is not annotated with @Module, and carries no"
                                + " jMolecules DDD stereotype itself"));
                    }
                }
            };

    static boolean carriesDddStereotype(JavaClass type) {
        boolean annotated = type.isMetaAnnotatedWith(
                describe("a jMolecules DDD annotation", annotation -> isJMoleculesDdd(annotation.getRawType())));
        boolean implementing = type.getAllRawInterfaces().stream().anyMatch(DomainArchitectureTest::isJMoleculesDdd);
        return annotated || implementing
                || type.getEnclosingClass().map(DomainArchitectureTest::carriesDddStereotype).orElse(false);
    }

    private static boolean isJMoleculesDdd(JavaClass type) {
        String pkg = type.getPackageName();
        return pkg.startsWith("org.jmolecules.ddd") || pkg.startsWith("org.jmolecules.event");
    }

    // ---- the rules, as they guard the real domain ----

    @ArchTest
    static final ArchRule domain_building_blocks_follow_the_jMolecules_DDD_rules = dddRules();

    @ArchTest
    static final ArchRule aggregates_and_entities_declare_their_identity = aggregatesAndEntitiesDeclareIdentity();

    @ArchTest
    static final ArchRule the_domain_depends_only_on_the_JDK_jMolecules_and_Vavr = dependsOnlyOnJdkJMoleculesAndVavr(SYSTEM);

    @ArchTest
    static final ArchRule the_domain_never_reads_the_clock = neverReadsTheClock(SYSTEM);

    @ArchTest
    static final ArchRule the_domain_does_not_log_or_print = doesNotLogOrPrint(SYSTEM);

    @ArchTest
    static final ArchRule domain_fields_are_never_injected = noFieldInjection(SYSTEM);

    @ArchTest
    static final ArchRule the_domain_knows_nothing_of_application_adapters_or_bootstrap = knowsNothingOfOuterRings(SYSTEM);

    @ArchTest
    static final ArchRule every_domain_type_belongs_to_a_module_or_carries_a_DDD_stereotype =
            everyTypeBelongsToAModuleOrCarriesADddStereotype(SYSTEM);

    @ArchTest
    static final ArchRule the_real_rules_never_see_the_planted_violations = noClasses()
            .should().resideInAPackage("..architecture.planted..")
            .as("the real rules never see the planted violations");

    // ---- rule factories: one place that says what each rule means ----

    static ArchRule dddRules() {
        return JMoleculesDddRules.all().as("domain building blocks follow the jMolecules DDD rules");
    }

    /** The identity part of the DDD rules again, but failing if the model has no aggregate or entity at all. */
    static ArchRule aggregatesAndEntitiesDeclareIdentity() {
        return JMoleculesDddRules.annotatedEntitiesAndAggregatesNeedToHaveAnIdentifier()
                .allowEmptyShould(false)
                .as("aggregates and entities declare their identity (and the model has some)");
    }

    static ArchRule dependsOnlyOnJdkJMoleculesAndVavr(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .and().doNotHaveSimpleName("package-info")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "org.jmolecules..", "io.vavr..", "org.jspecify..", root + ".domain..")
                .allowEmptyShould(false)
                .as("the domain depends only on the JDK, jMolecules and Vavr")
                .because("the policy model must run and be tested without any framework");
    }

    static ArchRule neverReadsTheClock(String root) {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .and().doNotHaveSimpleName("package-info")
                .should().accessTargetWhere(target(READS_THE_SYSTEM_CLOCK))
                .allowEmptyShould(false)
                .as("the domain never reads the clock")
                .because("\"now\" is an input to the policy: the application passes it in, so every rule is testable");
    }

    static ArchRule doesNotLogOrPrint(String root) {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .and().doNotHaveSimpleName("package-info")
                .should(USE_JAVA_UTIL_LOGGING)
                .orShould().dependOnClassesThat(ARE_LOGGING_TYPES)
                .orShould(callMethod(System.class, "getLogger", String.class))
                .orShould(ACCESS_STANDARD_STREAMS)
                .allowEmptyShould(false)
                .as("the domain does not log or print")
                .because("outcomes are values returned to the application, which decides what to record");
    }

    static ArchRule noFieldInjection(String root) {
        return noFields().that().areDeclaredInClassesThat().resideInAPackage(root + ".domain..")
                .should(BE_ANNOTATED_WITH_AN_INJECTION_ANNOTATION)
                .orShould().beAnnotatedWith(IS_AN_INJECTION_ANNOTATION_BY_NAME)
                .allowEmptyShould(false)
                .as("domain fields are never injected")
                .because("domain objects are built by constructors and factories that check invariants");
    }

    static ArchRule knowsNothingOfOuterRings(String root) {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage(
                        root + ".application..", root + ".adapter..", root + ".bootstrap..")
                .allowEmptyShould(false)
                .as("the domain knows nothing of the application, the adapters or the bootstrap");
    }

    static ArchRule everyTypeBelongsToAModuleOrCarriesADddStereotype(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .and().doNotHaveSimpleName("package-info")
                .should(BELONG_TO_A_MODULE_OR_CARRY_A_DDD_STEREOTYPE)
                .allowEmptyShould(false)
                .as("every domain type belongs to a jMolecules module or carries a DDD stereotype")
                .because("code in no stereotype is not restricted by the stereotype-driven rules at all");
    }

    /**
     * Main code only, also when a module's test classes arrive as a {@code -tests.jar} (a {@code verify} build) or
     * when planted violations would otherwise sneak in.
     */
    public static final class DoNotIncludeTestJars implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR) && !location.contains("/architecture/planted/");
        }
    }

    // ---- each rule, shown to fail on planted violations ----

    @Nested
    @DisplayName("each domain rule fails on a planted violation and passes well-formed code")
    // One instance for all its tests: the planted classes are imported once, not once per test.
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class PlantedViolations {

        private final JavaClasses planted = new ClassFileImporter().importPackages(PLANTED);
        /** A separate import: a subset of {@link #planted} would still know who depends on its classes. */
        private final JavaClasses wellFormed = new ClassFileImporter()
                .withImportOption(location -> location.contains("/package-info.class")
                        || Stream.of(PureDomainValue.class, PlantedOtherAggregate.class, PlantedEntity.class)
                                .anyMatch(type -> location.contains("/" + type.getSimpleName() + ".class")))
                .importPackages(PLANTED + ".domain");

        @Test
        @DisplayName("the DDD rules catch an aggregate without identity, an aggregate held by reference and a value holding an entity")
        void dddRulesBite() {
            assertCaught(dddRules(), PlantedAggregateWithoutIdentity.class, PlantedValueReferringToEntity.class);
            assertCaught(aggregatesAndEntitiesDeclareIdentity(), PlantedAggregateWithoutIdentity.class);
        }

        @Test
        @DisplayName("'depends only on the JDK, jMolecules and Vavr' catches SLF4J and an outer-ring type")
        void onlyJdkJMoleculesAndVavrBites() {
            assertCaught(dependsOnlyOnJdkJMoleculesAndVavr(PLANTED), FrameworkDependentDomainType.class,
                    DomainReachingOut.class, FieldInjectedDomainType.class);
        }

        @Test
        @DisplayName("'never reads the clock' catches Instant/LocalDate/LocalDateTime/ZonedDateTime.now, Clock.systemUTC, currentTimeMillis and Instant::now")
        void neverReadsTheClockBites() {
            EvaluationResult result = assertCaught(neverReadsTheClock(PLANTED),
                    ImpureDomainType.class, ClockByMethodReference.class);
            assertThat(report(result)).contains("Instant.now()", "LocalDate.now()", "LocalDateTime.now()",
                    "ZonedDateTime.now()", "Clock.systemUTC()", "System.currentTimeMillis()");
        }

        @Test
        @DisplayName("'does not log or print' catches java.util.logging, SLF4J, System.Logger and System.out")
        void doesNotLogBites() {
            assertCaught(doesNotLogOrPrint(PLANTED),
                    ImpureDomainType.class, FrameworkDependentDomainType.class, PrintingDomainType.class);
        }

        @Test
        @DisplayName("'fields are never injected' catches an @Inject field")
        void noFieldInjectionBites() {
            assertCaught(noFieldInjection(PLANTED), FieldInjectedDomainType.class);
        }

        @Test
        @DisplayName("'knows nothing of the outer rings' catches a domain type using a use case")
        void knowsNothingOfOuterRingsBites() {
            assertCaught(knowsNothingOfOuterRings(PLANTED), DomainReachingOut.class);
        }

        @Test
        @DisplayName("'every domain type belongs to a module or carries a stereotype' catches a type in a loose package")
        void stereotypeRuleBites() {
            assertCaught(everyTypeBelongsToAModuleOrCarriesADddStereotype(PLANTED), LooseHelper.class);
        }

        @Test
        @DisplayName("a rule whose domain holds no classes fails instead of passing silently")
        void emptyDomainFails() {
            JavaClasses noDomain = new ClassFileImporter().importPackages(PLANTED + ".application");
            for (ArchRule rule : new ArchRule[] {dependsOnlyOnJdkJMoleculesAndVavr(PLANTED),
                    neverReadsTheClock(PLANTED), doesNotLogOrPrint(PLANTED), noFieldInjection(PLANTED),
                    knowsNothingOfOuterRings(PLANTED), everyTypeBelongsToAModuleOrCarriesADddStereotype(PLANTED),
                    aggregatesAndEntitiesDeclareIdentity()}) {
                assertThat(catchThrowable(() -> rule.evaluate(noDomain)))
                        .as("'%s' on no domain classes", rule.getDescription())
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContaining("failed to check any classes");
            }
        }

        private EvaluationResult assertCaught(ArchRule rule, Class<?>... offenders) {
            EvaluationResult result = rule.evaluate(planted);
            assertThat(result.hasViolation()).as("'%s' fails on the planted classes", rule.getDescription()).isTrue();
            String report = report(result);
            for (Class<?> offender : offenders) {
                assertThat(report.contains(offender.getName()) || report.contains(abbreviated(offender)))
                        .as("report of '%s' names %s:%n%s", rule.getDescription(), offender.getName(), report)
                        .isTrue();
            }
            assertThat(report).doesNotContain("<" + PureDomainValue.class.getName());
            EvaluationResult onWellFormed = rule.evaluate(wellFormed);
            assertThat(onWellFormed.hasViolation())
                    .as("'%s' passes well-formed code, but reported:%n%s", rule.getDescription(), report(onWellFormed))
                    .isFalse();
            return result;
        }

        /** jMolecules' own rules print {@code o.u.d.a.p.d.Type} for {@code org.uca.domain.architecture.planted.domain.Type}. */
        private String abbreviated(Class<?> type) {
            StringBuilder name = new StringBuilder();
            for (String part : type.getPackageName().split("\\.")) {
                name.append(part.charAt(0)).append('.');
            }
            return name.append(type.getSimpleName()).toString();
        }

        private String report(EvaluationResult result) {
            return String.join("\n", result.getFailureReport().getDetails());
        }
    }
}
