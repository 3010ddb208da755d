package org.peerpath.ui.member.claimrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.peerpath.application.claimrecord.port.in.ClaimRecordRefusedException;

/** The claimrecords bundle speaks English and Spanish with the same keys; every refusal code has a text. */
class ClaimRecordsBundleTest {

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ClaimRecordsBundleTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void english_and_spanish_have_the_same_keys_every_refusal_a_text_and_no_lone_apostrophe_with_arguments()
            throws IOException {
        Properties english = load("claimrecords.properties");
        Properties spanish = load("claimrecords_es.properties");

        assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (java.lang.reflect.Field code : ClaimRecordRefusedException.class.getFields()) {
            if (code.getType() == String.class) {
                try {
                    assertThat(english).containsKey((String) code.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        for (Properties texts : java.util.List.of(english, spanish)) {
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.contains("{0}")) {
                    assertThat(text.replace("''", "")).as(key).doesNotContain("'");
                }
            }
        }
    }
}
