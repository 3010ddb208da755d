package org.peerpath.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SharedValuesTest {

    @Test
    void rpt2_an_npi_is_ten_digits() {
        assertThat(new Npi(" 1234567893 ").value()).isEqualTo("1234567893");
        assertThat(new Npi("1234567893")).hasToString("1234567893");
        assertThatThrownBy(() -> new Npi("12345")).hasMessage("An NPI is 10 digits, like 1234567893");
        assertThatThrownBy(() -> new Npi(null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("npi"));
    }

    @Test
    void check1_dates_in_messages_read_like_3_oct_2026() {
        assertThat(Dates.plain(LocalDate.of(2026, 10, 3))).isEqualTo("3 Oct 2026");
        assertThat(Dates.plain(LocalDate.of(2027, 1, 12))).isEqualTo("12 Jan 2027");
        assertThatThrownBy(() -> Dates.required("startsOn", "Start date", null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("startsOn"))
                .hasMessage("Start date is required");
    }

    @Test
    void ids_are_values() {
        ServiceId id = ServiceId.newId();
        assertThat(new ServiceId(id.value())).isEqualTo(id);
        assertThat(id.toString()).isEqualTo(id.value().toString());
    }
}
