package org.peerpath.application.member.port.out;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.Cin;
import org.peerpath.member.Discharge;
import org.peerpath.member.Language;
import org.peerpath.member.MemberContact;
import org.peerpath.member.MemberId;
import org.peerpath.member.PersonName;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;

/** A member as the read model returns it, with the primary peer's name joined in and the row's version. */
public record MemberRecord(
        MemberId id,
        PersonName name,
        LocalDate dateOfBirth,
        Cin cin,
        County county,
        Set<DeliverySystem> deliverySystems,
        Language preferredLanguage,
        @Nullable StaffId primaryPeer,
        @Nullable String primaryPeerName,
        MemberContact contact,
        @Nullable Discharge discharge,
        long version) {

    public MemberRecord {
        deliverySystems = Set.copyOf(deliverySystems);
    }
}
