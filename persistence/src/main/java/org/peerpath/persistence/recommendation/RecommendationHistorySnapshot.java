package org.peerpath.persistence.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.credential.CredentialType;
import org.peerpath.shared.DeliverySystem;

/**
 * A member's recommendations in plain values, one component per column, so that MapStruct checks the rows against it
 * property by property in both directions; the recommendations are rebuilt only by {@link
 * RecommendationJpaMapper#restore}.
 */
record RecommendationHistorySnapshot(UUID memberId, List<RecommendationSnapshot> recommendations, long version) {

    /**
     * DIR-3: who recommended under which delivery system from when: a staff account ({@code recommendedBy}) or a
     * professional outside the program (name and license number), exactly one.
     */
    record RecommendationSnapshot(
            DeliverySystem deliverySystem,
            @Nullable UUID recommendedBy,
            @Nullable String outsideName,
            @Nullable String outsideLicense,
            CredentialType recommenderType,
            LocalDate recommendedOn,
            @Nullable LocalDate endsOn) {}
}
