package org.peerpath.ui.member;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import org.peerpath.ui.shared.BundleI18NProvider;

/**
 * A member's preferred language is stored by its English name ({@code Spanish}); each UI language shows its own
 * word for it ({@code Español}). A name typed in that is not on the common list is shown as typed.
 */
final class LanguageNames {

    private LanguageNames() {}

    static String label(Component translator, String storedName) {
        String key = "language-name."
                + storedName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        String text = translator.getTranslation(key);
        return text.equals(BundleI18NProvider.missing(key)) ? storedName : text;
    }
}
