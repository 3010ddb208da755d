package org.peerpath.application.workforce.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.StaffId;

/** The record fields as typed; blank text clears a field. */
public record ChangeStaffRecordCommand(
        Actor actor,
        StaffId staff,
        long seenVersion,
        @Nullable String npi,
        @Nullable String programSite,
        @Nullable LocalDate startedOn,
        @Nullable LocalDate dateOfBirth) {}
