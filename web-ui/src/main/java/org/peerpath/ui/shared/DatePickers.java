package org.peerpath.ui.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.peerpath.ui.language.Languages;

/**
 * A date picker that speaks the UI's language: month and day names, and the typed format of the locale, month first
 * in English ({@code 02/14/2010}) and day first in Spanish ({@code 14/02/2010}). Weeks start on Sunday, as on the
 * calendars people use here.
 */
public final class DatePickers {

    private DatePickers() {}

    public static void localize(DatePicker picker, Component within) {
        picker.setLocale(Languages.supported(UI.getCurrent().getLocale()));
        picker.setI18n(i18n(within));
    }

    /** The texts of a date picker in the UI's language; a form adds its own min and max messages to it. */
    public static DatePicker.DatePickerI18n i18n(Component within) {
        Locale locale = Languages.supported(UI.getCurrent().getLocale());
        return new DatePicker.DatePickerI18n()
                .setDateFormat(Languages.dateFormat(locale))
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> capitalized(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale))
                        .toList())
                .setWeekdays(sundayFirst(TextStyle.FULL, locale))
                .setWeekdaysShort(sundayFirst(TextStyle.SHORT, locale))
                .setFirstDayOfWeek(0)
                .setToday(within.getTranslation("date-picker.today"))
                .setCancel(within.getTranslation("date-picker.cancel"))
                .setBadInputErrorMessage(within.getTranslation("date-picker.bad-input"));
    }

    private static List<String> sundayFirst(TextStyle style, Locale locale) {
        return Stream.concat(
                        Stream.of(DayOfWeek.SUNDAY),
                        Arrays.stream(DayOfWeek.values()).limit(6))
                .map(day -> capitalized(day.getDisplayName(style, locale), locale))
                .toList();
    }

    private static String capitalized(String name, Locale locale) {
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
