package org.peerpath.application.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.service.port.out.PeerServiceRepository;
import org.peerpath.application.service.port.out.ServiceKey;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.member.MemberId;
import org.peerpath.service.PeerService;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;

/** The in-memory fake of the service store, held to {@link PeerServiceRepositoryContract}. */
public final class InMemoryPeerServices implements PeerServiceRepository {

    /** Newest first: date of service, then ID, both descending; IDs as PostgreSQL orders a uuid (unsigned bytes). */
    static final Comparator<PeerService> NEWEST_FIRST = Comparator.comparing(
                    (PeerService s) -> Objects.requireNonNull(s.asDraft().dateOfService()))
            .thenComparing(s -> s.id().value().toString())
            .reversed();

    private final Map<ServiceId, PeerService> services = new LinkedHashMap<>();

    @Override
    public Optional<PeerService> findById(ServiceId id) {
        return Optional.ofNullable(services.get(id));
    }

    @Override
    public void save(PeerService service) {
        PeerService stored = services.get(service.id());
        if (stored != null && stored.version() != service.version()) {
            throw new ConcurrentChangeException("service");
        }
        services.put(
                service.id(),
                PeerService.restore(
                        service.id(),
                        service.asDraft(),
                        service.planVersion().orElse(null),
                        service.status(),
                        service.note().orElse(null),
                        service.addenda(),
                        service.voidReason().orElse(null),
                        stored == null ? 0 : stored.version() + 1));
    }

    @Override
    public List<PeerService> findByMember(MemberId member, int limit, @Nullable ServiceKey after) {
        return services.values().stream()
                .filter(s -> s.asDraft().member().equals(member))
                .filter(s -> after == null || isAfter(s, after))
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
    }

    @Override
    public List<PeerService> findByPeer(StaffId peer, LocalDate from, int limit) {
        return services.values().stream()
                .filter(s -> s.asDraft().peer().equals(peer))
                .filter(s ->
                        !Objects.requireNonNull(s.asDraft().dateOfService()).isBefore(from))
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
    }

    private static boolean isAfter(PeerService s, ServiceKey key) {
        LocalDate date = Objects.requireNonNull(s.asDraft().dateOfService());
        int byDate = date.compareTo(key.dateOfService());
        return byDate < 0
                || (byDate == 0
                        && s.id().value().toString().compareTo(key.id().value().toString()) < 0);
    }
}
