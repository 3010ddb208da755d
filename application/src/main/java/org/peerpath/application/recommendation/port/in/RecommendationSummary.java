package org.peerpath.application.recommendation.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.credential.CredentialType;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;

/** One recommendation (DIR-3), with the recommender's name; open while {@code endsOn} is null. */
public record RecommendationSummary(
        DeliverySystem deliverySystem,
        StaffId recommendedBy,
        String recommenderName,
        CredentialType recommenderType,
        LocalDate recommendedOn,
        @Nullable LocalDate endsOn) {}
