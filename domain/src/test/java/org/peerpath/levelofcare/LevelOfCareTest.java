package org.peerpath.levelofcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;

class LevelOfCareTest {

    static final MemberId MEMBER = MemberId.newId();
    static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Test
    void loc1_an_episode_has_a_level_valid_under_its_delivery_system_and_dates() {
        Episode episode =
                new Episode(MEMBER, DeliverySystem.DMC_ODS, LevelOfCare.ASAM_3_5, START, LocalDate.of(2026, 3, 31));

        assertThat(episode.isOpenOn(START)).isTrue();
        assertThat(episode.isOpenOn(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(episode.isOpenOn(LocalDate.of(2026, 4, 1))).isFalse();
        assertThatThrownBy(() -> new Episode(MEMBER, DeliverySystem.SMHS, LevelOfCare.OTP_NTP, START, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("level"));
        assertThatThrownBy(() -> new Episode(MEMBER, DeliverySystem.SMHS, null, START, null))
                .hasMessage("invalid.level.level-care-required {}");
        assertThatThrownBy(() ->
                        new Episode(MEMBER, DeliverySystem.SMHS, LevelOfCare.SMHS_INPATIENT, START, START.minusDays(1)))
                .hasMessage("invalid.endsOn.before-start {}");
    }

    @Test
    void loc1_loc3_a_missing_delivery_system_or_transition_level_is_refused_at_its_field() {
        assertThatThrownBy(() -> new Episode(MEMBER, null, LevelOfCare.SMHS_OUTPATIENT, START, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("deliverySystem"))
                .hasMessage("invalid.deliverySystem.choose-delivery-system {}");
        assertThatThrownBy(() -> new Transition(null, LevelOfCare.ASAM_1_0))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("transitionFrom"))
                .hasMessage("invalid.transitionFrom.choose-level-care-member {}");
        assertThatThrownBy(() -> new Transition(LevelOfCare.ASAM_3_5, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("transitionTo"))
                .hasMessage("invalid.transitionTo.choose-level-care-member {}");
    }

    @Test
    void loc2_combined_with_an_open_episode_of_the_same_delivery_system_else_standalone() {
        List<Episode> episodes = List.of(
                new Episode(MEMBER, DeliverySystem.SMHS, LevelOfCare.SMHS_RESIDENTIAL, START, null),
                new Episode(MEMBER, DeliverySystem.DMC_ODS, LevelOfCare.ASAM_1_0, START, LocalDate.of(2026, 2, 1)));

        ServiceSetting combined = ServiceSetting.on(LocalDate.of(2026, 5, 1), DeliverySystem.SMHS, episodes);
        ServiceSetting standalone = ServiceSetting.on(LocalDate.of(2026, 5, 1), DeliverySystem.DMC_ODS, episodes);

        assertThat(combined.isCombined()).isTrue();
        assertThat(combined.level()).contains(LevelOfCare.SMHS_RESIDENTIAL);
        assertThat(standalone.isCombined()).isFalse();
        assertThat(standalone.level()).isEmpty();
    }

    @Test
    void loc3_a_transition_moves_between_two_different_levels() {
        Transition stepDown = new Transition(LevelOfCare.ASAM_3_5, LevelOfCare.ASAM_1_0);

        assertThat(stepDown.to()).isEqualTo(LevelOfCare.ASAM_1_0);
        assertThatThrownBy(() -> new Transition(LevelOfCare.ASAM_1_0, LevelOfCare.ASAM_1_0))
                .hasMessage("invalid.transition.transition-moves-different-level {}");
    }
}
