package org.peerpath.ui.language;

import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/**
 * The language switch of the user menu and the sign-in page. Each language is named in itself ("English",
 * "Español"), so that a person who cannot read the current one still finds their own.
 */
public final class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(Languages.ENGLISH, Languages.SPANISH);
        setItemLabelGenerator(language -> getTranslation("menu.language." + language.getLanguage()));
        setAriaLabel(getTranslation("menu.language"));
        setId("language-switch");
        addClassName("language-switch");
        setValue(Languages.supported(getLocale()));
        addValueChangeListener(change -> {
            if (change.getValue() != null) {
                getUI().ifPresent(ui -> LanguageChoice.choose(ui, change.getValue()));
            }
        });
    }
}
