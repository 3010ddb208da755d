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

/** One recommendation of a member's history (DIR-3); written and read only through {@link RecommendationJpaMapper}. */
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

    public DeliverySystem getDeliverySystem() {
        return deliverySystem;
    }

    public void setDeliverySystem(DeliverySystem deliverySystem) {
        this.deliverySystem = deliverySystem;
    }

    public @Nullable UUID getRecommendedBy() {
        return recommendedBy;
    }

    public void setRecommendedBy(@Nullable UUID recommendedBy) {
        this.recommendedBy = recommendedBy;
    }

    public @Nullable String getOutsideName() {
        return outsideName;
    }

    public void setOutsideName(@Nullable String outsideName) {
        this.outsideName = outsideName;
    }

    public @Nullable String getOutsideLicense() {
        return outsideLicense;
    }

    public void setOutsideLicense(@Nullable String outsideLicense) {
        this.outsideLicense = outsideLicense;
    }

    public CredentialType getRecommenderType() {
        return recommenderType;
    }

    public void setRecommenderType(CredentialType recommenderType) {
        this.recommenderType = recommenderType;
    }

    public LocalDate getRecommendedOn() {
        return recommendedOn;
    }

    public void setRecommendedOn(LocalDate recommendedOn) {
        this.recommendedOn = recommendedOn;
    }

    public @Nullable LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(@Nullable LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
