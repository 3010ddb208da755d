package org.peerpath.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.peerpath.goal.GoalMeasures;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.screening.ScreeningCadence;
import org.peerpath.service.CoFacilitatorClaiming;
import org.peerpath.service.GroupApportionment;
import org.peerpath.service.MinuteCounting;
import org.peerpath.service.ServiceCode;
import org.peerpath.service.ServiceMinutes;
import org.peerpath.shared.County;
import org.peerpath.shared.DateRange;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.StaffId;

class CountyPolicyProfileTest {

    static final LocalDate JUL_2024 = LocalDate.of(2024, 7, 1);

    @Test
    @DisplayName("CTY settings: every SETTING and OPEN value has the catalogue's default")
    void every_setting_has_the_catalogue_default() {
        CountySettings defaults = CountyPolicyProfile.establish(County.YOLO).settings();

        assertThat(defaults.renewalWindowDays()).as("CERT-5").isEqualTo(90);
        assertThat(defaults.alertDays()).as("CERT-10").containsExactly(90, 60, 30, 7);
        assertThat(defaults.supervisorTrainingGraceDays()).as("SUP-3").isEqualTo(60);
        assertThat(defaults.supervisorTrainingAlertDay()).as("SUP-3").isEqualTo(45);
        assertThat(defaults.minuteCounting()).as("SVC-3").isEqualTo(MinuteCounting.CONTACT_TRAVEL_AND_DOCUMENTATION);
        assertThat(defaults.noteDueBusinessDays()).as("SVC-8").isEqualTo(3);
        assertThat(defaults.crisisNoteDueHours()).as("SVC-8").isEqualTo(24);
        assertThat(defaults.supervisorCosignsNotes()).as("SVC-10").isFalse();
        assertThat(defaults.coSignByOwnSupervisor()).as("POC-2").isTrue();
        assertThat(defaults.measurableGoals()).as("GOAL-1").isTrue();
        assertThat(defaults.goalMeasures()).as("GOAL-1").isEqualTo(GoalMeasures.REQUIRED);
        assertThat(defaults.groupApportionment()).as("GRP-2").isEqualTo(GroupApportionment.DIVIDE_BY_ATTENDEES);
        assertThat(defaults.coFacilitatorClaiming()).as("GRP-1").isEqualTo(CoFacilitatorClaiming.LEAD_ONLY);
        assertThat(defaults.groupSizeMin()).as("GRP-3").isEqualTo(2);
        assertThat(defaults.groupSizeMax()).as("GRP-3").isEqualTo(12);
        assertThat(defaults.screeningCadence()).as("SCR-1").isEqualTo(ScreeningCadence.MONTHLY);
        assertThat(defaults.staffing())
                .as("CTY-3 to CTY-5 off outside San Diego")
                .isEqualTo(StaffingRules.NONE);
    }

    @Test
    void svc3_grp2_grp1_svc2_open_values_are_listed_as_assumptions() {
        assertThat(CountySettings.defaults().assumptions())
                .extracting(Assumption::ruleId, Assumption::messageKey, Assumption::args)
                .containsExactly(
                        tuple("SVC-3", "assumption.svc-3.travel-and-documentation-count", List.of()),
                        tuple("GRP-2", "assumption.grp-2.divide-by-attendees", List.of()),
                        tuple("GRP-1", "assumption.grp-1.lead-only", List.of()),
                        tuple("SVC-2", "assumption.svc-2.unit-basis", List.of("H0025", 15)));
        assertThat(CountySettings.defaults()
                        .withMinuteCounting(MinuteCounting.CONTACT_ONLY)
                        .withGroupApportionment(GroupApportionment.FULL_DURATION)
                        .withCoFacilitatorClaiming(CoFacilitatorClaiming.EACH_PEER)
                        .assumptions())
                .extracting(Assumption::messageKey)
                .contains(
                        "assumption.svc-3.contact-only",
                        "assumption.grp-2.full-duration",
                        "assumption.grp-1.each-peer");
    }

    @Test
    void svc3_units_follow_the_countys_counting_rule() {
        ServiceMinutes minutes = new ServiceMinutes(5, 0, 3);

        assertThat(CountySettings.defaults().unitsFor(minutes, ServiceCode.H0038))
                .isEqualTo(1);
        assertThat(CountySettings.defaults()
                        .withMinuteCounting(MinuteCounting.CONTACT_ONLY)
                        .unitsFor(minutes, ServiceCode.H0038))
                .isZero();
    }

