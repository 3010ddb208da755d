package org.peerpath.application.service.port.in;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerpath.claim.Finding;
import org.peerpath.member.MemberId;
import org.peerpath.service.Modality;
import org.peerpath.service.ServiceCode;
import org.peerpath.service.ServiceStatus;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.ServiceId;

/**
 * One recorded service in a list, with the claim check's answer today for its date of service (CHECK-1).
 *
 * @param reasons the blocking findings, why it is not claimable; empty when claimable
 * @param noteSigned SVC-9: the note is signed and locked; corrections are {@code addenda}
 */
public record ServiceSummary(
        ServiceId id,
        MemberId member,
        @Nullable String memberName,
        LocalDate dateOfService,
        ServiceCode code,
        DeliverySystem deliverySystem,
        Modality modality,
        String placeOfService,
        int contactMinutes,
        int units,
        boolean crisis,
        ServiceStatus status,
        @Nullable String note,
        boolean noteSigned,
        List<String> addenda,
        boolean claimable,
        List<Finding> reasons,
        long version) {

    public ServiceSummary {
        reasons = List.copyOf(reasons);
        addenda = List.copyOf(addenda);
    }
}
