package org.peerpath.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerpath.shared.InvalidValueException;

@DisplayName("MEM-1 Medi-Cal CIN")
class CinTest {

    @ParameterizedTest
    @ValueSource(strings = {"91234567A", "00000000z", " 12345678B "})
    void accepts_eight_digits_and_a_letter_stored_upper_case(String typed) {
        Cin cin = new Cin(typed);

        assertThat(cin.value()).matches("\\d{8}[A-Z]").isEqualTo(typed.strip().toUpperCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567A", "123456789", "A12345678", "1234567AB", "12345678-", "1234 5678A"})
    void rejects_anything_else_with_a_message_for_the_cin_field(String typed) {
        assertThatThrownBy(() -> new Cin(typed))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("cin");
                    assertThat(e.code()).isEqualTo("invalid.cin.medi-cal-cin-8");
                })
                .hasMessageStartingWith("invalid.cin.medi-cal-cin-8 ");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void says_the_cin_is_required_when_nothing_is_typed(String typed) {
        assertThatThrownBy(() -> new Cin(typed)).hasMessage("invalid.cin.medi-cal-cin-required {}");
    }
}
