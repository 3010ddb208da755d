package org.peerpath.ui.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Front desk enrolling members (MEM-1), with the demo program loaded into a fresh embedded PostgreSQL. */
@SpringBootTest
@WithUserDetails("desk.frankie")
class EnrollMemberViewIT extends SpringBrowserlessTest {

    private EnrollMemberView fill(String given, String cin) {
        EnrollMemberView view = navigate(EnrollMemberView.class);
        test(view.givenName).setValue(given);
        test(view.familyName).setValue("Formfield");
        test(view.dateOfBirth).setValue(LocalDate.of(2010, 2, 14));
        test(view.cin).setValue(cin);
        test(view.county).selectItem(County.SANTA_CRUZ.displayName());
        view.deliverySystems.setValue(Set.of(DeliverySystem.SMHS, DeliverySystem.DMC_ODS));
        test(view.preferredLanguage).selectItem("Spanish");
        return view;
    }

    @Test
    void mem1_valid_input_enrolls_the_member_and_opens_their_page() {
        EnrollMemberView view = fill("Odalys", "77770001Q");

        test(view.enroll).click();

        assertThat(getCurrentView()).isInstanceOf(MemberView.class);
        assertThat(find(H1.class).withId("member-name").single().getText()).isEqualTo("Odalys Formfield");
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Odalys is enrolled.");
    }

    @Test
    void mem3_front_desk_puts_a_new_member_on_a_peers_caseload() {
        test(fill("Assignee", "77770004Q").enroll).click();

        @SuppressWarnings("unchecked")
        ComboBox<StaffSummary> peer =
                find(ComboBox.class).withId("primary-peer").single();
        test(peer).selectItem("Cruz Lindqvist");
        test(find(Button.class).withId("assign-primary-peer").single()).click();

        String header =
                find(Div.class).withId("member-header").single().getElement().getTextRecursively();
        assertThat(header).contains("Cruz Lindqvist");
    }

    @Test
    void mem1_a_malformed_cin_gets_a_message_at_the_cin_field_and_nothing_is_saved() {
        EnrollMemberView view = fill("Badcin", "7777-0002");

        test(view.enroll).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.cin.isInvalid()).isTrue();
        assertThat(view.cin.getErrorMessage())
                .isEqualTo("A Medi-Cal CIN is 8 digits followed by a letter, like 91234567A");
        assertThat(view.givenName.isInvalid()).isFalse();
    }

    @Test
    void mem1_a_duplicate_cin_is_refused_at_the_cin_field_with_a_clear_message() {
        EnrollMemberView first = fill("Firstone", "77770003Q");
        test(first.enroll).click();

        EnrollMemberView second = fill("Secondone", "77770003q");
        test(second.enroll).click();

        assertThat(getCurrentView()).isSameAs(second);
        assertThat(second.cin.isInvalid()).isTrue();
        assertThat(second.cin.getErrorMessage()).isEqualTo("A member with CIN 77770003Q is already enrolled");
        // What was typed stays in the form, so that nothing needs to be typed again.
        assertThat(second.givenName.getValue()).isEqualTo("Secondone");
    }

    @Test
    void mem1_an_empty_form_says_what_each_field_needs() {
        EnrollMemberView view = navigate(EnrollMemberView.class);
        view.preferredLanguage.clear();

        test(view.enroll).click();

        assertThat(view.givenName.getErrorMessage()).isEqualTo("Enter the first name");
        assertThat(view.familyName.getErrorMessage()).isEqualTo("Enter the last name");
        assertThat(view.dateOfBirth.getErrorMessage()).isEqualTo("Enter the date of birth");
        assertThat(view.cin.getErrorMessage()).isEqualTo("Enter the Medi-Cal CIN");
        assertThat(view.county.getErrorMessage()).isEqualTo("Choose the county");
        assertThat(view.deliverySystems.getErrorMessage()).isEqualTo("Choose at least one delivery system");
        assertThat(view.preferredLanguage.getErrorMessage()).isEqualTo("Enter the preferred language");
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    void conf1_front_desk_sees_the_members_list_with_every_member() {
        navigate(MembersView.class);

        var grid = find(com.vaadin.flow.component.grid.Grid.class)
                .withId("member-grid")
                .single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(40);
    }
}
