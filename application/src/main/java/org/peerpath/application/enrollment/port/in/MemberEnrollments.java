package org.peerpath.application.enrollment.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;

/**
 * A member's enrollment history (SVC-7), oldest first, with the member's version to carry back in a change and
 * whether the reader may change it (front desk and admins).
 */
public record MemberEnrollments(
        MemberId member,
        String fullName,
        String cin,
        long version,
        boolean mayEdit,
        List<EnrollmentSummary> enrollments) {

    public MemberEnrollments {
        Objects.requireNonNull(member, "member");
        enrollments = List.copyOf(enrollments);
    }

    /** SVC-7: the delivery systems the member was enrolled in on {@code date}. */
    public List<DeliverySystem> inForceOn(LocalDate date) {
        return enrollments.stream()
                .filter(e -> e.inForceOn(date))
                .map(EnrollmentSummary::deliverySystem)
                .sorted()
                .toList();
    }
}
