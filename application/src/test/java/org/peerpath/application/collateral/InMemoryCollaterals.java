package org.peerpath.application.collateral;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerpath.application.collateral.port.out.CollateralFile;
import org.peerpath.application.collateral.port.out.CollateralRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.collateral.Collateral;
import org.peerpath.collateral.CollateralId;
import org.peerpath.member.MemberId;

/** The in-memory collateral store for fast tests, held to {@link CollateralRepositoryContract}. */
public class InMemoryCollaterals implements CollateralRepository {

    private final Map<CollateralId, CollateralFile> files = new LinkedHashMap<>();

    @Override
    public Optional<CollateralFile> findById(CollateralId id) {
        return Optional.ofNullable(files.get(id));
    }

    @Override
    public List<CollateralFile> findByMember(MemberId member) {
        return files.values().stream()
                .filter(file -> file.collateral().member().equals(member))
                .sorted(Comparator.comparing((CollateralFile f) ->
                                f.collateral().name().family().toLowerCase())
                        .thenComparing(f -> f.collateral().name().given().toLowerCase()))
                .toList();
    }

    @Override
    public void save(CollateralFile file) {
        Collateral collateral = file.collateral();
        CollateralFile stored = files.get(collateral.id());
        if (stored != null && stored.version() != file.version()) {
            throw new ConcurrentChangeException("collateral");
        }
        long version = stored == null ? 0 : stored.version() + 1;
        files.put(
                collateral.id(),
                file.with(Collateral.restore(
                        collateral.id(),
                        collateral.member(),
                        collateral.name(),
                        collateral.relationship(),
                        collateral.contactDetails(),
                        collateral.language(),
                        version)));
    }
}
