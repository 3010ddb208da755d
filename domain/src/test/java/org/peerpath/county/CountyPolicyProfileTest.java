package org.peerpath.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.screening.ScreeningCadence;
import org.peerpath.service.GroupApportionment;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.StaffId;

class CountyPolicyProfileTest {

    @Test
    @DisplayName("CTY settings: every SETTING and OPEN value has the catalogue's default")
    void every_setting_has_the_catalogue_default() {
        CountySettings defaults = CountyPolicyProfile.establish(County.YOLO).settings();

        assertThat(defaults.renewalWindowDays()).as("CERT-5").isEqualTo(90);
        assertThat(defaults.alertDays()).as("CERT-10").containsExactly(90, 60, 30, 7);
        assertThat(defaults.supervisorTrainingAlertDay()).as("SUP-3").isEqualTo(45);
        assertThat(defaults.countTravelAndDocumentation()).as("SVC-3").isTrue();
        assertThat(defaults.noteDueBusinessDays()).as("SVC-8").isEqualTo(3);
        assertThat(defaults.crisisNoteDueHours()).as("SVC-8").isEqualTo(24);
        assertThat(defaults.supervisorCosignsNotes()).as("SVC-10").isFalse();
        assertThat(defaults.groupApportionment()).as("GRP-2").isEqualTo(GroupApportionment.DIVIDE_BY_ATTENDEES);
        assertThat(defaults.groupSizeMin()).as("GRP-3").isEqualTo(2);
        assertThat(defaults.groupSizeMax()).as("GRP-3").isEqualTo(12);
        assertThat(defaults.screeningCadence()).as("SCR-1").isEqualTo(ScreeningCadence.MONTHLY);
    }

