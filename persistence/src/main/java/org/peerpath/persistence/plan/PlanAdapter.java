package org.peerpath.persistence.plan;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.plan.port.out.PlanRepository;
import org.peerpath.application.plan.port.out.PlanStep;
import org.peerpath.application.plan.port.out.ProgressRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.goal.GoalId;
import org.peerpath.goal.GoalStatus;
import org.peerpath.goal.ProgressEntry;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.shared.VersionedSave;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.PlanOfCareId;
import org.peerpath.plan.PlanStatus;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans of Care in PostgreSQL: one row per version, its state in columns that the lifecycle's types fill or leave
 * empty, mapped through {@link PlanJpaMapper}'s snapshots (POC-4). History steps and goal progress are append-only
 * rows, written with plain SQL.
 */
@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class PlanAdapter implements PlanRepository, ProgressRepository {

    private static final String RECORD = "plan of care";

    private final PlanOfCareJpaRepository jpa;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final PlanJpaMapper mapper;

    PlanAdapter(PlanOfCareJpaRepository jpa, EntityManager entityManager, JdbcClient jdbc, PlanJpaMapper mapper) {
        this.jpa = jpa;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @Override
    public Optional<PlanOfCare> findById(PlanOfCareId id) {
        return jpa.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public List<PlanOfCare> plansOf(MemberId member) {
        return jpa.findByMemberIdOrderByVersionNumber(member.value()).stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public List<PlanOfCare> awaitingSignOff() {
        return jpa.findByStatus(PlanStatus.SIGNED).stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public void insert(PlanOfCare plan, PlanStep step) {
        if (jpa.existsById(plan.id().value())) {
            throw new ConcurrentChangeException(RECORD);
        }
        PlanOfCareJpaEntity entity = new PlanOfCareJpaEntity(plan.id().value());
        mapper.fill(mapper.toSnapshot(plan), entity);
        VersionedSave.persistOrFlush(entityManager, entity, true, RECORD, PlanAdapter::anotherOpenVersion);
        addStep(step);
    }

    @Override
    public void update(PlanOfCare plan, PlanStep step) {
        PlanOfCareJpaEntity entity =
                jpa.findById(plan.id().value()).orElseThrow(() -> new ConcurrentChangeException(RECORD));
        if (entity.getVersion() != plan.version()) {
            throw new ConcurrentChangeException(RECORD);
        }
        mapper.fill(mapper.toSnapshot(plan), entity);
        // Every step raises the version, also one that leaves the columns as they were.
        entityManager.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        VersionedSave.persistOrFlush(entityManager, entity, false, RECORD, PlanAdapter::anotherOpenVersion);
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

    // Another open version of the member was stored meanwhile (POC-4: one at a time).
    private static @Nullable RuntimeException anotherOpenVersion(ConstraintViolationException violation) {
        return "plan_of_care_one_open_version".equals(violation.getConstraintName())
                ? new ConcurrentChangeException(RECORD)
                : null;
    }
}
