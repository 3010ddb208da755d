package org.peerpath.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.PersistenceIT;
import org.peerpath.shared.StaffId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditTrailAdapterIT extends PersistenceIT {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void audit_events_of_a_member_read_back_newest_first() {
        MemberId member = MemberId.newId();
        StaffId actor = StaffId.newId();
        Instant at = Instant.parse("2026-11-25T10:15:30Z");
        audit.record(new AuditEvent(at, actor, "peer.a", AuditAction.MEMBER_VIEWED, member, "member page"));
        audit.record(new AuditEvent(
                at.plus(1, ChronoUnit.MINUTES), actor, "peer.a", AuditAction.MEMBER_LISTED, member, "list"));

        assertThat(audit.forMember(member, 10))
                .extracting(AuditEvent::action, AuditEvent::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.MEMBER_LISTED, at.plus(1, ChronoUnit.MINUTES)),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.MEMBER_VIEWED, at));
    }

    @Test
    void conf4_a_page_of_listed_members_is_audited_in_one_batch() {
        StaffId actor = StaffId.newId();
        Instant at = Instant.parse("2026-11-25T11:00:00Z");
        List<MemberId> members = List.of(MemberId.newId(), MemberId.newId(), MemberId.newId());

        audit.recordAll(members.stream()
                .map(member -> new AuditEvent(at, actor, "peer.b", AuditAction.MEMBER_LISTED, member, "list"))
                .toList());
        audit.recordAll(List.of());

        assertThat(members).allSatisfy(member -> assertThat(audit.forMember(member, 5))
                .singleElement()
                .extracting(AuditEvent::action, AuditEvent::actor)
                .containsExactly(AuditAction.MEMBER_LISTED, actor));
    }

    @Test
    void the_database_refuses_to_change_or_delete_audit_events() {
        audit.record(
                new AuditEvent(Instant.now(), StaffId.newId(), "x", AuditAction.MEMBER_VIEWED, MemberId.newId(), "d"));

        // The app's role has no right to (C.8); the append-only trigger is the second line (AuditAppRoleIT).
        assertThatThrownBy(() ->
                        jdbc.sql("update audit_event set detail = 'changed'").update())
                .rootCause()
                .hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .rootCause()
                .hasMessageContaining("permission denied for table audit_event");
    }
}
