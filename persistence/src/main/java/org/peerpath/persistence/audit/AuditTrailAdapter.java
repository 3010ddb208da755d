package org.peerpath.persistence.audit;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.peerpath.application.audit.AuditAction;
import org.peerpath.application.audit.AuditEvent;
import org.peerpath.application.audit.AuditTrail;
import org.peerpath.member.MemberId;
import org.peerpath.shared.StaffId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends to {@code audit_event}; a trigger refuses every update and delete (CONF-4). */
@Component
class AuditTrailAdapter implements AuditTrail {

    private final JdbcClient jdbc;

    AuditTrailAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEvent event) {
        jdbc.sql("""
                insert into audit_event (at, actor_id, actor_name, action, member_id, detail)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(
                        Timestamp.from(event.at()),
                        event.actor().value(),
                        event.actorName(),
                        event.action().name(),
                        event.member() == null ? null : event.member().value(),
                        event.detail())
                .update();
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
