package org.peerpath.ui.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerpath.application.county.port.in.ChangeCountySettingCommand;
import org.peerpath.application.county.port.in.ChangeCountySettingUseCase;
import org.peerpath.application.county.port.in.CountyProfileQueries;
import org.peerpath.application.county.port.in.CountySetting;
import org.peerpath.application.county.port.in.OptInSummary;
import org.peerpath.application.county.port.in.RateSummary;
import org.peerpath.application.county.port.in.SettingValue;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.ui.form.LeaveQuestion;
import org.peerpath.ui.language.Languages;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The county profile screen (CTY-1, CTY-2, DIR-1, DIR-3 and the settings) on the demo program, as admin.gale. */
@SpringBootTest
@WithUserDetails("admin.gale")
class CountyProfileViewIT extends SpringBrowserlessTest {

    @Autowired
    CountyProfileQueries queries;

    @Autowired
    ChangeCountySettingUseCase changeSetting;

    @Autowired
    CurrentUser currentUser;

    private String text(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }

    private String lastNotification() {
        return test(find(Notification.class).last()).getText();
    }

    @Test
    void cty1_cty2_the_demo_county_shows_its_opt_ins_in_force_and_its_rates_with_dates() {
        navigate(CountyProfileView.class);

        assertThat(text("county-opt-ins"))
                .contains("Specialty Mental Health (SMHS)")
                .contains("Drug Medi-Cal ODS (DMC-ODS)")
                .contains("from Jul 1, 2023, no end date")
                .contains("In force today");
        assertThat(text("county-rates"))
                .contains("Outpatient")
                .contains("ASAM 3.1 Residential, low intensity")
                .contains("Jul 1, 2023 to Jun 30, 2025")
                .contains("Ended");
    }

    @Test
    void cty1_an_admin_adds_a_dated_opt_in_and_sees_it_on_the_timeline() {
        CountyProfileView view = navigate(CountyProfileView.class);
        test(view.optInSystem).selectItem("Specialty Mental Health (SMHS)");
        test(view.optInStartsOn).setValue(LocalDate.of(2020, 1, 1));
        test(view.optInEndsOn).setValue(LocalDate.of(2023, 6, 30));

        test(view.addOptIn).click();

        assertThat(view.optInSystem.isInvalid()).isFalse();
        assertThat(lastNotification())
                .isEqualTo("The county is opted into Specialty Mental Health (SMHS) from Jan 1, 2020.");
        assertThat(text("county-opt-ins")).contains("Jan 1, 2020 to Jun 30, 2023");
        assertThat(view.optInSystem.getValue()).isNull();
    }

