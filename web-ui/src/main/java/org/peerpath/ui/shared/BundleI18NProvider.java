package org.peerpath.ui.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peerpath.ui.language.Languages;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every text a person reads, in English and Spanish. Each feature keeps its own bundle in {@code vaadin-i18n/}
 * ({@code translations}, {@code domain}, …); a key is looked up in all of them, so features add texts without
 * touching one shared file.
 *
 * <p>Two ways to fill a text's placeholders:
 *
 * <ul>
 *   <li>positional, {@code getTranslation("home.title", name)} for {@code Welcome, {0}};
 *   <li>named, with one {@link Map} as the only parameter, {@code getTranslation(error.code(), error.args())} for
 *       {@code A member with CIN {cin} is already enrolled}. Translators see what each value is; a name may carry a
 *       MessageFormat type, {@code {hours,number,#.##}}. Positional values fill named placeholders too, in the
 *       order the names first appear.
 * </ul>
 *
 * A {@link LocalDate} value is written in the locale's medium date style ({@code Feb 14, 2010} / {@code 14 feb
 * 2010}); numbers in the locale's number format. A text with no placeholder is returned as written; a text with
 * placeholders goes through {@link MessageFormat}, so it writes an apostrophe as {@code ''}.
 */
@Component
public class BundleI18NProvider implements I18NProvider {

    private static final String FOLDER = "vaadin-i18n/";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern NAMED_PLACEHOLDER = Pattern.compile("\\{\\s*([A-Za-z][A-Za-z0-9_.-]*)\\s*([,}])");

    private final List<String> baseNames;

    public BundleI18NProvider() {
        this(discoverBaseNames());
    }

    BundleI18NProvider(List<String> baseNames) {
        this.baseNames = List.copyOf(baseNames);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Languages.ENGLISH, Languages.SPANISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = Languages.supported(locale);
        String pattern = pattern(key, language);
        if (pattern == null) {
            return missing(key);
        }
        if (params.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        Map<String, Integer> names = new LinkedHashMap<>();
        String positional = positional(pattern, names);
        if (params.length == 1 && params[0] instanceof Map<?, ?> named) {
            Object[] values = names.keySet().stream()
                    .map(name -> named.containsKey(name) ? named.get(name) : "{" + name + "}")
                    .toArray();
            return format(positional, language, values);
        }
        return format(positional, language, params);
    }

    /**
     * The pattern with each named placeholder replaced by an index, in the order the names first appear, which
     * {@code names} records; numbered placeholders are left as they are.
     */
    private static String positional(String pattern, Map<String, Integer> names) {
        Matcher matcher = NAMED_PLACEHOLDER.matcher(pattern);
        StringBuilder positional = new StringBuilder();
        while (matcher.find()) {
            int index = names.computeIfAbsent(matcher.group(1), name -> names.size());
            matcher.appendReplacement(positional, Matcher.quoteReplacement("{" + index + matcher.group(2)));
        }
        matcher.appendTail(positional);
        return positional.toString();
    }

    /** What {@link #getTranslation} returns for a key no bundle has: loud on screen, easy to find in a test. */
    public static String missing(String key) {
        return "!" + key + "!";
    }

    /** Every key of every bundle in one language, for the test that holds both languages to the same keys. */
    public List<String> keys(Locale language) {
        TreeSet<String> keys = new TreeSet<>();
        for (String baseName : baseNames) {
            keys.addAll(Collections.list(bundle(baseName, language).getKeys()));
        }
        return new ArrayList<>(keys);
    }

    public List<String> baseNames() {
        return baseNames;
    }

    private @Nullable String pattern(String key, Locale language) {
        for (String baseName : baseNames) {
            ResourceBundle bundle = bundle(baseName, language);
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return null;
    }

    private static String format(String pattern, Locale language, Object... values) {
        Object[] shown = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            shown[i] = values[i] instanceof LocalDate date
                    ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                            .withLocale(language)
                            .format(date)
                    : values[i];
        }
        return new MessageFormat(pattern, language).format(shown);
    }

    private static ResourceBundle bundle(String baseName, Locale language) {
        return ResourceBundle.getBundle(FOLDER + baseName, Locale.of(language.getLanguage()), NO_FALLBACK);
    }

    private static List<String> discoverBaseNames() {
        try {
            Resource[] files =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER + "*.properties");
            TreeSet<String> names = new TreeSet<>();
            for (Resource file : files) {
                String name = Objects.requireNonNull(file.getFilename());
                String base = name.substring(0, name.length() - ".properties".length());
                names.add(base.replaceFirst("_[a-z]{2}(_[A-Z]{2})?$", ""));
            }
            List<String> ordered = new ArrayList<>(names);
            // The UI's own texts first: a key defined twice resolves to the UI's wording.
            if (ordered.remove("translations")) {
                ordered.addFirst("translations");
            }
            return ordered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
