package org.peerpath.persistence.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.credential.CredentialType;
import org.peerpath.shared.DeliverySystem;

/** One recommendation of a member's history (DIR-3). */
@Embeddable
public class RecommendationRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_system", nullable = false, length = 8)
    private DeliverySystem deliverySystem;

    @Column(name = "recommended_by", nullable = false)
    private UUID recommendedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommender_type", nullable = false, length = 48)
    private CredentialType recommenderType;

    @Column(name = "recommended_on", nullable = false)
    private LocalDate recommendedOn;

    @Column(name = "ends_on")
    private @Nullable LocalDate endsOn;

    protected RecommendationRow() {}

    RecommendationRow(
            DeliverySystem deliverySystem,
            UUID recommendedBy,
            CredentialType recommenderType,
            LocalDate recommendedOn,
            @Nullable LocalDate endsOn) {
        this.deliverySystem = deliverySystem;
        this.recommendedBy = recommendedBy;
        this.recommenderType = recommenderType;
        this.recommendedOn = recommendedOn;
        this.endsOn = endsOn;
    }

    DeliverySystem deliverySystem() {
        return deliverySystem;
    }

    UUID recommendedBy() {
        return recommendedBy;
    }

    CredentialType recommenderType() {
        return recommenderType;
    }

    LocalDate recommendedOn() {
        return recommendedOn;
    }

    @Nullable
    LocalDate endsOn() {
        return endsOn;
    }
}
