package org.peerpath.persistence.member;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.Discharge;
import org.peerpath.member.Member;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;

/**
 * A member's stored state in plain values, one component per column, so that MapStruct checks the row against it
 * property by property in both directions. The aggregate is read here and rebuilt only by
 * {@link MemberJpaMapper#restore}.
 */
record MemberSnapshot(
        UUID id,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String cin,
        County county,
        List<EnrollmentSnapshot> enrollments,
        String preferredLanguage,
        @Nullable UUID primaryPeerId,
        @Nullable String phone,
        @Nullable String address,
        @Nullable LocalDate dischargedOn,
        @Nullable String dischargeReason,
        long version) {

    static MemberSnapshot of(Member member) {
        return new MemberSnapshot(
                member.id().value(),
                member.name().given(),
                member.name().family(),
                member.dateOfBirth(),
                member.cin().value(),
                member.county(),
                member.enrollments().stream()
                        .map(e -> new EnrollmentSnapshot(
                                e.deliverySystem(),
                                e.period().startsOn(),
                                e.period().endsOn()))
                        .toList(),
                member.preferredLanguage().name(),
                member.primaryPeer().map(StaffId::value).orElse(null),
                member.contact().phone(),
                member.contact().address(),
                member.discharge().map(Discharge::on).orElse(null),
                member.discharge().map(Discharge::reason).orElse(null),
                member.version());
    }

    /** SVC-7: one dated enrollment. */
    record EnrollmentSnapshot(
            DeliverySystem deliverySystem,
            LocalDate startsOn,
            @Nullable LocalDate endsOn) {}

    static Set<DeliverySystem> deliverySystems(String[] names) {
        return Arrays.stream(names).map(DeliverySystem::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
