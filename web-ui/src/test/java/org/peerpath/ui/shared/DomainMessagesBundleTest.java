package org.peerpath.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerpath.shared.Field;
import org.peerpath.shared.Message;

/**
 * D.3: every finding key and error code the domain can produce ({@link Message}), every field label ({@link Field})
 * and every enum constant a message can carry has an English and a Spanish text in {@code vaadin-i18n/domain*.properties},
 * and each message renders with sample arguments without a leftover placeholder. No Spring.
 */
class DomainMessagesBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final List<String> FEATURES = List.of(
            "shared",
            "member",
            "collateral",
            "credential",
            "supervision",
            "levelofcare",
            "plan",
            "goal",
            "service",
            "claim",
            "screening",
            "county");

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("domain.properties", Locale.ENGLISH),
                Arguments.of("domain_es.properties", Locale.forLanguageTag("es")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void every_domain_message_field_and_enum_has_a_text(String bundle, Locale locale) {
        Properties texts = load(bundle);

        List<String> missing = new ArrayList<>();
        for (Message message : Message.values()) {
            if (!texts.containsKey(message.key())) {
                missing.add(message.key());
            }
            for (Message.Arg arg : message.args()) {
                if (arg.type() == Enum.class) {
                    for (Object constant : enumType(arg.enumType()).getEnumConstants()) {
                        String key = "enum." + arg.enumType() + "." + ((Enum<?>) constant).name();
                        if (!texts.containsKey(key)) {
                            missing.add(key);
                        }
                    }
                }
            }
        }
        for (Field field : Field.values()) {
            if (!texts.containsKey("field." + field.key())) {
                missing.add("field." + field.key());
            }
        }

        assertThat(missing).as("keys missing in %s", bundle).isEmpty();
        assertThat(Message.values()).hasSizeGreaterThan(150);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void every_domain_message_renders_with_sample_arguments_and_no_leftover_placeholder(String bundle, Locale locale) {
        Properties texts = load(bundle);

        List<String> broken = new ArrayList<>();
        for (Message message : Message.values()) {
            List<Object> args = message.args().stream()
                    .map(DomainMessagesBundleTest::sample)
                    .toList();
            String rendered = DomainMessages.render(message.key(), args, locale, (key, params) -> {
                String text = Objects.requireNonNull(texts.getProperty(key), key);
                return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
            });
            String raw = texts.getProperty(message.key());
            boolean loneApostrophe = !args.isEmpty() && raw.replace("''", "").contains("'");
            if (PLACEHOLDER.matcher(rendered).find() || rendered.isBlank() || loneApostrophe) {
                broken.add(message.key() + " → " + rendered);
            }
        }

        assertThat(broken).as("messages that do not render in %s", bundle).isEmpty();
    }

    private static Object sample(Message.Arg arg) {
        Class<?> type = arg.type();
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 10, 14);
        }
        if (type == Integer.class) {
            return 3;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("14.5");
        }
        if (type == Field.class) {
            return Field.values()[0];
        }
        if (type == Enum.class) {
            return enumType(arg.enumType()).getEnumConstants()[0];
        }
        return "Sample";
    }

    private static Class<?> enumType(String simpleName) {
        for (String feature : FEATURES) {
            try {
                return Class.forName("org.peerpath." + feature + "." + simpleName);
            } catch (ClassNotFoundException notHere) {
                // the enum lives in another feature package
            }
        }
        throw new AssertionError("no domain enum named " + simpleName);
    }

    private static Properties load(String bundle) {
        try (InputStream in = DomainMessagesBundleTest.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
            Properties texts = new Properties();
            texts.load(new InputStreamReader(Objects.requireNonNull(in, bundle), StandardCharsets.UTF_8));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
