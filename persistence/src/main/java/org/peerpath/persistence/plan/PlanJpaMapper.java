package org.peerpath.persistence.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ObjectFactory;
import org.mapstruct.ReportingPolicy;
import org.peerpath.goal.Goal;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.plan.PlanSnapshot.GoalSnapshot;
import org.peerpath.persistence.plan.PlanSnapshot.Lifecycle;
import org.peerpath.persistence.shared.DomainIds;
import org.peerpath.persistence.shared.MappingConfig;
import org.peerpath.plan.AmountDurationScope;
import org.peerpath.plan.Authorship;
import org.peerpath.plan.CompletePlan;
import org.peerpath.plan.Completion;
import org.peerpath.plan.DraftPlan;
import org.peerpath.plan.PlanContent;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.PlanOfCareId;
import org.peerpath.plan.ReturnedPlan;
import org.peerpath.plan.SignOff;
import org.peerpath.plan.SignedPlan;
import org.peerpath.plan.SupersededPlan;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;

/**
 * Plan rows to snapshots and back, and a plan's content and lifecycle to a snapshot, checked by MapStruct property by
 * property (POC-4); a plan is rebuilt only in {@link #restore}, by a switch on its status through the lifecycle's
 * validating types, and the lifecycle's columns are read from the plan only in {@link #lifecycleOf}, by a switch the
 * compiler checks covers every state.
 */
@Mapper(config = MappingConfig.class, uses = DomainIds.class)
interface PlanJpaMapper {

    // ---- rows and snapshots

    PlanSnapshot toSnapshot(PlanOfCareJpaEntity entity);

    GoalSnapshot toSnapshot(GoalRow row);

    // The key is set once when the row is created; the version is Hibernate's to raise.
    @BeanMapping(ignoreUnmappedSourceProperties = {"id", "version"})
    void fill(PlanSnapshot snapshot, @MappingTarget PlanOfCareJpaEntity entity);

    GoalRow toRow(GoalSnapshot snapshot);

    // ---- the plan to a snapshot

    default PlanSnapshot toSnapshot(PlanOfCare plan) {
        return toSnapshot(plan.content(), lifecycleOf(plan));
    }

    // Who wrote the plan and for whom is decided by its authorship and comes with the lifecycle's columns.
    @Mapping(target = "memberId", source = "content.member")
    @Mapping(target = "peerId", source = "content.peer")
    @Mapping(target = "amount", source = "content.amountDurationScope.amount")
    @Mapping(target = "duration", source = "content.amountDurationScope.duration")
    @Mapping(target = "scope", source = "content.amountDurationScope.scope")
    @BeanMapping(ignoreUnmappedSourceProperties = {"authorship", "amountDurationScope"})
    PlanSnapshot toSnapshot(PlanContent content, Lifecycle lifecycle);

    @Mapping(target = "goalId", source = "id")
    GoalSnapshot toSnapshot(Goal goal);

    default Lifecycle lifecycleOf(PlanOfCare plan) {
        PlanContent content = plan.content();
        @Nullable SignOff signed = null;
        @Nullable SignOff peerReview = null;
        @Nullable SignOff supervisorReview = null;
        @Nullable SignOff cosign = null;
        @Nullable SignOff returned = null;
        @Nullable String returnComment = null;
        @Nullable LocalDate supersededOn = null;
        CompletePlan complete =
                switch (plan) {
                    case DraftPlan draft -> null;
                    case ReturnedPlan r -> {
                        returned = r.returnedBy();
                        returnComment = r.comment();
                        yield null;
                    }
                    case SignedPlan s -> {
                        signed = s.signed();
                        peerReview = s.peerReview();
                        supervisorReview = s.supervisorReview();
                        yield null;
                    }
                    case CompletePlan c -> c;
                    case SupersededPlan superseded -> {
                        supersededOn = superseded.supersededOn();
                        yield superseded.plan();
                    }
                };
        if (complete != null) {
            signed = complete.signed();
            switch (complete.completion()) {
                case Completion.CoSigned co -> cosign = co.cosign();
                case Completion.Reviewed both -> {
                    peerReview = both.peerReview();
                    supervisorReview = both.supervisorReview();
                }
            }
        }
        return new Lifecycle(
                content.author().value(),
                content.authorship() instanceof Authorship.OnPeersBehalf onBehalf ? onBehalf.profession() : null,
                plan.status(),
                by(signed),
                on(signed),
                by(peerReview),
                on(peerReview),
                by(supervisorReview),
                on(supervisorReview),
                by(cosign),
                on(cosign),
                by(returned),
                on(returned),
                returnComment,
                supersededOn);
    }

