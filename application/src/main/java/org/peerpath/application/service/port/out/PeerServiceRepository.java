package org.peerpath.application.service.port.out;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.MemberId;
import org.peerpath.service.PeerService;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;

/** Out port: recorded peer services with their notes (SVC). */
public interface PeerServiceRepository {

    Optional<PeerService> findById(ServiceId id);

    /**
     * Inserts a new service (version 0) or updates a stored one.
     *
     * @throws org.peerpath.application.shared.ConcurrentChangeException when the stored version is not the service's
     */
    void save(PeerService service);

    /**
     * The member's services newest first (date of service, then ID, both descending), at most {@code limit}, after
     * {@code after} when given: a keyset page.
     */
    List<PeerService> findByMember(MemberId member, int limit, @Nullable ServiceKey after);

    /** The peer's services dated on or after {@code from}, newest first, at most {@code limit} (the work queue). */
    List<PeerService> findByPeer(StaffId peer, java.time.LocalDate from, int limit);
}
