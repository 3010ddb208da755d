package org.peerpath.application.service.port.in;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peerpath.service.ServiceCode;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/**
 * Which of a member's services to list: a code (SVC-2), claimable or not today (CHECK-1), dates of service from and to
 * (both included); null means any.
 */
public record ServiceFilter(
        @Nullable ServiceCode code,
        @Nullable Boolean claimable,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static final ServiceFilter ANY = new ServiceFilter(null, null, null, null);

    public ServiceFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new FromAfterTo();
        }
    }

    /** Whether a listed service passes, by its code, claim answer and date. */
    public boolean admits(ServiceSummary service) {
        return (code == null || service.code() == code)
                && (claimable == null || service.claimable() == claimable)
                && !isBefore(service.dateOfService())
                && (to == null || !service.dateOfService().isAfter(to));
    }

    /** The list is newest first: a service before {@code from} means every later one is too. */
    public boolean isBefore(LocalDate dateOfService) {
        return from != null && dateOfService.isBefore(from);
    }

    /** The range reads backwards; named at the "from" field. */
    public static final class FromAfterTo extends DomainException implements FieldProblem {
        public FromAfterTo() {
            super("history.filter.from-after-to", Map.of());
        }

        @Override
        public String field() {
            return "from";
        }
    }
}
