package org.peerpath.screening;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of an uploaded exclusion list (SCR-3), reduced to what matching reads: the keys (NPI, license number, name,
 * date of birth) and the dates the list gives. {@code line} is the row's line number in the file.
 */
public record ListEntry(
        long line,
        String lastName,
        String firstName,
        @Nullable String npi,
        @Nullable String licenseNumber,
        @Nullable LocalDate dateOfBirth,
        @Nullable LocalDate excludedOn,
        @Nullable LocalDate reinstatedOn) {

    /** The name as the list spells it, for the admin who reviews the match. */
    public String displayName() {
        return (firstName + " " + lastName).strip();
    }
}
