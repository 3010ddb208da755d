package org.peerpath.application.claim.port.in;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.claim.ClaimReadiness;
import org.peerpath.claim.Finding;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.service.ServiceCode;

/**
 * CHECK-1: what the claim line of a service would carry (code, units, modifiers, place of service) and every finding,
 * each with its rule ID, severity, message key and arguments; the UI renders the text in the person's language.
 *
 * @param units null while the minutes are missing
 * @param placeOfService the CMS code, null while no place is chosen
 * @param openEpisodeLevel LOC-2: the level of the episode open on the date of service under the delivery system; the
 *     service is then combined with it, standalone when null
 */
public record ClaimCheckResult(
        ServiceCode code,
        @Nullable Integer units,
        List<String> modifiers,
        @Nullable String placeOfService,
        @Nullable LevelOfCare openEpisodeLevel,
        ClaimReadiness readiness) {

    public ClaimCheckResult {
        modifiers = List.copyOf(modifiers);
    }

    public boolean isReady() {
        return readiness.isReady();
    }

    public List<Finding> findings() {
        return readiness.findings();
    }

    public Optional<LevelOfCare> combinedWith() {
        return Optional.ofNullable(openEpisodeLevel);
    }
}
