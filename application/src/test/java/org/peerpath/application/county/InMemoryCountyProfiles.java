package org.peerpath.application.county;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.county.CountyPolicyProfile;

/** The in-memory fake of the county profile port, held to the same contract as the PostgreSQL adapter. */
public final class InMemoryCountyProfiles implements CountyProfileRepository {

    private @Nullable CountyPolicyProfile stored;

    @Override
    public Optional<CountyPolicyProfile> find() {
        return Optional.ofNullable(stored);
    }

    @Override
    public void save(CountyPolicyProfile profile) {
        CountyPolicyProfile current = stored;
        if (current == null ? profile.version() != 0 : current.version() != profile.version()) {
            throw new ConcurrentChangeException("county profile");
        }
        stored = CountyPolicyProfile.restore(
                profile.county(),
                profile.optIns(),
                profile.approvedRates(),
                profile.settings(),
                current == null ? 0 : current.version() + 1);
    }
}
