package org.peerpath.persistence.workforce;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.peerpath.application.workforce.port.out.StaffingRecordRepository;
import org.peerpath.county.PeerDesignation;
import org.peerpath.shared.StaffId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A peer's county designations and skills reviews in PostgreSQL (CTY-3, CTY-4); append-only rows, plain SQL. */
@Component
@Transactional
class StaffingRecordAdapter implements StaffingRecordRepository {

    private final JdbcClient jdbc;

    StaffingRecordAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PeerDesignation> designationsOf(StaffId peer) {
        return jdbc.sql("""
                        select training_hours, high_school_or_higher, months_in_recovery, designated_on
                          from peer_designation where peer_id = ? order by designated_on, recorded_at""")
                .param(peer.value())
                .query((rs, n) -> new PeerDesignation(
                        peer,
                        rs.getInt("training_hours"),
                        rs.getBoolean("high_school_or_higher"),
                        rs.getInt("months_in_recovery"),
                        rs.getObject("designated_on", LocalDate.class)))
                .list();
    }

    @Override
    public void addDesignation(PeerDesignation d, StaffId recordedBy, Instant recordedAt) {
        jdbc.sql("""
                        insert into peer_designation (id, peer_id, training_hours, high_school_or_higher,
                                                      months_in_recovery, designated_on, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        d.peer().value(),
                        d.trainingHours(),
                        d.highSchoolOrHigher(),
                        d.monthsInRecoverySelfAttested(),
                        d.designatedOn(),
                        recordedBy.value(),
                        Timestamp.from(recordedAt))
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LocalDate> skillsReviewsOf(StaffId peer) {
        return jdbc.sql("select reviewed_on from skills_review where peer_id = ? order by reviewed_on")
                .param(peer.value())
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .list();
    }

    @Override
    public void addSkillsReview(StaffId peer, LocalDate reviewedOn, StaffId recordedBy, Instant recordedAt) {
        jdbc.sql("""
                        insert into skills_review (id, peer_id, reviewed_on, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), peer.value(), reviewedOn, recordedBy.value(), Timestamp.from(recordedAt))
                .update();
    }
}