    @Test
    void cty1_dmc_overlapping_dmc_ods_is_refused_with_words_at_the_delivery_system_and_the_input_stays() {
        CountyProfileView view = navigate(CountyProfileView.class);
        long before = queries.profile(currentUser.actor()).orElseThrow().version();
        test(view.optInSystem).selectItem("Drug Medi-Cal (DMC)");
        test(view.optInStartsOn).setValue(LocalDate.of(2026, 1, 1));

        test(view.addOptIn).click();

        assertThat(view.optInSystem.isInvalid()).isTrue();
        assertThat(view.optInSystem.getErrorMessage())
                .isEqualTo(
                        "A county offers DMC or DMC-ODS, never both on the same day: end one before the other starts");
        assertThat(view.optInStartsOn.getValue()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(queries.profile(currentUser.actor()).orElseThrow().version()).isEqualTo(before);
    }

    @Test
    void cty1_an_opt_in_ending_before_it_starts_gets_words_at_the_end_date() {
        CountyProfileView view = navigate(CountyProfileView.class);
        test(view.optInSystem).selectItem("Specialty Mental Health (SMHS)");
        test(view.optInStartsOn).setValue(LocalDate.of(2019, 5, 1));
        test(view.optInEndsOn).setValue(LocalDate.of(2019, 4, 30));

        test(view.addOptIn).click();

        assertThat(view.optInEndsOn.isInvalid()).isTrue();
        assertThat(view.optInEndsOn.getErrorMessage()).isEqualTo("End date cannot be before the start date");
        assertThat(view.optInSystem.isInvalid()).isFalse();
    }

    @Test
    void cty2_a_rate_without_a_level_of_care_gets_words_at_the_level() {
        CountyProfileView view = navigate(CountyProfileView.class);
        test(view.rateSystem).selectItem("Specialty Mental Health (SMHS)");
        test(view.rateStartsOn).setValue(LocalDate.of(2024, 1, 1));

        test(view.approveRate).click();

        assertThat(view.rateLevel.isInvalid()).isTrue();
        assertThat(view.rateLevel.getErrorMessage()).isEqualTo("Level of care is required");
    }

    @Test
    void cty2_an_admin_approves_a_rate_under_an_opt_in() {
        CountyProfileView view = navigate(CountyProfileView.class);
        test(view.rateSystem).selectItem("Drug Medi-Cal ODS (DMC-ODS)");
        test(view.rateLevel).selectItem("Withdrawal management");
        test(view.rateStartsOn).setValue(LocalDate.of(2024, 1, 1));

        test(view.approveRate).click();

        assertThat(lastNotification()).isEqualTo("The rate for Withdrawal management is approved.");
        assertThat(text("county-rates")).contains("Withdrawal management");
    }

    @Test
    void cty1_an_admin_ends_an_open_opt_in_and_earlier_days_stay() {
        CountyProfileView view = navigate(CountyProfileView.class);
        OptInSummary smhs = view.openOptIn
                .getListDataView()
                .getItems()
                .filter(o -> o.deliverySystem() == DeliverySystem.SMHS)
                .findFirst()
                .orElseThrow();
        view.openOptIn.setValue(smhs);
        test(view.optInLastDay).setValue(LocalDate.of(2030, 12, 31));

        test(view.endOptIn).click();

        assertThat(lastNotification())
                .isEqualTo("The opt-in into Specialty Mental Health (SMHS) ends on Dec 31, 2030.");
        assertThat(text("county-opt-ins")).contains("Jul 1, 2023 to Dec 31, 2030");
    }

    @Test
    void cty2_an_admin_ends_a_rate_and_a_missing_last_day_gets_words_at_its_field() {
        CountyProfileView view = navigate(CountyProfileView.class);
        RateSummary recovery = view.openRate
                .getListDataView()
                .getItems()
                .filter(r -> r.level() == LevelOfCare.RECOVERY_SERVICES)
                .findFirst()
                .orElseThrow();
        view.openRate.setValue(recovery);

        test(view.endRate).click();
        assertThat(view.rateLastDay.isInvalid()).isTrue();
        assertThat(view.rateLastDay.getErrorMessage()).isEqualTo("End date is required");

        test(view.rateLastDay).setValue(LocalDate.of(2026, 6, 30));
        test(view.endRate).click();

        assertThat(lastNotification()).isEqualTo("The rate for Recovery services ends on Jun 30, 2026.");
        assertThat(text("county-rates")).contains("Jul 1, 2023 to Jun 30, 2026");
    }

    @Test
    void cert5_an_admin_changes_a_setting_and_sees_it_saved() {
        CountyProfileView view = navigate(CountyProfileView.class);
        SettingCard card = view.settingCards.get("renewalWindowDays");
        test((IntegerField) card.editor).setValue(75);

        test(card.save).click();

        assertThat(lastNotification()).isEqualTo("Renewal window opens (days before expiry) is saved.");
        assertThat(queries.profile(currentUser.actor()).orElseThrow().settings().stream()
                        .filter(s -> s.setting() == CountySetting.RENEWAL_WINDOW_DAYS)
                        .findFirst()
                        .orElseThrow()
                        .current())
                .isEqualTo(new SettingValue.Number(75));
        assertThat(((IntegerField) view.settingCards.get("renewalWindowDays").editor).getValue())
                .isEqualTo(75);
    }

    @Test
    void sup3_negative_days_get_words_at_the_setting() {
        CountyProfileView view = navigate(CountyProfileView.class);
        SettingCard card = view.settingCards.get("supervisorTrainingGraceDays");
        test((IntegerField) card.editor).setValue(-3);

        test(card.save).click();

        IntegerField field = (IntegerField) card.editor;
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Supervisor training grace (days) must be between 0 and 60");
        assertThat(field.getValue()).isEqualTo(-3);
    }

    @Test
    void cert10_alert_days_that_are_not_numbers_get_words_at_the_setting() {
        CountyProfileView view = navigate(CountyProfileView.class);
        SettingCard card = view.settingCards.get("alertDays");
        test((TextField) card.editor).setValue("90, sixty");

        test(card.save).click();

        assertThat(((TextField) card.editor).getErrorMessage())
                .isEqualTo("Write whole numbers of days separated by commas, like 90, 60, 30, 7");
    }

    @Test
    void every_setting_of_the_catalogue_is_shown_with_its_rule_and_default_and_open_ones_say_assumed() {
        CountyProfileView view = navigate(CountyProfileView.class);

        assertThat(view.settingCards).hasSize(CountySetting.values().length);
        assertThat(text("setting-card-minuteCounting"))
                .contains("SVC-3")
                .contains("Default: Contact, travel and documentation minutes")
                .contains("assumed: travel and documentation minutes count toward units");
        assertThat(text("setting-card-coFacilitatorClaiming")).contains("GRP-1").contains("assumed:");
        assertThat(text("setting-card-groupApportionment")).contains("GRP-2").contains("assumed:");
        assertThat(text("setting-card-noteDueBusinessDays")).contains("SVC-8").doesNotContain("assumed");
        assertThat(text("county-settings")).contains("SVC-2").contains("assumed: one unit of H0025 is 15 minutes");
    }

    @Test
    void dir1_dir3_reference_data_shows_who_may_direct_and_recommend_with_assumed_entries() {
        navigate(CountyProfileView.class);

        String reference = text("county-reference");
        assertThat(reference)
                .contains("certified SUD counselor")
                .contains("licensed vocational nurse (LVN)")
                .contains("May direct")
                .contains("May recommend")
                .contains("assumed");
    }

    @Test
    void a_change_on_a_stale_page_is_refused_with_words_and_what_was_typed_stays() {
        CountyProfileView view = navigate(CountyProfileView.class);
        // Another admin saves a change after this page was opened.
        long seen = queries.profile(currentUser.actor()).orElseThrow().version();
        changeSetting.change(new ChangeCountySettingCommand(
                currentUser.actor(), seen, CountySetting.MEASURABLE_GOALS, new SettingValue.Switch(true)));
        SettingCard card = view.settingCards.get("groupSizeMax");
        test((IntegerField) card.editor).setValue(10);

        test(card.save).click();

        assertThat(lastNotification())
                .isEqualTo(
                        "Someone else changed this while you were working on it. Reload to see their change; what you typed is still here.");
        assertThat(((IntegerField) card.editor).getValue()).isEqualTo(10);
    }

    @Test
    void cty1_the_county_profile_reads_in_spanish_with_its_refusals_and_assumptions() {
        UI.getCurrent().setLocale(Languages.SPANISH);
        CountyProfileView view = navigate(CountyProfileView.class);
        test(view.optInSystem).selectItem("Drug Medi-Cal (DMC)");
        test(view.optInStartsOn).setValue(LocalDate.of(2026, 1, 1));

        test(view.addOptIn).click();

        assertThat(find(H1.class).withId("county-title").single().getText()).isEqualTo("Perfil del condado");
        assertThat(view.optInSystem.getErrorMessage())
                .doesNotContain("A county")
                .contains("DMC-ODS");
        assertThat(text("county-opt-ins")).contains("Vigente hoy").contains("sin fecha de fin");
        assertThat(text("setting-card-minuteCounting"))
                .contains("Predeterminado:")
                .doesNotContain("Default");
        assertThat(text("county-reference")).contains("supuesto").contains("Puede recomendar");
    }

    @Test
    @WithUserDetails("peer.ava")
    void conf1_a_peer_cannot_read_or_change_the_county_profile() {
        assertThatThrownBy(() -> queries.profile(currentUser.actor())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> changeSetting.change(new ChangeCountySettingCommand(
                        currentUser.actor(), 0, CountySetting.MEASURABLE_GOALS, new SettingValue.Switch(false))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void leaving_with_a_typed_date_asks_stay_or_leave() {
        CountyProfileView view = navigate(CountyProfileView.class);
        test(view.rateStartsOn).setValue(LocalDate.of(2027, 1, 1));

        assertThat(LeaveQuestion.leavingAsksThenStaysThenLeaves(view, "members"))
                .isEqualTo("Leave without saving?");
    }

    @Test
    void leaving_with_a_changed_setting_asks_and_after_saving_it_does_not() {
        CountyProfileView view = navigate(CountyProfileView.class);
        SettingCard card = view.settingCards.get("renewalWindowDays");
        test((IntegerField) card.editor).setValue(75);
        LeaveQuestion.leavingAsksAndStays(view, "members");

        test(card.save).click();

        LeaveQuestion.leavingDoesNotAsk(view, "members");
    }

    @Test
    void leaving_the_profile_without_typing_anything_does_not_ask() {
        CountyProfileView view = navigate(CountyProfileView.class);

        LeaveQuestion.leavingDoesNotAsk(view, "members");
    }
}
