package org.peerpath.persistence.plan;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.plan.port.out.PlanRepository;
import org.peerpath.application.plan.port.out.PlanStep;
import org.peerpath.application.plan.port.out.ProgressRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.goal.Goal;
import org.peerpath.goal.GoalId;
import org.peerpath.goal.GoalStatus;
import org.peerpath.goal.ProgressEntry;
import org.peerpath.member.MemberId;
import org.peerpath.plan.AmountDurationScope;
import org.peerpath.plan.Authorship;
import org.peerpath.plan.CompletePlan;
import org.peerpath.plan.Completion;
import org.peerpath.plan.DraftPlan;
import org.peerpath.plan.PlanContent;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.PlanOfCareId;
import org.peerpath.plan.PlanStatus;
import org.peerpath.plan.ReturnedPlan;
import org.peerpath.plan.SignOff;
import org.peerpath.plan.SignedPlan;
import org.peerpath.plan.SupersededPlan;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans of Care in PostgreSQL: one row per version, its state in columns that the lifecycle's types fill or leave
 * empty, rebuilt by a switch on the status through the types' validating constructors. Mapped by hand, as the episode
 * histories are: five record types of a sealed interface, each with its own fields, give MapStruct nothing to check
 * that this switch does not. History steps and goal progress are append-only rows, written with plain SQL.
 */