    @Test
    void svc8_a_county_may_ask_for_notes_sooner_never_later() {
        assertThat(CountySettings.defaults().withNoteDue(1, 12).noteDueBusinessDays())
                .isEqualTo(1);
        assertThatThrownBy(() -> CountySettings.defaults().withNoteDue(4, 24))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("noteDueBusinessDays"))
                .hasMessage("value.between {field=noteDueBusinessDays, min=1, max=3}");
    }

    @Test
    @DisplayName("SUP-3 the grace is at most the law's 60 days (Yolo: 0) and the alert day falls inside it")
    void sup3_the_training_grace_and_alert_day() {
        assertThat(CountySettings.defaults().withSupervisorTraining(0, 0).supervisorTrainingGraceDays())
                .isZero();
        assertThatThrownBy(() -> CountySettings.defaults().withSupervisorTraining(61, 45))
                .hasMessage("value.between {field=supervisorTrainingGraceDays, min=0, max=60}");
        assertThatThrownBy(() -> CountySettings.defaults().withSupervisorTraining(30, 45))
                .hasMessage("value.between {field=supervisorTrainingAlertDay, min=0, max=30}");
    }

    @Test
    void grp3_a_group_has_at_least_two_attendees_and_max_is_not_below_min() {
        CountySettings threeToTen = CountySettings.defaults().withGroupSize(3, 10);

        assertThat(threeToTen.isGroupSizeAllowed(3)).isTrue();
        assertThat(threeToTen.isGroupSizeAllowed(11)).isFalse();
        assertThatThrownBy(() -> CountySettings.defaults().withGroupSize(1, 12))
                .hasMessage("value.between {field=groupSizeMin, min=2, max=100}");
        assertThatThrownBy(() -> CountySettings.defaults().withGroupSize(5, 4))
                .hasMessage("value.between {field=groupSizeMax, min=5, max=100}");
    }

    @Test
    void cert10_alert_days_are_sorted_and_must_be_positive() {
        CountySettings custom = CountySettings.defaults()
                .withRenewalWindowDays(120)
                .withAlertDays(List.of(7, 30, 30))
                .withScreeningCadence(ScreeningCadence.QUARTERLY)
                .withSupervisorCosignsNotes(true)
                .withCoSignByOwnSupervisor(false)
                .withMeasurableGoals(false);

        assertThat(custom.alertDays()).containsExactly(30, 7);
        assertThat(custom.goalMeasures()).isEqualTo(GoalMeasures.OPTIONAL);
        assertThatThrownBy(() -> CountySettings.defaults().withAlertDays(List.of()))
                .hasMessage("invalid.alertDays.give-least-one-alert {}");
        assertThatThrownBy(() -> CountySettings.defaults().withAlertDays(List.of(0)))
                .hasMessage("value.between {field=alertDays, min=1, max=365}");
    }

    @Test
    @DisplayName("CTY-1 opt-ins are dated: ending one keeps the earlier days opted in")
    void cty1_a_county_opts_in_per_delivery_system_with_dates() {
        CountyPolicyProfile profile = CountyPolicyProfile.establish(County.SANTA_CRUZ)
                .optIn(DeliverySystem.SMHS, JUL_2024)
                .optIn(DeliverySystem.DMC_ODS, JUL_2024);

        CountyPolicyProfile ended = profile.endOptIn(DeliverySystem.DMC_ODS, LocalDate.of(2026, 6, 30));

        assertThat(profile.isOptedInOn(DeliverySystem.DMC_ODS, LocalDate.of(2027, 1, 1)))
                .isTrue();
        assertThat(profile.isOptedInOn(DeliverySystem.SMHS, JUL_2024.minusDays(1)))
                .isFalse();
        assertThat(ended.isOptedInOn(DeliverySystem.DMC_ODS, LocalDate.of(2026, 6, 30)))
                .isTrue();
        assertThat(ended.isOptedInOn(DeliverySystem.DMC_ODS, LocalDate.of(2026, 7, 1)))
                .isFalse();
        assertThat(ended.optIns()).hasSize(2);
        assertThatThrownBy(() -> ended.endOptIn(DeliverySystem.DMC_ODS, LocalDate.of(2026, 7, 1)))
                .isInstanceOfSatisfying(CountyProfileException.NotOptedIn.class, e -> assertThat(e.deliverySystem())
                        .isEqualTo(DeliverySystem.DMC_ODS));
        assertThatThrownBy(() -> profile.optIn(DeliverySystem.SMHS, LocalDate.of(2025, 1, 1)))
                .isInstanceOfSatisfying(CountyProfileException.OptInOverlap.class, e -> assertThat(e.code())
                        .isEqualTo("county.opt-in-overlap"));
    }

    @Test
    @DisplayName("CTY-1 a county profile refuses DMC and DMC-ODS on overlapping dates")
    void cty1_dmc_and_dmc_ods_are_never_both_opted_into_on_one_day() {
        CountyPolicyProfile ods = CountyPolicyProfile.establish(County.YOLO).optIn(DeliverySystem.DMC_ODS, JUL_2024);
        CountyPolicyProfile odsEnded = ods.endOptIn(DeliverySystem.DMC_ODS, LocalDate.of(2026, 6, 30));

        assertThatThrownBy(() -> ods.optIn(DeliverySystem.DMC, LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(CountyProfileException.DmcAndDmcOds.class, e -> assertThat(e.code())
                        .isEqualTo("county.dmc-and-dmc-ods"));
        assertThatThrownBy(() -> odsEnded.optIn(DeliverySystem.DMC, LocalDate.of(2026, 6, 30)))
                .isInstanceOf(CountyProfileException.DmcAndDmcOds.class);
        assertThat(odsEnded.optIn(DeliverySystem.DMC, LocalDate.of(2026, 7, 1))
                        .isOptedInOn(DeliverySystem.DMC, LocalDate.of(2026, 7, 1)))
                .isTrue();
        assertThatThrownBy(() -> CountyPolicyProfile.restore(
                        County.YOLO,
                        List.of(
                                new OptIn(DeliverySystem.DMC, DateRange.from(JUL_2024)),
                                new OptIn(DeliverySystem.DMC_ODS, DateRange.from(LocalDate.of(2030, 1, 1)))),
                        List.of(),
                        CountySettings.defaults(),
                        1))
                .isInstanceOf(CountyProfileException.DmcAndDmcOds.class);
    }

    @Test
    @DisplayName("CTY-2 rates are dated per level of care and delivery system, under an opt-in")
    void cty2_rates_are_approved_per_level_and_delivery_system_with_dates() {
        CountyPolicyProfile profile = CountyPolicyProfile.establish(County.YOLO).optIn(DeliverySystem.SMHS, JUL_2024);
        LocalDate rateStarts = LocalDate.of(2026, 3, 1);

        CountyPolicyProfile rated = profile.approveRate(
                LevelOfCare.SMHS_CRISIS, DeliverySystem.SMHS, rateStarts, LocalDate.of(2026, 12, 31));

        assertThat(rated.hasApprovedRateOn(LevelOfCare.SMHS_CRISIS, DeliverySystem.SMHS, rateStarts))
                .isTrue();
        assertThat(rated.hasApprovedRateOn(LevelOfCare.SMHS_CRISIS, DeliverySystem.SMHS, rateStarts.minusDays(1)))
                .isFalse();
        assertThat(rated.hasApprovedRateOn(LevelOfCare.SMHS_CRISIS, DeliverySystem.SMHS, LocalDate.of(2027, 1, 1)))
                .isFalse();
        assertThat(rated.approvedRates()).hasSize(1);
        assertThatThrownBy(() -> profile.approveRate(LevelOfCare.ASAM_1_0, DeliverySystem.DMC_ODS, rateStarts))
                .isInstanceOfSatisfying(CountyProfileException.NotOptedIn.class, e -> assertThat(e.code())
                        .isEqualTo("county.not-opted-in"));
        assertThatThrownBy(
                        () -> new ApprovedRate(LevelOfCare.ASAM_1_0, DeliverySystem.SMHS, DateRange.from(rateStarts)))
                .hasMessage("invalid.level.not-under-delivery-system {level=ASAM_1_0, deliverySystem=SMHS}");
    }

    @Test
    @DisplayName("CTY-2 an approved rate ends on a date and earlier days keep it")
    void cty2_an_approved_rate_ends_on_a_date_and_earlier_days_keep_it() {
        CountyPolicyProfile rated = CountyPolicyProfile.establish(County.YOLO)
                .optIn(DeliverySystem.SMHS, JUL_2024)
                .approveRate(LevelOfCare.SMHS_OUTPATIENT, DeliverySystem.SMHS, JUL_2024);
        ApprovedRate rate = rated.approvedRates().getFirst();

        CountyPolicyProfile ended = rated.endRate(rate, LocalDate.of(2026, 6, 30));

        assertThat(ended.hasApprovedRateOn(LevelOfCare.SMHS_OUTPATIENT, DeliverySystem.SMHS, LocalDate.of(2026, 6, 30)))
                .isTrue();
        assertThat(ended.hasApprovedRateOn(LevelOfCare.SMHS_OUTPATIENT, DeliverySystem.SMHS, LocalDate.of(2026, 7, 1)))
                .isFalse();
        assertThat(ended.approvedRates()).hasSize(1);
        assertThatThrownBy(() -> rated.endRate(rate, JUL_2024.minusDays(1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("endsOn");
                    assertThat(e.code()).isEqualTo("invalid.endsOn.before-start");
                });
        assertThatThrownBy(() -> ended.endRate(rate, LocalDate.of(2026, 1, 1)))
                .as("the rate as it was before it ended is no longer one of the profile's")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("CTY-1 a refused opt-in or rate names the delivery system field")
    void cty1_a_refused_opt_in_or_rate_names_the_delivery_system_field() {
        CountyPolicyProfile ods = CountyPolicyProfile.establish(County.YOLO).optIn(DeliverySystem.DMC_ODS, JUL_2024);

        assertThatThrownBy(() -> ods.optIn(DeliverySystem.DMC, JUL_2024))
                .isInstanceOfSatisfying(
                        CountyProfileException.class, e -> assertThat(e.field()).isEqualTo("deliverySystem"));
        assertThatThrownBy(() -> ods.approveRate(LevelOfCare.SMHS_CRISIS, DeliverySystem.SMHS, JUL_2024))
                .isInstanceOfSatisfying(
                        CountyProfileException.class, e -> assertThat(e.field()).isEqualTo("deliverySystem"));
    }

    @Test
    @DisplayName("CTY-3 CTY-4 CTY-5 San Diego's staffing rules are on for San Diego and any county can turn them on")
    void cty3_cty4_cty5_san_diego_staffing_rules_are_county_settings() {
        CountyPolicyProfile sanDiego = CountyPolicyProfile.establish(County.SAN_DIEGO);
        CountyPolicyProfile yolo = CountyPolicyProfile.establish(County.YOLO);
        CountyPolicyProfile yoloWithDesignation =
                yolo.changeSettings(yolo.settings().withStaffing(new StaffingRules(true, false, false)));

        assertThat(sanDiego.settings().staffing()).isEqualTo(StaffingRules.SAN_DIEGO);
        assertThat(sanDiego.requiresDesignationFor(DeliverySystem.DMC_ODS)).isTrue();
        assertThat(sanDiego.requiresDesignationFor(DeliverySystem.SMHS)).isFalse();
        assertThat(yolo.requiresDesignationFor(DeliverySystem.DMC_ODS)).isFalse();
        assertThat(yoloWithDesignation.requiresDesignationFor(DeliverySystem.DMC_ODS))
                .isTrue();
    }

    @Test
    void cty1_restore_keeps_the_profile() {
        CountyPolicyProfile restored = CountyPolicyProfile.restore(
                County.SAN_DIEGO,
                List.of(new OptIn(DeliverySystem.DMC_ODS, DateRange.from(JUL_2024))),
                List.of(),
                CountySettings.defaultsFor(County.SAN_DIEGO),
                4);

        assertThat(restored.version()).isEqualTo(4);
        assertThat(restored.county()).isEqualTo(County.SAN_DIEGO);
        assertThat(restored.isOptedInOn(DeliverySystem.DMC_ODS, JUL_2024)).isTrue();
    }

    @Test
    void cty3_the_designation_needs_75_hours_diploma_and_a_year_in_recovery() {
        StaffId peer = StaffId.newId();
        LocalDate on = LocalDate.of(2026, 1, 1);

        assertThat(new PeerDesignation(peer, 75, true, 12, on).designatedOn()).isEqualTo(on);
        assertThatThrownBy(() -> new PeerDesignation(peer, 74, true, 12, on))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("trainingHours"));
        assertThatThrownBy(() -> new PeerDesignation(peer, 80, false, 12, on))
                .hasMessageStartingWith("invalid.education.designation-needs-high-school ");
        assertThatThrownBy(() -> new PeerDesignation(peer, 80, true, 11, on))
                .hasMessageStartingWith("invalid.recovery.designation-needs-least-1 ");
        assertThatThrownBy(() -> new PeerDesignation(peer, 80, true, 12, null))
                .hasMessage("value.required {field=designatedOn}");
    }

    @Test
    void cty4_skills_are_assessed_at_hire_and_reviewed_every_year() {
        StaffId peer = StaffId.newId();
        SkillsReviews atHire = new SkillsReviews(peer, LocalDate.of(2026, 3, 1), List.of());
        SkillsReviews reviewed = new SkillsReviews(peer, LocalDate.of(2024, 3, 1), List.of(LocalDate.of(2025, 3, 5)));

        assertThat(atHire.nextDueOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(atHire.isOverdueOn(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(reviewed.nextDueOn()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(reviewed.isOverdueOn(LocalDate.of(2026, 3, 5))).isFalse();
    }

    @Test
    void cty4_review_status_on_a_date_counts_only_reviews_done_by_then() {
        SkillsReviews reviews = new SkillsReviews(
                StaffId.newId(),
                LocalDate.of(2024, 3, 1),
                List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 5), LocalDate.of(2026, 9, 1)));

        assertThat(reviews.nextDueOn(LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(reviews.isOverdueOn(LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(reviews.isOverdueOn(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(reviews.nextDueOn(LocalDate.of(2024, 2, 1))).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(reviews.nextDueOn()).isEqualTo(LocalDate.of(2027, 9, 1));
    }
}
