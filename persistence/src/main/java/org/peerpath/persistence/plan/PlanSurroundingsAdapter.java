package org.peerpath.persistence.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.peerpath.application.plan.port.out.PlanServiceLinks;
import org.peerpath.application.plan.port.out.PlanTemplateRepository;
import org.peerpath.application.plan.port.out.SupervisedMembers;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.member.MemberId;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Plan of Care feature reads around its plans, in plain SQL: the county's narrative template with its history
 * (POC-6), the members of one supervisor's peers (the supervisor's home), and whether a service is the member's
 * (POC-1, GOAL-2).
 */
@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class PlanSurroundingsAdapter implements PlanTemplateRepository, SupervisedMembers, PlanServiceLinks {

    private final JdbcClient jdbc;

    PlanSurroundingsAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StoredTemplate> find() {
        return jdbc.sql("""
                        select version, text, changed_by, changed_at from plan_template
                        order by version desc limit 1""")
                .query((rs, row) -> new StoredTemplate(
                        rs.getString("text"),
                        rs.getLong("version"),
                        new StaffId(rs.getObject("changed_by", UUID.class)),
                        rs.getTimestamp("changed_at").toInstant()))
                .optional();
    }

    @Override
    public void save(String text, long seenVersion, StaffId by, Instant at) {
        int inserted = jdbc.sql("""
                        insert into plan_template (version, text, changed_by, changed_at)
                        select ?, ?, ?, ?
                        where coalesce((select max(version) from plan_template), -1) = ?
                        on conflict (version) do nothing""")
                .params(seenVersion + 1, text, by.value(), Timestamp.from(at), seenVersion)
                .update();
        if (inserted == 0) {
            throw new ConcurrentChangeException("plan template");
        }
    }

    @Override
    public List<SupervisedMember> membersOfPeersSupervisedBy(StaffId supervisor, LocalDate on) {
        return jdbc.sql("""
                        select distinct m.id, m.given_name, m.family_name, m.primary_peer_id, s.display_name,
                               lower(m.family_name) as f, lower(m.given_name) as g
                        from member m
                        join supervision_assignment a on a.peer_id = m.primary_peer_id
                        left join staff_account s on s.id = m.primary_peer_id
                        where a.supervisor_id = ? and a.starts_on <= ? and (a.ends_on is null or a.ends_on >= ?)
                          and m.discharged_on is null
                        order by f, g, m.id""")
                .params(supervisor.value(), on, on)
                .query((rs, row) -> new SupervisedMember(
                        new MemberId(rs.getObject("id", UUID.class)),
                        rs.getString("given_name") + " " + rs.getString("family_name"),
                        new StaffId(rs.getObject("primary_peer_id", UUID.class)),
                        rs.getString("display_name")))
                .list();
    }

    @Override
    public boolean isServiceOf(MemberId member, ServiceId service) {
        return jdbc.sql("select exists (select 1 from peer_service where id = ? and member_id = ?)")
                .params(service.value(), member.value())
                .query(Boolean.class)
                .single();
    }
}
