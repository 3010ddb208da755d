package org.peerpath.persistence.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerpath.application.workforce.port.in.StaffRecord;
import org.peerpath.application.workforce.port.out.StaffRecordRepository;
import org.peerpath.application.workforce.port.out.StaffingRecordRepository;
import org.peerpath.application.workforce.port.out.WorkforceRecords;
import org.peerpath.county.PeerDesignation;
import org.peerpath.persistence.PersistenceIT;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.beans.factory.annotation.Autowired;

/** County designations and skills reviews on PostgreSQL (CTY-3, CTY-4), as the claim check's read port answers them. */
class StaffingRecordAdapterIT extends PersistenceIT {

    @Autowired
    StaffingRecordRepository staffing;

    @Autowired
    StaffRecordRepository records;

    @Autowired
    WorkforceRecords workforceRecords;

    @Test
    void cty3_designations_are_kept_and_the_read_port_answers_them() {
        StaffId peer = newStaff(Role.PEER);
        StaffId admin = newStaff(Role.ADMIN);
        assertThat(workforceRecords.designationsOf(peer)).isEmpty();

        staffing.addDesignation(
                new PeerDesignation(peer, 80, true, 24, LocalDate.of(2026, 5, 1)), admin, Instant.now());

        assertThat(workforceRecords.designationsOf(peer))
                .containsExactly(new PeerDesignation(peer, 80, true, 24, LocalDate.of(2026, 5, 1)));
        assertThat(workforceRecords.designationsOf(newStaff(Role.PEER))).isEmpty();
    }

    @Test
    void cty4_reviews_are_kept_once_a_day_and_read_with_the_start_date_as_the_assessment_due() {
        StaffId peer = newStaff(Role.PEER);
        StaffId admin = newStaff(Role.ADMIN);
        assertThat(workforceRecords.skillsReviewsOf(peer)).isEmpty();

        staffing.addSkillsReview(peer, LocalDate.of(2026, 2, 1), admin, Instant.now());
        assertThat(workforceRecords.skillsReviewsOf(peer).orElseThrow().hiredOn())
                .isEqualTo(LocalDate.of(2026, 2, 1));
        assertThatThrownBy(() -> staffing.addSkillsReview(peer, LocalDate.of(2026, 2, 1), admin, Instant.now()))
                .isInstanceOf(RuntimeException.class);

        records.save(peer, new StaffRecord(null, null, LocalDate.of(2025, 9, 1), null), 0);
        assertThat(workforceRecords.skillsReviewsOf(peer)).hasValueSatisfying(reviews -> {
            assertThat(reviews.hiredOn()).isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(reviews.nextDueOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        });
    }
}
