package org.peerpath.ui.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every text a person reads, in English and Spanish. Each feature keeps its own bundle in {@code vaadin-i18n/}
 * ({@code translations}, {@code domain}, …); a key is looked up in all of them, so features add texts without
 * touching one shared file.
 */
@Component
public class BundleI18NProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.of("es");
    private static final String FOLDER = "vaadin-i18n/";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> baseNames;

    public BundleI18NProvider() {
        this(discoverBaseNames());
    }

    BundleI18NProvider(List<String> baseNames) {
        this.baseNames = List.copyOf(baseNames);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, SPANISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = SPANISH.getLanguage().equals(locale.getLanguage()) ? SPANISH : ENGLISH;
        for (String baseName : baseNames) {
            ResourceBundle bundle = bundle(baseName, language);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
            }
        }
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

    private static ResourceBundle bundle(String baseName, Locale language) {
        return ResourceBundle.getBundle(FOLDER + baseName, language, NO_FALLBACK);
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
