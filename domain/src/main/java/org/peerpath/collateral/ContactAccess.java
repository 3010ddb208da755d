package org.peerpath.collateral;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.StaffId;

/**
 * The answer to a request for a collateral's contact details (COL-3), explained by the bundle's {@code
 * explanationKey} with its {@code args}. Every request, granted or not, carries the audit entry the application must
 * store (COL-4).
 */
public record ContactAccess(
        @Nullable ContactDetails details, String explanationKey, List<Object> args, AuditEntry audit) {

    public ContactAccess {
        args = List.copyOf(args);
    }

    public Optional<ContactDetails> granted() {
        return Optional.ofNullable(details);
    }

    /** COL-4: who asked to see whose contact details, when, and whether they were shown. */
    public record AuditEntry(StaffId viewer, CollateralId collateral, Instant at, boolean shown) {}
}
