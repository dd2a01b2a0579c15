package org.uca.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;

/**
 * The planted miniature UCA under {@value #ROOT}: its well-formed classes, and helpers that show a rule fails on the
 * planted violations, names the offenders, passes the well-formed classes and refuses to pass on no subjects.
 */
final class Planted {

    static final String ROOT = "org.uca.bootstrap.architecture.planted";

    /** Every planted class, violations included. */
    static final JavaClasses EVERYTHING = new ClassFileImporter().importPackages(ROOT);

    /** The well-formed planted classes only: a miniature UCA that follows every rule. */
    static final JavaClasses WELL_FORMED = only("PlantedCase", "PlantedUseCase", "PlantedCases", "PlantedLetter",
            "UcaApplication", "Ports", "PlantedService", "PlantedInMemoryCases", "PlantedController", "PlantedJpaCases",
            "PlantedMain");

    private Planted() {
    }

    /**
     * A separate import of just the named planted classes (with their nested classes) and the package-infos that
     * carry their stereotypes. A subset of {@link #EVERYTHING} would not do: it still knows who depends on its classes.
     */
    static JavaClasses only(String... simpleNames) {
        return new ClassFileImporter()
                .withImportOption(location -> location.contains("/package-info.class")
                        || Arrays.stream(simpleNames).anyMatch(name -> location.contains("/" + name + ".class")
                                || location.contains("/" + name + "$")))
                .importPackages(ROOT);
    }

    /** The rule fails on every planted class, naming each offender, and passes the well-formed miniature. */
    static EvaluationResult assertCaught(ArchRule rule, String... offenders) {
        EvaluationResult result = rule.evaluate(EVERYTHING);
        assertThat(result.hasViolation()).as("'%s' fails on the planted classes", rule.getDescription()).isTrue();
        String report = report(result);
        for (String offender : offenders) {
            assertThat(report).as("report of '%s'", rule.getDescription()).contains(ROOT + "." + offender);
        }
        assertPasses(rule, WELL_FORMED);
        return result;
    }

    static void assertPasses(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation())
                .as("'%s' passes well-formed code, but reported:%n%s", rule.getDescription(), report(result))
                .isFalse();
    }

    /** The rule refuses to pass when the classes it is about are missing. */
    static void assertFailsOnNoSubjects(ArchRule rule, JavaClasses classesWithoutTheSubjects) {
        assertThat(catchThrowable(() -> rule.evaluate(classesWithoutTheSubjects)))
                .as("'%s' on classes without its subjects", rule.getDescription())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    static String report(EvaluationResult result) {
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
