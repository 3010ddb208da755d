package org.peerpath;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mapstruct.Mapper;
import org.peerpath.application.staff.port.out.PasswordHasher;
import org.peerpath.application.staff.port.out.PasswordVerifier;
import org.peerpath.application.staff.port.out.StaffSessions;
import org.peerpath.persistence.shared.MappingConfig;
import org.springframework.stereotype.Service;

/** The house rules of the hexagon, checked over every module's production classes. */
class ArchitectureTest {

    private static final String APPLICATION = "org.peerpath.application..";
    private static final String PERSISTENCE = "org.peerpath.persistence..";
    private static final String UI = "org.peerpath.ui..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.peerpath");
    }

    /** The domain lives in org.peerpath.&lt;feature&gt;; the other layers in their own sub-packages. */
    private static final DescribedPredicate<JavaClass> DOMAIN = new DescribedPredicate<>("domain classes") {
        @Override
        public boolean test(JavaClass type) {
            String name = type.getPackageName();
            return name.startsWith("org.peerpath.")
                    && !name.startsWith("org.peerpath.application")
                    && !name.startsWith("org.peerpath.persistence")
                    && !name.startsWith("org.peerpath.ui");
        }
    };

    @Test
    void domain_depends_only_on_java_and_jspecify() {
        classes()
                .that(DOMAIN)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jspecify..", "org.peerpath..")
                .andShould()
                .onlyDependOnClassesThat(
                        DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(APPLICATION, PERSISTENCE, UI)))
                .check(classes);
    }

    @Test
    void application_knows_no_adapter_jpa_or_vaadin() {
        noClasses()
                .that()
                .resideInAPackage(APPLICATION)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        PERSISTENCE,
                        UI,
                        "jakarta.persistence..",
                        "org.springframework.data..",
                        "com.vaadin..",
                        "org.hibernate..",
                        "org.springframework.security..")
                .check(classes);
    }

    /**
     * Stated positively (what the UI may use), so that a new kind of application class is refused until someone
     * decides it belongs to an inbound port. The sign-in adapter implements three out ports: the password hasher and verifier, and the open sessions.
     */
    static ArchRule uiUsesApplicationOnlyThroughInboundPorts() {
        return classes()
                .that()
                .resideInAnyPackage(UI)
                .should()
                .onlyDependOnClassesThat(DescribedPredicate.or(
                        JavaClass.Predicates.resideInAnyPackage(
                                "java..",
                                "javax..",
                                "jakarta.annotation..",
                                "jakarta.servlet..",
                                "org.jspecify..",
                                "org.slf4j..",
                                "com.vaadin..",
                                "org.jsoup..", // Vaadin's page API hands the bootstrap page out as a jsoup Document
                                "org.springframework..",
                                "org.peerpath.ui..",
                                "org.peerpath.application..port.in..",
                                "org.peerpath.application.shared.."),
                        DOMAIN,
                        JavaClass.Predicates.equivalentTo(PasswordHasher.class),
                        JavaClass.Predicates.equivalentTo(PasswordVerifier.class),
                        JavaClass.Predicates.equivalentTo(StaffSessions.class)))
                .andShould()
                .onlyDependOnClassesThat(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(
                        PERSISTENCE, "org.springframework.data..", "jakarta.persistence..")));
    }

    @Test
    void ui_uses_application_only_through_inbound_ports() {
        uiUsesApplicationOnlyThroughInboundPorts().check(classes);
    }

    /** The rule bites: views in the test fixture take an out port or a use-case service, and the rule refuses them. */
    @Test
    void ui_rule_refuses_a_view_that_takes_an_out_port_or_a_service() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("org.peerpath.ui.archfixture");
        assertThatThrownBy(() -> uiUsesApplicationOnlyThroughInboundPorts().check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ViewTakingOutPort")
                .hasMessageContaining("MemberRepository")
                .hasMessageContaining("ViewTakingService")
                .hasMessageContaining("EnrollMemberServiceStandIn");
    }

    @Test
    void use_case_services_are_package_private() {
        classes()
                .that()
                .areAnnotatedWith(Service.class)
                .and()
                .resideInAPackage(APPLICATION)
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(classes);
    }

    @Test
    void every_public_use_case_method_declares_who_may_call_it() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .areDeclaredInClassesThat()
                .resideInAPackage(APPLICATION)
                .and()
                .arePublic()
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .check(classes);
    }

    @Test
    void every_route_declares_who_may_open_it() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .orShould()
                .beAnnotatedWith(DenyAll.class)
                .check(classes);
    }

    @Test
    void feature_slices_are_free_of_cycles() {
        slices().matching("org.peerpath.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.peerpath.application.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
        slices().matching("org.peerpath.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * D.7: every mapper takes the one shared configuration, which fails the build on an unmapped property. Shown to
     * bite on 2026-11-30: a mapper without {@code config} was named by this rule.
     */
    @Test
    void every_mapper_uses_the_shared_mapping_config() {
        classes()
                .that()
                .areAnnotatedWith(Mapper.class)
                .should(new ArchCondition<>("use the shared MappingConfig") {
                    @Override
                    public void check(JavaClass mapper, ConditionEvents events) {
                        boolean shared = mapper.getAnnotationOfType(Mapper.class)
                                .config()
                                .equals(MappingConfig.class);
                        events.add(new SimpleConditionEvent(
                                mapper, shared, mapper.getName() + " does not use MappingConfig"));
                    }
                })
                .check(classes);
    }

    /**
     * D.7: no adapter maps a stored row by hand. Every JPA entity is read by a MapStruct mapper, or, when it only holds
     * a key, a version and rows, each of its rows is. Shown to bite on 2026-11-30: the hand-mapped group session
     * adapter of the day before was named by this rule.
     */
    @Test
    void every_stored_row_is_mapped_by_mapstruct() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .should(new ArchCondition<>("be mapped by a MapStruct mapper, itself or its rows") {
                    @Override
                    public void check(JavaClass entity, ConditionEvents events) {
                        List<JavaClass> rows = rowsOf(entity);
                        boolean mapped = mappedByMapper(entity)
                                || (!rows.isEmpty() && rows.stream().allMatch(ArchitectureTest::mappedByMapper));
                        events.add(new SimpleConditionEvent(
                                entity, mapped, entity.getName() + " is mapped by hand, not by a @Mapper"));
                    }
                })
                .check(classes);
    }

    private static boolean mappedByMapper(JavaClass stored) {
        return stored.getDirectDependenciesToSelf().stream()
                .anyMatch(dependency -> dependency.getOriginClass().isAnnotatedWith(Mapper.class));
    }

    private static List<JavaClass> rowsOf(JavaClass entity) {
        return entity.getFields().stream()
                .map(JavaField::getType)
                .filter(JavaParameterizedType.class::isInstance)
                .flatMap(type -> ((JavaParameterizedType) type).getActualTypeArguments().stream())
                .map(argument -> argument.toErasure())
                .filter(row -> row.isAnnotatedWith(Embeddable.class))
                .toList();
    }
}
