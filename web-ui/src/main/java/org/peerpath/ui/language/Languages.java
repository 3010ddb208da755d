package org.peerpath.ui.language;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The two languages of PeerPath, both as written in the United States. */
public final class Languages {

    /** English as written in the United States: the default when the browser asks for neither language. */
    public static final Locale ENGLISH = Locale.US;
    /** Spanish as written in the United States: US number grouping, day-first dates. */
    public static final Locale SPANISH = Locale.forLanguageTag("es-US");

    private Languages() {}

    /** The supported locale for what a browser or a cookie asked: Spanish for any Spanish, else English. */
    public static Locale supported(@Nullable Locale asked) {
        return asked != null && "es".equals(asked.getLanguage()) ? SPANISH : ENGLISH;
    }

    /** The pattern people type dates in: month first in English, day first in Spanish. */
    public static String dateFormat(Locale locale) {
        return SPANISH.equals(supported(locale)) ? "dd/MM/yyyy" : "MM/dd/yyyy";
    }
}
