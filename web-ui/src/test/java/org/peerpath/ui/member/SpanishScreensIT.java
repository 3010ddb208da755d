package org.peerpath.ui.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.ui.language.Languages;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The caseload and the enrollment form as a Spanish-speaking peer and front desk read them, on the demo program. */
@SpringBootTest
class SpanishScreensIT extends SpringBrowserlessTest {

    /** As a Spanish browser would have it; the view already open (the start page) is drawn again in Spanish. */
    private static void spanish() {
        UI.getCurrent().setLocale(Languages.SPANISH);
        UI.getCurrent().refreshCurrentRoute(true);
    }

    private EnrollMemberView fill(String given, String cin) {
        EnrollMemberView view = navigate(EnrollMemberView.class);
        test(view.givenName).setValue(given);
        test(view.familyName).setValue("Idioma");
        test(view.dateOfBirth).setValue(LocalDate.of(2010, 2, 14));
        test(view.cin).setValue(cin);
        test(view.county).selectItem(County.YOLO.displayName());
        view.deliverySystems.setValue(Set.of(DeliverySystem.SMHS));
        test(view.preferredLanguage).selectItem("Español");
        return view;
    }

    @Test
    @WithUserDetails("peer.ava")
    void mem3_the_caseload_reads_in_spanish_menu_title_search_and_columns() {
        spanish();
        navigate(CaseloadView.class);

        assertThat(find(H1.class).first().getText()).isEqualTo("Mis casos");
        assertThat(find(TextField.class).withId("member-search").single().getLabel())
                .isEqualTo("Buscar por nombre, CIN o fecha de nacimiento");
        Grid<?> grid = find(Grid.class).withId("member-grid").single();
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText).contains("Miembro");
        assertThat(find(SideNavItem.class).all())
                .extracting(SideNavItem::getLabel)
                .contains("Mis casos");
        assertThat(find(Button.class).withId("sign-out").single().getText()).isEqualTo("Cerrar sesión");
    }

    @Test
    @WithUserDetails("desk.frankie")
    void mem1_the_enrollment_form_says_what_each_field_needs_in_spanish() {
        spanish();
        EnrollMemberView view = navigate(EnrollMemberView.class);
        view.preferredLanguage.clear();

        test(view.enroll).click();

        assertThat(view.givenName.getLabel()).isEqualTo("Nombre");
        assertThat(view.givenName.getErrorMessage()).isEqualTo("Escriba el nombre");
        assertThat(view.familyName.getErrorMessage()).isEqualTo("Escriba el apellido");
        assertThat(view.dateOfBirth.getErrorMessage()).isEqualTo("Escriba la fecha de nacimiento");
        assertThat(view.cin.getErrorMessage()).isEqualTo("Escriba el CIN de Medi-Cal");
        assertThat(view.county.getErrorMessage()).isEqualTo("Elija el condado");
        assertThat(view.deliverySystems.getErrorMessage()).isEqualTo("Elija al menos un sistema de atención");
        assertThat(view.preferredLanguage.getErrorMessage()).isEqualTo("Escriba el idioma preferido");
        // Dates are typed day first, as Spanish writes them.
        assertThat(view.dateOfBirth.getI18n().getDateFormats()).containsExactly("dd/MM/yyyy");
        assertThat(view.dateOfBirth.getHelperText()).isEqualTo("DD/MM/AAAA, por ejemplo 14/03/1990");
    }

    @Test
    @WithUserDetails("desk.frankie")
    void mem1_a_refusal_from_the_use_case_is_rendered_by_its_code_in_spanish_and_the_form_keeps_what_was_typed() {
        spanish();
        test(fill("Primera", "77780001Q").enroll).click();

        EnrollMemberView second = fill("Segunda", "77780001Q");
        test(second.enroll).click();

        assertThat(getCurrentView()).isSameAs(second);
        assertThat(second.cin.isInvalid()).isTrue();
        assertThat(second.cin.getErrorMessage()).isEqualTo("Ya hay un miembro inscrito con el CIN 77780001Q");
        assertThat(second.givenName.getValue()).isEqualTo("Segunda");
    }

    @Test
    @WithUserDetails("desk.frankie")
    void mem1_a_date_of_birth_in_the_future_is_refused_at_its_field_in_spanish_before_any_save() {
        spanish();
        EnrollMemberView view = fill("Futuro", "77780003Q");
        view.dateOfBirth.setValue(LocalDate.now().plusYears(1));

        test(view.enroll).click();

        assertThat(view.dateOfBirth.getErrorMessage()).isEqualTo("La fecha de nacimiento no puede ser en el futuro.");
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    @WithUserDetails("desk.frankie")
    void mem1_the_member_page_writes_the_date_of_birth_the_spanish_way() {
        spanish();
        test(fill("Fechas", "77780002Q").enroll).click();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Fechas quedó inscrito.");
        String header =
                find(Div.class).withId("member-header").single().getElement().getTextRecursively();
        assertThat(header).contains("nació el 14 feb 2010", "Sin asignar todavía", "Español");
    }

    @Test
    @WithUserDetails("peer.ava")
    void the_language_switch_in_the_user_menu_redraws_the_page_in_the_chosen_language() {
        UI.getCurrent().setLocale(Languages.ENGLISH);
        navigate(CaseloadView.class);
        assertThat(find(H1.class).first().getText()).isEqualTo("My caseload");

        @SuppressWarnings("unchecked")
        Select<Locale> language = find(Select.class).withId("language-switch").single();
        test(language).selectItem("Español");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.SPANISH);
        assertThat(find(H1.class).first().getText()).isEqualTo("Mis casos");
        assertThat(getCurrentView()).isInstanceOf(CaseloadView.class);
    }
}
