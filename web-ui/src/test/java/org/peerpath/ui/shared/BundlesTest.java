package org.peerpath.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peerpath.ui.language.Languages;

/**
 * Every bundle in {@code vaadin-i18n/} (the UI's and every feature's) in both languages: a key without its English
 * or its Spanish text fails here, and so does a text that {@link MessageFormat} cannot render.
 */
class BundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*([A-Za-z0-9_.-]+)\\s*[,}]");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final BundleI18NProvider provider = new BundleI18NProvider();

    private static Properties own(String file) {
        Properties texts = new Properties();
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream("vaadin-i18n/" + file)) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @Test
    void the_ui_bundle_and_its_spanish_are_found() {
        assertThat(provider.baseNames()).contains("translations");
        assertThat(own("translations_es.properties")).isNotEmpty();
    }

    @Test
    void every_key_of_every_bundle_has_an_english_and_a_spanish_text() {
        List<String> problems = new ArrayList<>();
        for (String base : provider.baseNames()) {
            Properties english = own(base + ".properties");
            Properties spanish = own(base + "_es.properties");
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                if (spanish.getProperty(key, "").isBlank()) {
                    problems.add(base + ": no Spanish for " + key);
                }
            }
            for (String key : new TreeSet<>(spanish.stringPropertyNames())) {
                if (english.getProperty(key, "").isBlank()) {
                    problems.add(base + ": no English for " + key);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void both_languages_of_a_text_fill_the_same_placeholders() {
        List<String> problems = new ArrayList<>();
        for (String base : provider.baseNames()) {
            Properties english = own(base + ".properties");
            Properties spanish = own(base + "_es.properties");
            for (String key : english.stringPropertyNames()) {
                if (spanish.containsKey(key)
                        && !placeholders(english.getProperty(key)).equals(placeholders(spanish.getProperty(key)))) {
                    problems.add(base + ": " + key);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_text_renders_with_message_format_in_both_languages() {
        for (Locale language : List.of(Languages.ENGLISH, Languages.SPANISH)) {
            for (String key : provider.keys(language)) {
                assertThatCode(() -> {
                            String named = provider.getTranslation(key, language, Map.of());
                            String positional = provider.getTranslation(
                                    key, language, sampleArguments(provider.getTranslation(key, language)));
                            assertThat(named).isNotBlank().doesNotStartWith("!");
                            assertThat(positional).isNotBlank();
                        })
                        .as("%s in %s", key, language)
                        .doesNotThrowAnyException();
            }
        }
    }

    /** One sample per placeholder, in the order the provider numbers them: a number where the text counts. */
    private static Object[] sampleArguments(String pattern) {
        Matcher placeholder =
                Pattern.compile("\\{\\s*(\\w+)\\s*(?:,\\s*(\\w+))?").matcher(pattern);
        List<Object> samples = new ArrayList<>(List.of("x", "y", "z"));
        List<String> names = new ArrayList<>();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            int index;
            if (name.chars().allMatch(Character::isDigit)) {
                index = Integer.parseInt(name);
            } else {
                if (!names.contains(name)) {
                    names.add(name);
                }
                index = names.indexOf(name);
            }
            while (samples.size() <= index) {
                samples.add("x");
            }
            String type = placeholder.group(2);
            if ("number".equals(type) || "choice".equals(type)) {
                samples.set(index, 2);
            }
        }
        return samples.toArray();
    }

    @Test
    void a_text_with_placeholders_writes_its_apostrophes_twice_so_message_format_keeps_them() {
        List<String> problems = new ArrayList<>();
        for (String base : provider.baseNames()) {
            for (String file : List.of(base + ".properties", base + "_es.properties")) {
                own(file).forEach((key, text) -> {
                    String value = (String) text;
                    if (value.contains("{") && LONE_APOSTROPHE.matcher(value).find()) {
                        problems.add(file + ": " + key);
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void spanish_texts_are_not_left_in_english() {
        Properties english = own("translations.properties");
        Properties spanish = own("translations_es.properties");
        // Names that stay as they are in both languages.
        List<String> same = List.of(
                "app.name",
                "member.badge.epsdt",
                "menu.language.en",
                "menu.language.es",
                "delivery-system.DMC",
                "delivery-system.DMC_ODS",
                "language-name.hmong",
                "language-name.farsi");
        List<String> untranslated = english.stringPropertyNames().stream()
                .filter(key -> !same.contains(key))
                .filter(key -> english.getProperty(key).equals(spanish.getProperty(key)))
                .sorted()
                .toList();
        assertThat(untranslated).isEmpty();
    }
}
