package org.peerpath;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerpath.application.staff.port.out.PasswordHasher;
import org.peerpath.application.staff.port.out.PasswordVerifier;
import org.peerpath.application.staff.port.out.StaffSessions;
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
}
