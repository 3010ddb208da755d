package org.peerpath.ui.county;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** SVC-8: the county holidays on the county profile: words at bad input, add and remove (as admin.gale). */
@SpringBootTest
@WithUserDetails("admin.gale")
class CountyHolidaysSectionIT extends SpringBrowserlessTest {

    private CountyHolidaysSection open() {
        navigate(CountyProfileView.class);
        return find(CountyHolidaysSection.class).single();
    }

    @Test
    void svc8_the_demo_county_lists_the_california_holidays() {
        assertThat(open().list.getElement().getTextRecursively())
                .contains("Thanksgiving Day")
                .contains("Cesar Chavez Day");
    }

    @Test
    void svc8_missing_input_and_a_date_already_a_holiday_get_words_at_their_fields() {
        CountyHolidaysSection section = open();

        test(section.add).click();

        assertThat(section.date.getErrorMessage()).isEqualTo("Enter the date of the holiday");
        assertThat(section.name.getErrorMessage()).isEqualTo("Enter the name of the holiday");

        section.date.setValue(LocalDate.of(2026, 12, 25));
        section.name.setValue("Christmas again");
        test(section.add).click();

        assertThat(section.date.isInvalid()).isTrue();
        assertThat(section.date.getErrorMessage()).isEqualTo("This date is already a county holiday");
        assertThat(section.name.getValue()).isEqualTo("Christmas again");
    }

    @Test
    void svc8_the_admin_adds_a_holiday_and_removes_it() {
        CountyHolidaysSection section = open();
        section.date.setValue(LocalDate.of(2028, 3, 31));
        section.name.setValue("Cesar Chavez Day");

        test(section.add).click();

        section = open();
        assertThat(section.list.getElement().getTextRecursively()).contains("2028");
        Button remove = find(Button.class).withId("remove-holiday-2028-03-31").single();
        test(remove).click();
        assertThat(open().list.getElement().getTextRecursively()).doesNotContain("2028");
    }
}