    // ---- a snapshot to the plan

    // restore(..) reads every component; the plan's types have no setters to fill afterwards.
    @BeanMapping(ignoreByDefault = true, unmappedSourcePolicy = ReportingPolicy.IGNORE)
    PlanOfCare toPlan(PlanSnapshot snapshot);

    default PlanOfCare toDomain(PlanOfCareJpaEntity entity) {
        return toPlan(toSnapshot(entity));
    }

    List<Goal> toGoals(List<GoalSnapshot> snapshots);

    @Mapping(target = "id", source = "goalId")
    Goal toGoal(GoalSnapshot snapshot);

    @ObjectFactory
    default PlanOfCare restore(PlanSnapshot s) {
        StaffId peer = new StaffId(s.peerId());
        Authorship authorship = s.profession() == null
                ? new Authorship.ByPeer()
                : new Authorship.OnPeersBehalf(new StaffId(s.authorId()), s.profession());
        PlanContent content = new PlanContent(
                new PlanOfCareId(s.id()),
                new PlanOfCareId(s.lineage()),
                s.versionNumber(),
                new MemberId(s.memberId()),
                peer,
                authorship,
                s.narrative(),
                s.amount() == null ? null : new AmountDurationScope(s.amount(), s.duration(), s.scope()),
                toGoals(s.goals()),
                s.treatmentPlanReference(),
                s.developmentSession() == null ? null : new ServiceId(s.developmentSession()),
                s.version());
        return switch (s.status()) {
            case DRAFT -> new DraftPlan(content);
            case RETURNED -> new ReturnedPlan(content, signOff(s.returnedBy(), s.returnedOn()), s.returnComment());
            case SIGNED ->
                new SignedPlan(
                        content,
                        signOff(s.signedBy(), s.signedOn()),
                        optional(s.peerReviewBy(), s.peerReviewOn()),
                        optional(s.supervisorReviewBy(), s.supervisorReviewOn()));
            case COMPLETE -> complete(s, content);
            case SUPERSEDED -> new SupersededPlan(complete(s, content), s.supersededOn());
        };
    }

    private static CompletePlan complete(PlanSnapshot s, PlanContent content) {
        Completion completion = s.cosignedOn() != null
                ? new Completion.CoSigned(signOff(s.cosignedBy(), s.cosignedOn()))
                : new Completion.Reviewed(
                        signOff(s.peerReviewBy(), s.peerReviewOn()),
                        signOff(s.supervisorReviewBy(), s.supervisorReviewOn()));
        return new CompletePlan(content, signOff(s.signedBy(), s.signedOn()), completion);
    }

    private static SignOff signOff(@Nullable UUID by, @Nullable LocalDate on) {
        return new SignOff(new StaffId(Objects.requireNonNull(by, "by")), Objects.requireNonNull(on, "on"));
    }

    private static @Nullable SignOff optional(@Nullable UUID by, @Nullable LocalDate on) {
        return by == null || on == null ? null : new SignOff(new StaffId(by), on);
    }

    private static @Nullable UUID by(@Nullable SignOff signOff) {
        return signOff == null ? null : signOff.by().value();
    }

    private static @Nullable LocalDate on(@Nullable SignOff signOff) {
        return signOff == null ? null : signOff.on();
    }
}
