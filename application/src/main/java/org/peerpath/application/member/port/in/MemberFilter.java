package org.peerpath.application.member.port.in;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.Cin;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.StaffId;

/**
 * Which members a list shows: those whose primary peer is {@code primaryPeer} (all when null) and who match the one
 * search box, {@code nameSearch} (all when blank). The box takes a Medi-Cal CIN or a date of birth (M/D/YYYY or
 * YYYY-MM-DD), each finding exactly that member, or else part of a name, matched forgivingly.
 */
public record MemberFilter(@Nullable StaffId primaryPeer, String nameSearch) {

    public static final int MAX_SEARCH_LENGTH = 80;

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT));

    public MemberFilter {
        nameSearch = nameSearch.strip();
        if (nameSearch.length() > MAX_SEARCH_LENGTH) {
            // The search box holds at most this many characters, so only a hand-made call gets here.
            throw new IllegalArgumentException("search text longer than " + MAX_SEARCH_LENGTH);
        }
    }

    /** The CIN typed into the search box, when it is one (any case, surrounding spaces ignored). */
    public Optional<Cin> cin() {
        if (nameSearch.length() != Cin.LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Cin(nameSearch));
        } catch (DomainException notACin) {
            return Optional.empty();
        }
    }

    /** The date of birth typed into the search box, when it is a real date written M/D/YYYY or YYYY-MM-DD. */
    public Optional<LocalDate> dateOfBirth() {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(nameSearch, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    /** True when the box holds text that is neither a CIN nor a date: part of a name. */
    public boolean searchesByName() {
        return !nameSearch.isEmpty() && cin().isEmpty() && dateOfBirth().isEmpty();
    }
}
