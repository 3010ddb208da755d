package org.peerpath.ui.member.recommendation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.credential.CredentialType;
import org.peerpath.shared.DeliverySystem;

/** What the recommendation form holds while a person types. */
final class RecommendationFormData {

    private @Nullable DeliverySystem deliverySystem;
    private @Nullable StaffSummary recommendedBy;
    private @Nullable CredentialType recommenderType;
    private @Nullable LocalDate recommendedOn;
    private @Nullable LocalDate endsOn;

    @Nullable
    DeliverySystem getDeliverySystem() {
        return deliverySystem;
    }

    void setDeliverySystem(@Nullable DeliverySystem deliverySystem) {
        this.deliverySystem = deliverySystem;
    }

    @Nullable
    StaffSummary getRecommendedBy() {
        return recommendedBy;
    }

    void setRecommendedBy(@Nullable StaffSummary recommendedBy) {
        this.recommendedBy = recommendedBy;
    }

    @Nullable
    CredentialType getRecommenderType() {
        return recommenderType;
    }

    void setRecommenderType(@Nullable CredentialType recommenderType) {
        this.recommenderType = recommenderType;
    }

    @Nullable
    LocalDate getRecommendedOn() {
        return recommendedOn;
    }

    void setRecommendedOn(@Nullable LocalDate recommendedOn) {
        this.recommendedOn = recommendedOn;
    }

    @Nullable
    LocalDate getEndsOn() {
        return endsOn;
    }

    void setEndsOn(@Nullable LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
