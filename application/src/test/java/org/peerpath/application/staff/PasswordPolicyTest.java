package org.peerpath.application.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerpath.application.staff.port.in.StaffAccountException;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void ships_the_ten_thousand_most_common_passwords() {
        assertThat(policy.commonCount()).isBetween(9_900, 10_000);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "aaaaaaaaaaaa", // one character again and again
                "abcabcabcabc", // a short unit again and again
                "passwordpassword", // a common password twice
                "123456789012", // a run of digits, wrapping
                "abcdefghijklm", // a run of letters
                "ZYXWVUTSRQPO", // a run downwards, in capitals
                "qwertyuiopasdf", // a keyboard row
                "1qaz2wsx3edc4rfv", // keyboard columns
                "password1234", // a common password with digits after it
                "!!Sunshine2024!!", // with symbols round it
                "1234567890123", // digits only, a run
                "iloveyou12345", // common base
                "baseball123456",
                "1q2w3e4r5t6y", // common (in the list itself)
                "my-peerpath-login", // the program's name
            })
    void conf1_guessable_passwords_are_refused_at_the_password_field(String password) {
        assertThatThrownBy(() -> policy.check(password, "peer.ava"))
                .isInstanceOfSatisfying(StaffAccountException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.code()).isEqualTo("staff.error.password-common");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"lantern-orchard-42", "Riverbend 7 Tuesdays", "correct horse battery", "añoranza-del-río"})
    void conf1_long_unusual_passwords_pass(String password) {
        assertThat(policy.check(password, "peer.ava")).isEqualTo(password);
    }

    @Test
    void conf1_a_password_needs_twelve_characters() {
        assertThatThrownBy(() -> policy.check("Xq7-vnm-Lp2", "peer.ava"))
                .isInstanceOfSatisfying(StaffAccountException.class, e -> assertThat(e.code())
                        .isEqualTo("staff.error.password-too-short"));
        assertThat(policy.check("Xq7-vnm-Lp2z", "peer.ava")).hasSize(12);
    }

    @Test
    void conf1_a_password_longer_than_bcrypt_reads_is_refused_not_cut() {
        String seventyTwoBytes = "river-".repeat(12);
        assertThat(policy.check(seventyTwoBytes.substring(0, 71) + "x", "peer.ava"))
                .hasSize(72);
        assertThatThrownBy(() -> policy.check(seventyTwoBytes + "x", "peer.ava"))
                .isInstanceOfSatisfying(StaffAccountException.class, e -> assertThat(e.code())
                        .isEqualTo("staff.error.password-too-long"));
        // 30 characters, but 90 bytes in UTF-8
        assertThatThrownBy(() -> policy.check("河流河流河流河流河流河流河流河流河流河流河流河流河流河流河流", "peer.ava"))
                .isInstanceOfSatisfying(StaffAccountException.class, e -> assertThat(e.code())
                        .isEqualTo("staff.error.password-too-long"));
    }

    @Test
    void conf1_the_username_inside_the_password_is_refused() {
        assertThatThrownBy(() -> policy.check("Peer.Ava-lantern-42", "peer.ava"))
                .isInstanceOfSatisfying(StaffAccountException.class, e -> assertThat(e.code())
                        .isEqualTo("staff.error.password-has-username"));
    }

    @Test
    void conf1_control_characters_and_empty_passwords_are_refused() {
        assertThatThrownBy(() -> policy.check("lantern\u0000orchard-42", "peer.ava"))
                .isInstanceOfSatisfying(StaffAccountException.class, e -> assertThat(e.code())
                        .isEqualTo("staff.error.control-character"));
        assertThatThrownBy(() -> policy.check("", "peer.ava"))
                .isInstanceOfSatisfying(StaffAccountException.class, e -> assertThat(e.code())
                        .isEqualTo("staff.error.password-required"));
    }
}
