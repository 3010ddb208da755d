package org.peerpath.persistence.shared;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.collateral.CollateralId;
import org.peerpath.goal.GoalId;
import org.peerpath.member.MemberId;
import org.peerpath.plan.PlanOfCareId;
import org.peerpath.service.GroupSessionId;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;

/**
 * The domain's typed IDs to and from their UUID columns, for mappers that {@code use} this class; MapStruct picks the
 * method by the target's type, so a member's ID can never land in a staff column.
 */
public final class DomainIds {

    private DomainIds() {}

    public static @Nullable UUID value(@Nullable MemberId id) {
        return id == null ? null : id.value();
    }

    public static @Nullable UUID value(@Nullable StaffId id) {
        return id == null ? null : id.value();
    }

    public static @Nullable UUID value(@Nullable PlanOfCareId id) {
        return id == null ? null : id.value();
    }

    public static @Nullable UUID value(@Nullable ServiceId id) {
        return id == null ? null : id.value();
    }

    public static @Nullable UUID value(@Nullable GoalId id) {
        return id == null ? null : id.value();
    }

    public static @Nullable UUID value(@Nullable CollateralId id) {
        return id == null ? null : id.value();
    }

    public static @Nullable UUID value(@Nullable GroupSessionId id) {
        return id == null ? null : id.value();
    }

    public static @Nullable MemberId member(@Nullable UUID value) {
        return value == null ? null : new MemberId(value);
    }

    public static @Nullable StaffId staff(@Nullable UUID value) {
        return value == null ? null : new StaffId(value);
    }

    public static @Nullable PlanOfCareId plan(@Nullable UUID value) {
        return value == null ? null : new PlanOfCareId(value);
    }

    public static @Nullable ServiceId service(@Nullable UUID value) {
        return value == null ? null : new ServiceId(value);
    }

    public static @Nullable GoalId goal(@Nullable UUID value) {
        return value == null ? null : new GoalId(value);
    }

    public static @Nullable CollateralId collateral(@Nullable UUID value) {
        return value == null ? null : new CollateralId(value);
    }

    public static @Nullable GroupSessionId groupSession(@Nullable UUID value) {
        return value == null ? null : new GroupSessionId(value);
    }
}
