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

    @Column(name = "recommended_by")
    private @Nullable UUID recommendedBy;

    /** DIR-3: a professional outside the program, by name and license number; then {@code recommendedBy} is null. */
    @Column(name = "outside_name", length = 160)
    private @Nullable String outsideName;

    @Column(name = "outside_license", length = 40)
    private @Nullable String outsideLicense;

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
            @Nullable UUID recommendedBy,
            @Nullable String outsideName,
            @Nullable String outsideLicense,
            CredentialType recommenderType,
            LocalDate recommendedOn,
            @Nullable LocalDate endsOn) {
        this.deliverySystem = deliverySystem;
        this.recommendedBy = recommendedBy;
        this.outsideName = outsideName;
        this.outsideLicense = outsideLicense;
        this.recommenderType = recommenderType;
        this.recommendedOn = recommendedOn;
        this.endsOn = endsOn;
    }

    DeliverySystem deliverySystem() {
        return deliverySystem;
    }

    @Nullable
    UUID recommendedBy() {
        return recommendedBy;
    }

    @Nullable
    String outsideName() {
        return outsideName;
    }

    @Nullable
    String outsideLicense() {
        return outsideLicense;
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
