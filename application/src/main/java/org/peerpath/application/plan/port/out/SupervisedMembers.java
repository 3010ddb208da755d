package org.peerpath.application.plan.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.MemberId;
import org.peerpath.shared.StaffId;

/** Out port: the supervisor's home reads only the members of the peers they supervise on a day (MEM-3, G.4). */
public interface SupervisedMembers {

    /**
     * Members not discharged whose primary peer is supervised by {@code supervisor} on {@code on}, by family name.
     */
    List<SupervisedMember> membersOfPeersSupervisedBy(StaffId supervisor, LocalDate on);

    record SupervisedMember(
            MemberId id,
            String fullName,
            StaffId peer,
            @Nullable String peerName) {

        public SupervisedMember {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(peer, "peer");
        }
    }
}
