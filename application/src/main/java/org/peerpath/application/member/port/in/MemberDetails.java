package org.peerpath.application.member.port.in;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.MemberId;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;

/**
 * What the member page shows in its header. {@code version} goes back with a change, so that a change made since is
 * not overwritten.
 */
public record MemberDetails(
        MemberId id,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        int age,
        boolean epsdt,
        String cin,
        County county,
        Set<DeliverySystem> deliverySystems,
        String preferredLanguage,
        @Nullable StaffId primaryPeer,
        @Nullable String primaryPeerName,
        @Nullable String phone,
        @Nullable String address,
        @Nullable LocalDate dischargedOn,
        @Nullable String dischargeReason,
        long version) {

    public MemberDetails {
        deliverySystems = Set.copyOf(deliverySystems);
    }

    /** MEM-3: discharged members are on no caseload; their records stay. */
    public boolean discharged() {
        return dischargedOn != null;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
