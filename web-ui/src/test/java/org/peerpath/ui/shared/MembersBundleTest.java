package org.peerpath.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The members bundle speaks English and Spanish with the same keys, and every pattern formats. */
class MembersBundleTest {

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = MembersBundleTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void english_and_spanish_have_the_same_keys_and_every_pattern_formats() throws IOException {
        Properties english = load("members.properties");
        Properties spanish = load("members_es.properties");

        assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(new MessageFormat(english.getProperty(key), Locale.ENGLISH).format(new Object[] {2L, "x"}))
                    .as(key)
                    .isNotBlank();
            assertThat(new MessageFormat(spanish.getProperty(key), Locale.of("es")).format(new Object[] {2L, "x"}))
                    .as(key)
                    .isNotBlank();
        }
    }

    @Test
    void the_count_reads_naturally_for_none_one_and_many() throws IOException {
        String pattern = load("members.properties").getProperty("members.count.found");
        assertThat(MessageFormat.format(pattern, 0L, "Ava")).isEqualTo("No members found for “Ava”");
        assertThat(MessageFormat.format(pattern, 1L, "Ava")).isEqualTo("1 member found for “Ava”");
        assertThat(MessageFormat.format(pattern, 1200L, "Ava")).isEqualTo("1,200 members found for “Ava”");
    }
}
