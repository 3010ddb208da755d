package org.peerpath.application.recommendation.port.in;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.credential.CredentialType;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;

/**
 * DIR-3: {@code recommendedBy}, holding {@code recommenderType}, recommended peer services under a system; or, with
 * {@code outsideName} and {@code outsideLicense}, a professional outside the program did.
 */
public record RecordRecommendationCommand(
        Actor actor,
        MemberId member,
        @Nullable DeliverySystem deliverySystem,
        @Nullable StaffId recommendedBy,
        @Nullable CredentialType recommenderType,
        @Nullable LocalDate recommendedOn,
        @Nullable LocalDate endsOn,
        long seenVersion,
        boolean outside,
        @Nullable String outsideName,
        @Nullable String outsideLicense) {

    /** A recommendation by a staff account of the program. */
    public RecordRecommendationCommand(
            Actor actor,
            MemberId member,
            @Nullable DeliverySystem deliverySystem,
            @Nullable StaffId recommendedBy,
            @Nullable CredentialType recommenderType,
            @Nullable LocalDate recommendedOn,
            @Nullable LocalDate endsOn,
            long seenVersion) {
        this(
                actor,
                member,
                deliverySystem,
                recommendedBy,
                recommenderType,
                recommendedOn,
                endsOn,
                seenVersion,
                false,
                null,
                null);
    }

    public RecordRecommendationCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(member, "member");
    }
}