@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class PlanAdapter implements PlanRepository, ProgressRepository {

    private static final String RECORD = "plan of care";

    private final PlanOfCareJpaRepository jpa;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    PlanAdapter(PlanOfCareJpaRepository jpa, EntityManager entityManager, JdbcClient jdbc) {
        this.jpa = jpa;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PlanOfCare> findById(PlanOfCareId id) {
        return jpa.findById(id.value()).map(PlanAdapter::toPlan);
    }

    @Override
    public List<PlanOfCare> plansOf(MemberId member) {
        return jpa.findByMemberIdOrderByVersionNumber(member.value()).stream()
                .map(PlanAdapter::toPlan)
                .toList();
    }

    @Override
    public List<PlanOfCare> awaitingSignOff() {
        return jpa.findByStatus(PlanStatus.SIGNED).stream()
                .map(PlanAdapter::toPlan)
                .toList();
    }

    @Override
    public void insert(PlanOfCare plan, PlanStep step) {
        if (jpa.existsById(plan.id().value())) {
            throw new ConcurrentChangeException(RECORD);
        }
        PlanOfCareJpaEntity entity = new PlanOfCareJpaEntity(plan.id().value());
        fill(entity, plan);
        try {
            entityManager.persist(entity);
            entityManager.flush();
        } catch (ConstraintViolationException e) {
            // Another open version of the member was stored meanwhile (POC-4: one at a time).
            if ("plan_of_care_one_open_version".equals(e.getConstraintName())) {
                throw new ConcurrentChangeException(RECORD);
            }
            throw e;
        }
        addStep(step);
    }

    @Override
    public void update(PlanOfCare plan, PlanStep step) {
        PlanOfCareJpaEntity entity =
                jpa.findById(plan.id().value()).orElseThrow(() -> new ConcurrentChangeException(RECORD));
        if (entity.version != plan.version()) {
            throw new ConcurrentChangeException(RECORD);
        }
        fill(entity, plan);
        try {
            // Every step raises the version, also one that leaves the columns as they were.
            entityManager.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            // Another transaction saved this version between our read and this flush.
            throw new ConcurrentChangeException(RECORD);
        } catch (ConstraintViolationException e) {
            if ("plan_of_care_one_open_version".equals(e.getConstraintName())) {
                throw new ConcurrentChangeException(RECORD);
            }
            throw e;
        }
        addStep(step);
    }

    @Override
    public List<PlanStep> stepsOf(PlanOfCareId plan) {
        return jdbc.sql("select kind, by_id, at, comment from plan_step where plan_id = ? order by id")
                .param(plan.value())
                .query((rs, row) -> new PlanStep(
                        plan,
                        PlanStep.Kind.valueOf(rs.getString("kind")),
                        new StaffId(rs.getObject("by_id", UUID.class)),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("comment")))
                .list();
    }

    @Override
    public List<ProgressEntry> progressOf(MemberId member) {
        return jdbc.sql("""
                        select goal_id, on_date, rating, status, note, service_id from goal_progress
                        where member_id = ? order by on_date, id""")
                .param(member.value())
                .query((rs, row) -> {
                    UUID service = rs.getObject("service_id", UUID.class);
                    return new ProgressEntry(
                            new GoalId(rs.getObject("goal_id", UUID.class)),
                            rs.getObject("on_date", LocalDate.class),
                            rs.getInt("rating"),
                            GoalStatus.valueOf(rs.getString("status")),
                            rs.getString("note"),
                            service == null ? null : new ServiceId(service));
                })
                .list();
    }

    @Override
    public void add(MemberId member, ProgressEntry entry) {
        jdbc.sql("""
                        insert into goal_progress (member_id, goal_id, on_date, rating, status, note, service_id)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        member.value(),
                        entry.goal().value(),
                        entry.on(),
                        entry.rating(),
                        entry.status().name(),
                        entry.note(),
                        entry.service() == null ? null : entry.service().value())
                .update();
    }

    private void addStep(PlanStep step) {
        jdbc.sql("insert into plan_step (plan_id, kind, by_id, at, comment) values (?, ?, ?, ?, ?)")
                .params(
                        step.plan().value(),
                        step.kind().name(),
                        step.by().value(),
                        Timestamp.from(step.at()),
                        step.comment())
                .update();
    }

    private static void fill(PlanOfCareJpaEntity e, PlanOfCare plan) {
        PlanContent c = plan.content();
        e.lineage = c.lineage().value();
        e.versionNumber = c.versionNumber();
        e.memberId = c.member().value();
        e.peerId = c.peer().value();
        e.authorId = c.author().value();
        e.profession = c.authorship() instanceof Authorship.OnPeersBehalf onBehalf ? onBehalf.profession() : null;
        e.status = plan.status();
        e.narrative = c.narrative();
        AmountDurationScope ads = c.amountDurationScope();
        e.amount = ads == null ? null : ads.amount();
        e.duration = ads == null ? null : ads.duration();
        e.scope = ads == null ? null : ads.scope();
        e.treatmentPlanReference = c.treatmentPlanReference();
        e.developmentSession =
                c.developmentSession() == null ? null : c.developmentSession().value();
        e.goals.clear();
        c.goals()
                .forEach(g -> e.goals.add(
                        new GoalRow(g.id().value(), g.inMemberWords(), g.measure(), g.target(), g.targetDate())));
        @Nullable SignOff signed = null;
        @Nullable SignOff peerReview = null;
        @Nullable SignOff supervisorReview = null;
        @Nullable SignOff cosign = null;
        @Nullable SignOff returned = null;
        e.returnComment = null;
        e.supersededOn = null;
        switch (plan) {
            case DraftPlan draft -> {}
            case ReturnedPlan r -> {
                returned = r.returnedBy();
                e.returnComment = r.comment();
            }
            case SignedPlan s -> {
                signed = s.signed();
                peerReview = s.peerReview();
                supervisorReview = s.supervisorReview();
            }
            case CompletePlan complete -> {
                signed = complete.signed();
                switch (complete.completion()) {
                    case Completion.CoSigned co -> cosign = co.cosign();
                    case Completion.Reviewed both -> {
                        peerReview = both.peerReview();
                        supervisorReview = both.supervisorReview();
                    }
                }
            }
            case SupersededPlan superseded -> {
                CompletePlan complete = superseded.plan();
                signed = complete.signed();
                switch (complete.completion()) {
                    case Completion.CoSigned co -> cosign = co.cosign();
                    case Completion.Reviewed both -> {
                        peerReview = both.peerReview();
                        supervisorReview = both.supervisorReview();
                    }
                }
                e.supersededOn = superseded.supersededOn();
            }
        }
        e.signedBy = by(signed);
        e.signedOn = on(signed);
        e.peerReviewBy = by(peerReview);
        e.peerReviewOn = on(peerReview);
        e.supervisorReviewBy = by(supervisorReview);
        e.supervisorReviewOn = on(supervisorReview);
        e.cosignedBy = by(cosign);
        e.cosignedOn = on(cosign);
        e.returnedBy = by(returned);
        e.returnedOn = on(returned);
    }

    private static PlanOfCare toPlan(PlanOfCareJpaEntity e) {
        StaffId peer = new StaffId(e.peerId);
        Authorship authorship = e.profession == null
                ? new Authorship.ByPeer()
                : new Authorship.OnPeersBehalf(new StaffId(e.authorId), e.profession);
        PlanContent content = new PlanContent(
                new PlanOfCareId(e.id),
                new PlanOfCareId(e.lineage),
                e.versionNumber,
                new MemberId(e.memberId),
                peer,
                authorship,
                e.narrative,
                e.amount == null ? null : new AmountDurationScope(e.amount, e.duration, e.scope),
                e.goals.stream()
                        .map(g -> new Goal(new GoalId(g.goalId), g.inMemberWords, g.measure, g.target, g.targetDate))
                        .toList(),
                e.treatmentPlanReference,
                e.developmentSession == null ? null : new ServiceId(e.developmentSession),
                e.version);
        return switch (e.status) {
            case DRAFT -> new DraftPlan(content);
            case RETURNED -> new ReturnedPlan(content, signOff(e.returnedBy, e.returnedOn), e.returnComment);
            case SIGNED ->
                new SignedPlan(
                        content,
                        signOff(e.signedBy, e.signedOn),
                        optional(e.peerReviewBy, e.peerReviewOn),
                        optional(e.supervisorReviewBy, e.supervisorReviewOn));
            case COMPLETE -> complete(e, content);
            case SUPERSEDED -> new SupersededPlan(complete(e, content), e.supersededOn);
        };
    }

    private static CompletePlan complete(PlanOfCareJpaEntity e, PlanContent content) {
        Completion completion = e.cosignedOn != null
                ? new Completion.CoSigned(signOff(e.cosignedBy, e.cosignedOn))
                : new Completion.Reviewed(
                        signOff(e.peerReviewBy, e.peerReviewOn), signOff(e.supervisorReviewBy, e.supervisorReviewOn));
        return new CompletePlan(content, signOff(e.signedBy, e.signedOn), completion);
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
