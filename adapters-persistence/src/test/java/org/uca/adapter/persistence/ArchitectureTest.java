package org.uca.adapter.persistence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaModifier;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import java.util.List;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The persistence adapter's architecture")
class ArchitectureTest {

    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.uca.adapter.persistence");

    @Test
    @DisplayName("every package of the adapter is a secondary adapter")
    void everyPackageIsASecondaryAdapter() {
        List<JavaPackage> packages = ADAPTER.stream().map(c -> c.getPackage()).distinct().toList();
        assertThat(packages).extracting(JavaPackage::getName).containsExactlyInAnyOrder(
                "org.uca.adapter.persistence", "org.uca.adapter.persistence.json", "org.uca.adapter.persistence.h2");
        assertThat(packages).allSatisfy(p -> assertThat(p.isAnnotatedWith(SecondaryAdapter.class))
                .as("%s is annotated @SecondaryAdapter", p.getName()).isTrue());
    }

    @Test
    @DisplayName("JPA entities stay inside the adapter: package-private, and the domain and application never see JPA,"
            + " Hibernate or Jackson")
    void jpaStaysInTheAdapter() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(ADAPTER);
        JavaClasses everything = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.uca");
        noClasses().that().resideInAnyPackage("org.uca.domain..", "org.uca.application..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                        "tools.jackson..", "com.fasterxml.jackson..")
                .check(everything);
    }

    @Test
    @DisplayName("JPA entities are final rows without associations, so Hibernate builds no proxy class at start-up")
    void entitiesNeedNoProxies() {
        classes().that().areAnnotatedWith(Entity.class).should().haveModifier(JavaModifier.FINAL).check(ADAPTER);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields().that().areDeclaredInClassesThat()
                .areAnnotatedWith(Entity.class).should().beAnnotatedWith(ManyToOne.class)
                .orShould().beAnnotatedWith(OneToOne.class).orShould().beAnnotatedWith(OneToMany.class)
                .orShould().beAnnotatedWith(ManyToMany.class).check(ADAPTER);
        NO_PROXY_ASKED_FOR.check(ADAPTER);
    }

    /** Hibernate has no way to make a proxy for UCA's unit ({@link NoRuntimeProxies}): nothing may ask for one. */
    private static final com.tngtech.archunit.lang.ArchRule NO_PROXY_ASKED_FOR = noClasses().should()
            .callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("getReference")))
            .because("UCA's persistence unit has no bytecode provider to make proxies with (NoRuntimeProxies)");

    @Test
    @DisplayName("the rule against asking for a proxy bites")
    void proxyRuleBites() {
        JavaClasses planted = new ClassFileImporter().importClasses(AsksForAProxy.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NO_PROXY_ASKED_FOR.check(planted))
                .isInstanceOf(AssertionError.class).hasMessageContaining("getReference");
    }

    /** A planted violation, for the rule above. */
    static final class AsksForAProxy {
        Object proxy(jakarta.persistence.EntityManager em) {
            return em.getReference(CaseJpaEntity.class, java.util.UUID.randomUUID());
        }
    }
}
