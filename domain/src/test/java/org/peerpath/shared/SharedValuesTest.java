package org.peerpath.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SharedValuesTest {

    @Test
    void rpt2_an_npi_is_ten_digits() {
        assertThat(new Npi(" 1234567893 ").value()).isEqualTo("1234567893");
        assertThat(new Npi("1234567893")).hasToString("1234567893");
        assertThatThrownBy(() -> new Npi("12345")).hasMessage("invalid.npi.npi-10-digits-like {}");
        assertThatThrownBy(() -> new Npi(null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("npi"));
    }

    @Test
    void a_missing_date_is_refused_at_its_field_by_key() {
        assertThatThrownBy(() -> Dates.required(Field.STARTS_ON, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("startsOn"))
                .hasMessage("value.required {field=startsOn}");
    }

    @Test
    void ids_are_values() {
        ServiceId id = ServiceId.newId();
        assertThat(new ServiceId(id.value())).isEqualTo(id);
        assertThat(id.toString()).isEqualTo(id.value().toString());
    }
}
