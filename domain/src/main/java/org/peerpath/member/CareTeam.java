package org.peerpath.member;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.StaffId;

/**
 * MEM-3: the people who may see a member's clinical records (CONF-2): assigned peers (one primary), their supervisors,
 * the directing BHP and the recommending professional.
 */
public record CareTeam(
        MemberId member,
        StaffId primaryPeer,
        List<StaffId> otherPeers,
        List<StaffId> supervisors,
        @Nullable StaffId directingBhp,
        @Nullable StaffId recommendingProfessional) {

    public CareTeam {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(primaryPeer, "primaryPeer");
        otherPeers = List.copyOf(otherPeers);
        supervisors = List.copyOf(supervisors);
        if (otherPeers.contains(primaryPeer)) {
            throw new InvalidValueException(Field.OTHER_PEERS, Message.OTHER_PEERS_PRIMARY_PEER_LISTED_ONCE);
        }
    }

    public boolean includes(StaffId person) {
        return Stream.of(
                        Stream.of(primaryPeer),
                        otherPeers.stream(),
                        supervisors.stream(),
                        Stream.ofNullable(directingBhp),
                        Stream.ofNullable(recommendingProfessional))
                .flatMap(s -> s)
                .anyMatch(person::equals);
    }
}
