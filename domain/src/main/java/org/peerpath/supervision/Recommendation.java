package org.peerpath.supervision;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.credential.CredentialType;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Dates;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.StaffId;

/**
 * DIR-3: peer services recommended for a member under one delivery system, by a person holding {@code recommenderType}:
 * a staff account of the program ({@code recommendedBy}) or a professional outside it ({@code external}), exactly one.
 * Whether that credential type may recommend under the delivery system is reference data, judged by the claim check
 * ({@link org.peerpath.credential.CredentialReferenceData#mayRecommend}).
 */
public record Recommendation(
        MemberId member,
        DeliverySystem deliverySystem,
        @Nullable StaffId recommendedBy,
        @Nullable ExternalRecommender external,
        CredentialType recommenderType,
        LocalDate recommendedOn,
        @Nullable LocalDate endsOn) {

    /** A recommendation by a staff account of the program. */
    public Recommendation(
            MemberId member,
            DeliverySystem deliverySystem,
            StaffId recommendedBy,
            CredentialType recommenderType,
            LocalDate recommendedOn,
            @Nullable LocalDate endsOn) {
        this(member, deliverySystem, recommendedBy, null, recommenderType, recommendedOn, endsOn);
    }

    public Recommendation {
        Objects.requireNonNull(member, "member");
        if (deliverySystem == null) {
            throw new InvalidValueException(
                    Field.DELIVERY_SYSTEM, Message.DELIVERY_SYSTEM_CHOOSE_DELIVERY_SYSTEM_RECOMMENDATION);
        }
        if ((recommendedBy == null) == (external == null)) {
            throw new IllegalArgumentException("a recommendation is by a staff account or by an outside professional");
        }
        if (recommenderType == null) {
            throw new InvalidValueException(
                    Field.RECOMMENDER_TYPE, Message.RECOMMENDER_TYPE_CHOOSE_RECOMMENDING_PROFESSIONALS_CREDENTIAL);
        }
        Dates.required(Field.RECOMMENDED_ON, recommendedOn);
        if (endsOn != null && endsOn.isBefore(recommendedOn)) {
            throw new InvalidValueException(Field.ENDS_ON, Message.END_BEFORE_RECOMMENDATION);
        }
    }

    /** The recommendation as ended on {@code endsOn}; an end before its date is refused at the end (DIR-3). */
    public Recommendation endOn(@Nullable LocalDate endsOn) {
        return new Recommendation(
                member,
                deliverySystem,
                recommendedBy,
                external,
                recommenderType,
                recommendedOn,
                Dates.required(Field.ENDS_ON, endsOn));
    }

    /** Tells one recommendation of a member from another: system, day and who recommended. */
    public String key() {
        return deliverySystem + "|" + recommendedOn + "|"
                + (recommendedBy != null ? recommendedBy.value().toString() : external.key());
    }

    /** DIR-3: covers a service under {@code system} on {@code date}: dated on or before it and not ended. */
    public boolean covers(DeliverySystem system, LocalDate date) {
        return deliverySystem == system && !date.isBefore(recommendedOn) && (endsOn == null || !date.isAfter(endsOn));
    }
}