    @Test
    void svc3_grp2_open_values_are_listed_as_assumptions() {
        assertThat(CountySettings.defaults().assumptions())
                .extracting(Assumption::ruleId, Assumption::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "SVC-3", "assumed: travel and documentation minutes count toward units"),
                        org.assertj.core.groups.Tuple.tuple(
                                "GRP-2", "assumed: the facilitators' minutes are divided among the attendees"));
        assertThat(settings(3, 45, 2, 12, false).assumptions().getFirst().text())
                .contains("do not count");
    }

    @Test
    void grp2_the_full_duration_assumption_reads_in_plain_words() {
        CountySettings d = CountySettings.defaults();
        CountySettings fullDuration = new CountySettings(
                90,
                d.alertDays(),
                45,
                true,
                3,
                24,
                false,
                GroupApportionment.FULL_DURATION,
                2,
                12,
                d.screeningCadence());

        assertThat(fullDuration.assumptions().getLast().text())
                .isEqualTo("assumed: each attendee is credited with the full length of the group");
    }

    @Test
    void svc8_a_county_may_ask_for_notes_sooner_never_later() {
        assertThat(settings(1, 45, 2, 12, true).noteDueBusinessDays()).isEqualTo(1);
        assertThatThrownBy(() -> settings(4, 45, 2, 12, true))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("noteDueBusinessDays"))
                .hasMessage("Note due (business days) must be between 1 and 3");
    }

    @Test
    void sup3_the_training_alert_day_falls_inside_the_60_day_deadline() {
        assertThatThrownBy(() -> settings(3, 61, 2, 12, true)).hasMessageContaining("between 1 and 60");
    }

    @Test
    void grp3_a_group_has_at_least_two_attendees_and_max_is_not_below_min() {
        assertThat(settings(3, 45, 3, 10, true).isGroupSizeAllowed(3)).isTrue();
        assertThat(settings(3, 45, 3, 10, true).isGroupSizeAllowed(11)).isFalse();
        assertThatThrownBy(() -> settings(3, 45, 1, 12, true)).hasMessage("Smallest group must be between 2 and 100");
        assertThatThrownBy(() -> settings(3, 45, 5, 4, true)).hasMessage("Largest group must be between 5 and 100");
    }

    @Test
    void cert10_alert_days_are_sorted_and_must_be_positive() {
        CountySettings d = CountySettings.defaults();
        CountySettings custom = new CountySettings(
                120,
                List.of(7, 30, 30),
                45,
                true,
                3,
                24,
                false,
                GroupApportionment.FULL_DURATION,
                2,
                12,
                ScreeningCadence.QUARTERLY);

        assertThat(custom.alertDays()).containsExactly(30, 7);
        assertThatThrownBy(() -> new CountySettings(
                        90, List.of(), 45, true, 3, 24, false, d.groupApportionment(), 2, 12, d.screeningCadence()))
                .hasMessage("Give at least one alert day");
        assertThatThrownBy(() -> new CountySettings(
                        90, List.of(0), 45, true, 3, 24, false, d.groupApportionment(), 2, 12, d.screeningCadence()))
                .hasMessage("Each alert day must be between 1 and 365");
    }

    @Test
    void cty1_a_county_opts_in_per_delivery_system_and_opting_out_drops_its_rates() {
        CountyPolicyProfile profile = CountyPolicyProfile.establish(County.SANTA_CRUZ)
                .optIn(DeliverySystem.SMHS)
                .optIn(DeliverySystem.DMC_ODS)
                .approveRate(LevelOfCare.ASAM_1_0, DeliverySystem.DMC_ODS)
                .approveRate(LevelOfCare.SMHS_OUTPATIENT, DeliverySystem.SMHS);

        CountyPolicyProfile withoutOds = profile.optOut(DeliverySystem.DMC_ODS);

        assertThat(profile.optedIn()).containsExactlyInAnyOrder(DeliverySystem.SMHS, DeliverySystem.DMC_ODS);
        assertThat(withoutOds.isOptedIn(DeliverySystem.DMC_ODS)).isFalse();
        assertThat(withoutOds.approvedRates())
                .containsExactly(new ApprovedRate(LevelOfCare.SMHS_OUTPATIENT, DeliverySystem.SMHS));
    }

    @Test
    void cty2_rates_are_approved_per_level_and_delivery_system_of_an_opted_in_system() {
        CountyPolicyProfile profile = CountyPolicyProfile.establish(County.YOLO).optIn(DeliverySystem.SMHS);

        assertThat(profile.approveRate(LevelOfCare.SMHS_CRISIS, DeliverySystem.SMHS)
                        .hasApprovedRate(LevelOfCare.SMHS_CRISIS, DeliverySystem.SMHS))
                .isTrue();
        assertThat(profile.hasApprovedRate(LevelOfCare.SMHS_CRISIS, DeliverySystem.SMHS))
                .isFalse();
        assertThatThrownBy(() -> profile.approveRate(LevelOfCare.ASAM_1_0, DeliverySystem.DMC_ODS))
                .isInstanceOfSatisfying(CountyProfileException.NotOptedIn.class, e -> assertThat(e.code())
                        .isEqualTo("county.not-opted-in"));
        assertThatThrownBy(() -> new ApprovedRate(LevelOfCare.ASAM_1_0, DeliverySystem.SMHS))
                .hasMessage("ASAM 1.0 Outpatient is not a level of care under Specialty Mental Health");
    }

    @Test
    void cty3_san_diego_always_requires_the_dmc_ods_designation_and_cannot_drop_it() {
        CountyPolicyProfile sanDiego = CountyPolicyProfile.establish(County.SAN_DIEGO);

        assertThat(sanDiego.requiresDesignationFor(DeliverySystem.DMC_ODS)).isTrue();
        assertThat(sanDiego.requiresDesignationFor(DeliverySystem.SMHS)).isFalse();
        assertThat(sanDiego.followsSanDiegoStaffingRules()).isTrue();
        assertThatThrownBy(sanDiego::dropDesignationRequirement)
                .isInstanceOfSatisfying(CountyProfileException.StateRuleCannotBeRemoved.class, e -> {
                    assertThat(e.code()).isEqualTo("county.state-rule-cannot-be-removed");
                    assertThat(e.ruleId()).isEqualTo("CTY-3");
                });
    }

    @Test
    void cty3_another_county_may_add_the_designation_requirement_and_drop_it_again() {
        CountyPolicyProfile yolo = CountyPolicyProfile.establish(County.YOLO).requireDesignation();

        assertThat(yolo.designationRequired()).isTrue();
        assertThat(yolo.dropDesignationRequirement().designationRequired()).isFalse();
        assertThat(yolo.followsSanDiegoStaffingRules()).isFalse();
    }

    @Test
    void cty3_the_designation_needs_75_hours_diploma_and_a_year_in_recovery() {
        StaffId peer = StaffId.newId();
        LocalDate on = LocalDate.of(2026, 1, 1);

        assertThat(new PeerDesignation(peer, 75, true, 12, on).designatedOn()).isEqualTo(on);
        assertThatThrownBy(() -> new PeerDesignation(peer, 74, true, 12, on))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("trainingHours"));
        assertThatThrownBy(() -> new PeerDesignation(peer, 80, false, 12, on)).hasMessageContaining("GED");
        assertThatThrownBy(() -> new PeerDesignation(peer, 80, true, 11, on)).hasMessageContaining("1 year");
        assertThatThrownBy(() -> new PeerDesignation(peer, 80, true, 12, null))
                .hasMessage("Designation date is required");
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

    @Test
    void cty5_san_diego_follows_the_same_site_rule_and_restore_keeps_the_profile() {
        CountyPolicyProfile restored = CountyPolicyProfile.restore(
                County.SAN_DIEGO, Set.of(DeliverySystem.DMC_ODS), Set.of(), false, CountySettings.defaults(), 4);

        assertThat(restored.followsSanDiegoStaffingRules()).isTrue();
        assertThat(restored.designationRequired()).isTrue();
        assertThat(restored.version()).isEqualTo(4);
        assertThat(restored.county()).isEqualTo(County.SAN_DIEGO);
    }

    private static CountySettings settings(int noteDays, int alertDay, int groupMin, int groupMax, boolean travel) {
        return new CountySettings(
                90,
                List.of(90, 60, 30, 7),
                alertDay,
                travel,
                noteDays,
                24,
                false,
                GroupApportionment.DIVIDE_BY_ATTENDEES,
                groupMin,
                groupMax,
                ScreeningCadence.MONTHLY);
    }
}
