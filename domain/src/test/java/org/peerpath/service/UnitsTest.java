package org.peerpath.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SVC-3 units of a 15-minute code")
class UnitsTest {

    @Test
    void svc3_units_match_an_independent_count_for_every_minute_from_0_to_600() {
        // counted independently: a unit starts at minute 8, then again every 15 minutes (23, 38, ...)
        int expected = 0;
        int nextUnitAt = 8;
        for (int minutes = 0; minutes <= 600; minutes++) {
            if (minutes == nextUnitAt) {
                expected++;
                nextUnitAt += 15;
            }
            assertThat(Units.forMinutes(minutes)).as("%d minutes", minutes).isEqualTo(expected);
        }
        assertThat(expected).isEqualTo(40);
    }

    @Test
    void svc3_seven_minutes_or_less_is_zero_units_eight_is_one() {
        assertThat(Units.forMinutes(7)).isZero();
        assertThat(Units.forMinutes(8)).isEqualTo(1);
        assertThat(Units.forMinutes(22)).isEqualTo(1);
        assertThat(Units.forMinutes(23)).isEqualTo(2);
        assertThatThrownBy(() -> Units.forMinutes(-1)).hasMessage("invalid.minutes.minutes-cannot-negative {}");
    }

    @Test
    void svc3_contact_travel_and_documentation_are_recorded_separately_and_counted_by_the_setting() {
        ServiceMinutes minutes = new ServiceMinutes(20, 10, 5);

        assertThat(MinuteCounting.CONTACT_TRAVEL_AND_DOCUMENTATION.counted(minutes))
                .isEqualTo(35);
        assertThat(ServiceCode.H0038.units(35)).isEqualTo(2);
        assertThat(MinuteCounting.CONTACT_ONLY.counted(minutes)).isEqualTo(20);
        assertThat(MinuteCounting.CONTACT_ONLY.leavesOut(minutes)).isTrue();
        assertThat(MinuteCounting.CONTACT_TRAVEL_AND_DOCUMENTATION.leavesOut(minutes))
                .isFalse();
        assertThat(minutes.total()).isEqualTo(35);
        assertThatThrownBy(() -> new ServiceMinutes(-1, 0, 0))
                .hasMessage("value.between {field=contactMinutes, min=0, max=1440}");
        assertThatThrownBy(() -> new ServiceMinutes(0, 1441, 0))
                .hasMessage("value.between {field=travelMinutes, min=0, max=1440}");
        assertThatThrownBy(() -> new ServiceMinutes(0, 0, -5))
                .hasMessage("value.between {field=documentationMinutes, min=0, max=1440}");
    }

    @Test
    void svc2_the_unit_basis_of_each_code_is_reference_data_and_h0025_is_assumed() {
        assertThat(ServiceCode.H0038.minutesPerUnit()).isEqualTo(15);
        assertThat(ServiceCode.H0038.isUnitBasisAssumed()).isFalse();
        assertThat(ServiceCode.H0025.minutesPerUnit()).isEqualTo(15);
        assertThat(ServiceCode.H0025.isUnitBasisAssumed()).isTrue();
        assertThat(Units.forMinutes(37, 60))
                .as("a 60-minute unit counts from 30 minutes")
                .isEqualTo(1);
        assertThat(Units.forMinutes(29, 60)).isZero();
    }
}
