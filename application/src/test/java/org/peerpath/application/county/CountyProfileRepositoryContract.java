package org.peerpath.application.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.CountySettings;
import org.peerpath.county.StaffingRules;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.screening.ScreeningCadence;
import org.peerpath.service.CoFacilitatorClaiming;
import org.peerpath.service.GroupApportionment;
import org.peerpath.service.MinuteCounting;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;

/**
 * What every {@link CountyProfileRepository} must do, run against the in-memory fake and against the JPA adapter on
 * real PostgreSQL. Each test starts from a stored profile of its own, since there is one per installation.
 */
public abstract class CountyProfileRepositoryContract {

    static final LocalDate JUL_2023 = LocalDate.of(2023, 7, 1);

    protected abstract CountyProfileRepository repository();

    /** Removes the stored profile, so that each test starts from an installation without one. */
    protected abstract void forgetTheProfile();

    @BeforeEach
    void startWithoutAProfile() {
        forgetTheProfile();
    }

    @Test
    void before_anyone_sets_it_up_there_is_no_profile() {
        assertThat(repository().find()).isEmpty();
    }

    @Test
    void cty1_cty2_a_saved_profile_keeps_its_dated_opt_ins_rates_and_every_setting() {
        CountySettings settings = CountySettings.defaults()
                .withRenewalWindowDays(60)
                .withAlertDays(List.of(45, 10))
                .withSupervisorTraining(30, 20)
                .withMinuteCounting(MinuteCounting.CONTACT_ONLY)
                .withNoteDue(2, 12)
                .withSupervisorCosignsNotes(true)
                .withCoSignByOwnSupervisor(false)
                .withMeasurableGoals(false)
                .withGroupApportionment(GroupApportionment.FULL_DURATION)
                .withCoFacilitatorClaiming(CoFacilitatorClaiming.EACH_PEER)
                .withGroupSize(3, 8)
                .withScreeningCadence(ScreeningCadence.QUARTERLY)
                .withStaffing(new StaffingRules(true, false, true));
        CountyPolicyProfile profile = CountyPolicyProfile.establish(County.YOLO)
                .optIn(DeliverySystem.SMHS, JUL_2023)
                .optIn(DeliverySystem.DMC, JUL_2023, LocalDate.of(2025, 6, 30))
                .optIn(DeliverySystem.DMC_ODS, LocalDate.of(2025, 7, 1))
                .approveRate(LevelOfCare.SMHS_OUTPATIENT, DeliverySystem.SMHS, JUL_2023)
                .approveRate(LevelOfCare.ASAM_1_0, DeliverySystem.DMC, JUL_2023, LocalDate.of(2025, 6, 30))
                .changeSettings(settings);

        repository().save(profile);

        CountyPolicyProfile found = repository().find().orElseThrow();
        assertThat(found.county()).isEqualTo(County.YOLO);
        assertThat(found.optIns()).containsExactlyInAnyOrderElementsOf(profile.optIns());
        assertThat(found.approvedRates()).containsExactlyInAnyOrderElementsOf(profile.approvedRates());
        assertThat(found.settings()).isEqualTo(settings);
    }

    @Test
    void cty1_an_ended_opt_in_is_kept_with_its_end() {
        repository().save(CountyPolicyProfile.establish(County.YOLO).optIn(DeliverySystem.SMHS, JUL_2023));

        repository().save(repository().find().orElseThrow().endOptIn(DeliverySystem.SMHS, LocalDate.of(2026, 6, 30)));

        CountyPolicyProfile found = repository().find().orElseThrow();
        assertThat(found.isOptedInOn(DeliverySystem.SMHS, LocalDate.of(2026, 6, 30)))
                .isTrue();
        assertThat(found.isOptedInOn(DeliverySystem.SMHS, LocalDate.of(2026, 7, 1)))
                .isFalse();
    }

    @Test
    void saving_a_stale_copy_is_refused_so_no_change_is_silently_lost() {
        repository().save(CountyPolicyProfile.establish(County.YOLO));
        CountyPolicyProfile copyA = repository().find().orElseThrow();
        CountyPolicyProfile copyB = repository().find().orElseThrow();
        repository().save(copyA.optIn(DeliverySystem.SMHS, JUL_2023));

        assertThatThrownBy(() -> repository().save(copyB.optIn(DeliverySystem.DMC_ODS, JUL_2023)))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> {
                    assertThat(e.code()).isEqualTo("error.concurrent-change");
                    assertThat(e.args()).containsEntry("record", "county profile");
                });
        assertThat(repository().find().orElseThrow().optIns())
                .extracting(o -> o.deliverySystem())
                .containsExactly(DeliverySystem.SMHS);
    }

    @Test
    void a_second_new_profile_over_a_stored_one_is_refused() {
        repository().save(CountyPolicyProfile.establish(County.YOLO));
        repository().save(repository().find().orElseThrow().optIn(DeliverySystem.SMHS, JUL_2023));

        assertThatThrownBy(() -> repository().save(CountyPolicyProfile.establish(County.SAN_DIEGO)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(repository().find().orElseThrow().county()).isEqualTo(County.YOLO);
    }

    @Test
    void every_save_moves_the_version_on() {
        repository().save(CountyPolicyProfile.establish(County.YOLO));
        CountyPolicyProfile first = repository().find().orElseThrow();

        repository().save(first.changeSettings(first.settings().withRenewalWindowDays(30)));

        CountyPolicyProfile second = repository().find().orElseThrow();
        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(second.settings().renewalWindowDays()).isEqualTo(30);
    }
}
