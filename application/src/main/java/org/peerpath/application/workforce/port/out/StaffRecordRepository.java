package org.peerpath.application.workforce.port.out;

import java.util.Optional;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.workforce.port.in.StaffRecord;
import org.peerpath.shared.StaffId;

/** Out port: the record fields of a staff account (NPI, program site, start date, date of birth). */
public interface StaffRecordRepository {

    /** The record of an existing account, with its record version; empty when no such account exists. */
    Optional<Versioned<StaffRecord>> find(StaffId staff);

    /**
     * Stores the record of an existing account.
     *
     * @throws org.peerpath.application.shared.ConcurrentChangeException when the record was changed since {@code
     *     seenVersion} was read, or the account does not exist
     */
    void save(StaffId staff, StaffRecord record, long seenVersion);
}
