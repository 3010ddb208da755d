package org.peerpath.ui.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.member.PersonName;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.ui.form.LeaveQuestion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every invalid value in the enrollment form gets words at its field before anything is saved (issue C item 4). */
@SpringBootTest
@WithUserDetails("desk.frankie")
class EnrollMemberHonestFormIT extends SpringBrowserlessTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private EnrollMemberView filledIn() {
        EnrollMemberView view = navigate(EnrollMemberView.class);
        test(view.givenName).setValue("Honest");
        test(view.familyName).setValue("Formfield");
        test(view.dateOfBirth).setValue(LocalDate.of(1990, 2, 14));
        test(view.cin).setValue("66660001Q");
        test(view.county).selectItem(County.YOLO.displayName());
        view.deliverySystems.setValue(Set.of(DeliverySystem.SMHS));
        return view;
    }

    private void send(EnrollMemberView view) {
        test(view.enroll).click();
        assertThat(getCurrentView()).as("nothing is saved, the form stays").isSameAs(view);
    }

    @Test
    void mem1_a_birth_date_in_the_future_is_refused_with_words() {
        EnrollMemberView view = filledIn();
        view.dateOfBirth.setValue(TODAY.plusDays(1));

        send(view);

        assertThat(view.dateOfBirth.isInvalid()).isTrue();
        assertThat(view.dateOfBirth.getErrorMessage()).isEqualTo("The date of birth can't be in the future.");
    }

    @Test
    void mem1_a_birth_date_before_1900_is_refused_with_the_earliest_date_it_takes() {
        EnrollMemberView view = filledIn();
        view.dateOfBirth.setValue(LocalDate.of(1899, 12, 31));

        send(view);

        assertThat(view.dateOfBirth.isInvalid()).isTrue();
        assertThat(view.dateOfBirth.getErrorMessage()).startsWith("Use a date of birth on or after ");
    }

    @Test
    void mem1_a_300_character_name_is_refused_with_its_length_and_never_cut() {
        EnrollMemberView view = filledIn();
        String longName = "N".repeat(300);
        test(view.givenName).setValue(longName);

        send(view);

        assertThat(view.givenName.getValue()).isEqualTo(longName);
        assertThat(view.givenName.isInvalid()).isTrue();
        assertThat(view.givenName.getErrorMessage())
                .isEqualTo("Use at most " + PersonName.MAX_LENGTH + " characters; this has 300.");
        assertThat(view.givenName.getHelperText()).isEqualTo("Up to 80 characters, as the member writes it");
    }

    @Test
    void mem1_names_of_only_spaces_are_refused_at_both_fields_at_once() {
        EnrollMemberView view = filledIn();
        test(view.givenName).setValue("   ");
        test(view.familyName).setValue("   ");

        send(view);

        assertThat(view.givenName.isInvalid()).isTrue();
        assertThat(view.givenName.getErrorMessage()).isEqualTo("Enter the first name");
        assertThat(view.familyName.isInvalid()).isTrue();
        assertThat(view.familyName.getErrorMessage()).isEqualTo("Enter the last name");
    }

    @Test
    void mem1_a_nul_character_and_a_name_of_only_invisible_characters_are_refused_with_words() {
        EnrollMemberView view = filledIn();
        test(view.givenName).setValue("Ana\u0000");
        test(view.familyName).setValue("\u200B\u00A0\uFEFF");

        send(view);

        assertThat(view.givenName.getErrorMessage()).startsWith("Remove the hidden characters");
        assertThat(view.familyName.getErrorMessage()).isEqualTo("Enter the last name");
    }

    @Test
    void the_delivery_systems_group_says_at_least_one_in_its_label_without_aria_required() {
        EnrollMemberView view = navigate(EnrollMemberView.class);

        assertThat(view.deliverySystems.getLabel()).isEqualTo("Delivery systems (choose at least one)");
        assertThat(view.deliverySystems.isRequiredIndicatorVisible()).isFalse();
    }

    @Test
    void leaving_with_unsaved_input_asks_first_and_stays_unless_confirmed() {
        EnrollMemberView view = navigate(EnrollMemberView.class);
        test(view.givenName).setValue("Halfway");

        assertThat(LeaveQuestion.leavingAsksThenStaysThenLeaves(view, "members"))
                .isEqualTo("Leave without enrolling?");
        assertThat(getCurrentView()).isInstanceOf(MembersView.class);
    }

    @Test
    void leaving_an_untouched_form_asks_nothing() {
        LeaveQuestion.leavingDoesNotAsk(navigate(EnrollMemberView.class), "members");
        assertThat(getCurrentView()).isInstanceOf(MembersView.class);
    }

    @Test
    void after_enrolling_the_member_page_opens_without_asking() {
        EnrollMemberView view = filledIn();
        test(view.cin).setValue("66660099Q");
        view.preferredLanguage.setValue("English");

        test(view.enroll).click();

        assertThat(LeaveQuestion.asked()).isEmpty();
        assertThat(getCurrentView()).isInstanceOf(MemberView.class);
    }
}
