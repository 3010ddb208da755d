package org.peerpath.screening;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.StaffId;

/** A peer, supervisor or BHP to screen (SCR-1) with the keys the lists can name them by. */
public record ScreenedPerson(
        StaffId id,
        String displayName,
        @Nullable String npi,
        Set<String> licenseNumbers,
        @Nullable LocalDate dateOfBirth) {

    public ScreenedPerson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        licenseNumbers = Set.copyOf(licenseNumbers);
    }
}
