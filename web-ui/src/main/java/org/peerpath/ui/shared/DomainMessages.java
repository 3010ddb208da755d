package org.peerpath.ui.shared;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Field;

/**
 * Renders what the domain reports (findings, errors, assumptions, alerts) from the message bundles: the domain gives a
 * key and its arguments and composes no text itself (D.3). Arguments are made readable first: a date in the user's
 * locale, a {@link Field} by its label ({@code field.<name>}), any other enum by {@code enum.<Type>.<CONSTANT>}.
 */
public final class DomainMessages {

    private DomainMessages() {}

    /** The text of a domain error (one that carries a domain {@code Message}); see {@link DomainErrors#text}. */
    static String of(DomainException error) {
        return of(error.code(), List.of(error.argValues()));
    }

    /** The text of a key and its arguments, in the current UI's locale. */
    public static String of(String key, List<Object> args) {
        UI ui = UI.getCurrent();
        return render(key, args, ui.getLocale(), ui::getTranslation);
    }

    /** The same for any translator; {@code translate} is {@code getTranslation(key, params...)}. */
    public static String render(
            String key, List<Object> args, Locale locale, BiFunction<String, Object[], String> translate) {
        Object[] readable =
                args.stream().map(arg -> readable(arg, locale, translate)).toArray();
        return translate.apply(key, readable);
    }

    private static Object readable(Object arg, Locale locale, BiFunction<String, Object[], String> translate) {
        return switch (arg) {
            case LocalDate date ->
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
            case Field field -> translate.apply("field." + field.key(), new Object[0]);
            case Enum<?> constant ->
                translate.apply(
                        "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(), new Object[0]);
            case BigDecimal number -> number.stripTrailingZeros().toPlainString();
            case Number number -> String.valueOf(number);
            default -> arg;
        };
    }
}
