package org.peerpath.levelofcare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.DeliverySystem;

/**
 * LOC-2: a service is combined when it is delivered alongside an episode open on the date of service under its
 * delivery system, standalone otherwise. Both are claimable.
 */
public record ServiceSetting(@Nullable Episode episode) {

    public static ServiceSetting on(LocalDate dateOfService, DeliverySystem deliverySystem, List<Episode> episodes) {
        return new ServiceSetting(episodes.stream()
                .filter(e -> e.deliverySystem() == deliverySystem && e.isOpenOn(dateOfService))
                .findFirst()
                .orElse(null));
    }

    public boolean isCombined() {
        return episode != null;
    }

    public Optional<LevelOfCare> level() {
        return Optional.ofNullable(episode).map(Episode::level);
    }
}
