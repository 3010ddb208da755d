package org.peerpath.application.member.port.in;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.StaffId;

/**
 * Which members a list shows: those whose primary peer is {@code primaryPeer} (all when null), whose name resembles
 * {@code nameSearch} (all when blank).
 */
public record MemberFilter(@Nullable StaffId primaryPeer, String nameSearch) {

    public static final int MAX_SEARCH_LENGTH = 80;

    public MemberFilter {
        nameSearch = nameSearch.strip();
        if (nameSearch.length() > MAX_SEARCH_LENGTH) {
            nameSearch = nameSearch.substring(0, MAX_SEARCH_LENGTH);
        }
    }

    public boolean searchesByName() {
        return !nameSearch.isEmpty();
    }

    /** The search read as a CIN, upper case, so that front desk finds a member by CIN too (issue E). */
    public String searchedCin() {
        return nameSearch.toUpperCase(Locale.ROOT);
    }

    /**
     * The search read as a date of birth, when it is one: {@code 1990-05-17}, {@code 5/17/1990} (month first, as
     * typed in English) or {@code 17/5/1990} when the first number cannot be a month.
     */
    public Optional<LocalDate> searchedDateOfBirth() {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(nameSearch, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        return Optional.empty();
    }

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));
}
