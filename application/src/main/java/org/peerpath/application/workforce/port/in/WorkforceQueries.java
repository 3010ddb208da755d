package org.peerpath.application.workforce.port.in;

import java.util.List;
import java.util.Optional;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.StaffId;

/** Reads of workforce records (issue F). */
public interface WorkforceQueries {

    /** ADMIN: every staff account with its record fields and certification status today. */
    List<StaffDirectoryEntry> directory(Actor actor);

    /** ADMIN: one person's whole record as of today; empty when there is no such account. */
    Optional<StaffRecordDetails> staffRecord(Actor actor, StaffId staff);

    /** PEER, SUPERVISOR, BHP: the actor's own records as of today. */
    MyCompliance myCompliance(Actor actor);

    /**
     * ADMIN every enabled peer, SUPERVISOR the peers they supervise today (SUP-1): one row each, RED first, with every
     * reason (CERT-1, CERT-4, CERT-10, SUP-1, SUP-3, SCR-1, SCR-2, CTY-4) and the earliest next due date.
     */
    List<ComplianceRow> complianceBoard(Actor actor);
}
