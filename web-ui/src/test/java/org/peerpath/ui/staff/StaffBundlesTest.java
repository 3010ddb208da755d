package org.peerpath.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The staff bundle says everything in English and in Spanish, and every message key the application raises exists. */
class StaffBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StaffBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void english_and_spanish_have_the_same_keys_and_no_empty_text() throws IOException {
        Properties english = load("staff.properties");
        Properties spanish = load("staff_es.properties");

        assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.values())
                .allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(spanish.values())
                .allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @Test
    void every_refusal_of_the_staff_use_cases_has_words() throws IOException {
        Properties english = load("staff.properties");

        assertThat(english.stringPropertyNames())
                .contains(
                        "staff.error.username-required",
                        "staff.error.username-format",
                        "staff.error.username-taken",
                        "staff.error.display-name-required",
                        "staff.error.display-name-too-long",
                        "staff.error.control-character",
                        "staff.error.no-role",
                        "staff.error.password-required",
                        "staff.error.password-too-short",
                        "staff.error.password-too-long",
                        "staff.error.password-common",
                        "staff.error.password-has-username",
                        "staff.error.password-unchanged",
                        "staff.error.current-password-wrong",
                        "staff.error.cannot-disable-self",
                        "staff.error.cannot-drop-own-admin");
    }
}
