package org.peerpath.application.workforce.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Npi;
import org.peerpath.supervision.ProgramSite;

/**
 * What the staff account of issue C holds beyond sign-in: the NPI claims name as rendering provider (RPT-2), the
 * program site (CTY-5), the start date and the date of birth exclusion screening matches on (SCR-1). Each may be
 * missing until an admin records it.
 */
public record StaffRecord(
        @Nullable Npi npi,
        @Nullable ProgramSite programSite,
        @Nullable LocalDate startedOn,
        @Nullable LocalDate dateOfBirth) {

    public static final StaffRecord EMPTY = new StaffRecord(null, null, null, null);
}
