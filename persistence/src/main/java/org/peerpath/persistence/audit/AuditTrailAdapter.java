package org.peerpath.persistence.audit;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.member.MemberId;
import org.peerpath.shared.StaffId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends to {@code audit_event}; a trigger refuses every update and delete (CONF-4). */
@Component
class AuditTrailAdapter implements AuditTrail {

    private static final String INSERT = """
            insert into audit_event (at, actor_id, actor_name, action, member_id, detail)
            values (?, ?, ?, ?, ?, ?)
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AuditTrailAdapter(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public void record(AuditEvent event) {
        jdbc.sql(INSERT).params(columns(event)).update();
    }

    @Override
    public void recordAll(List<AuditEvent> events) {
        if (!events.isEmpty()) {
            batch.batchUpdate(
                    INSERT, events.stream().map(AuditTrailAdapter::columns).toList());
        }
    }

    private static Object[] columns(AuditEvent event) {
        return new Object[] {
            Timestamp.from(event.at()),
            event.actor().value(),
            event.actorName(),
            event.action().name(),
            event.member() == null ? null : event.member().value(),
            event.detail()
        };
    }

    @Override
    public List<AuditEvent> forMember(MemberId member, int limit) {
        return jdbc.sql("""
                select at, actor_id, actor_name, action, member_id, detail
                  from audit_event where member_id = ? order by at desc, id desc limit ?
                """)
                .params(member.value(), limit)
                .query((rs, rowNum) -> new AuditEvent(
                        rs.getTimestamp("at").toInstant(),
                        new StaffId(rs.getObject("actor_id", UUID.class)),
                        rs.getString("actor_name"),
                        AuditAction.valueOf(rs.getString("action")),
                        new MemberId(rs.getObject("member_id", UUID.class)),
                        rs.getString("detail")))
                .list();
    }
}
