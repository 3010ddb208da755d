package org.peerpath.application.recommendation.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.credential.CredentialType;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;

/**
 * One recommendation (DIR-3), with the recommender's name; open while {@code endsOn} is null. {@code recommendedBy} is
 * null for a professional outside the program, who has a {@code licenseNumber} instead. {@code key} names it to
 * {@link EndRecommendationCommand}.
 */
public record RecommendationSummary(
        DeliverySystem deliverySystem,
        @Nullable StaffId recommendedBy,
        String recommenderName,
        CredentialType recommenderType,
        LocalDate recommendedOn,
        @Nullable LocalDate endsOn,
        @Nullable String licenseNumber,
        String key) {

    public boolean outside() {
        return recommendedBy == null;
    }
}
