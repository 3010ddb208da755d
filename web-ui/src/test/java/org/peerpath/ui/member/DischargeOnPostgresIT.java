package org.peerpath.ui.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.enrollment.port.in.EnrollInDeliverySystemCommand;
import org.peerpath.application.enrollment.port.in.EnrollInDeliverySystemUseCase;
import org.peerpath.application.enrollment.port.in.EnrollmentQueries;
import org.peerpath.application.enrollment.port.in.EnrollmentSummary;
import org.peerpath.application.enrollment.port.in.MemberEnrollments;
import org.peerpath.application.member.port.in.DischargeMemberCommand;
import org.peerpath.application.member.port.in.DischargeMemberUseCase;
import org.peerpath.application.member.port.in.EnrollMemberCommand;
import org.peerpath.application.member.port.in.EnrollMemberUseCase;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.ReadmitMemberCommand;
import org.peerpath.application.member.port.in.ReadmitMemberUseCase;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.member.MemberId;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * SVC-7 through the application on PostgreSQL: a discharge ends the member's open delivery-system enrollments on the
 * discharge date in storage, each end audited; a readmission reopens none of them, and front desk enrolls the member
 * again, dated.
 */
@SpringBootTest
@WithUserDetails("desk.frankie")
class DischargeOnPostgresIT {

    @Autowired
    EnrollMemberUseCase enroll;

    @Autowired
    DischargeMemberUseCase discharge;

    @Autowired
    ReadmitMemberUseCase readmit;

    @Autowired
    EnrollInDeliverySystemUseCase enrollIn;

    @Autowired
    EnrollmentQueries enrollments;

    @Autowired
    MemberQueries members;

    @Autowired
    AuditTrail audit;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    Clock clock;

    @Test
    void svc7_a_discharge_ends_the_open_enrollments_in_storage_and_a_readmission_does_not_reopen_them() {
        Actor desk = currentUser.actor();
        LocalDate today = Clocks.today(clock);
        MemberId member = enroll.enroll(new EnrollMemberCommand(
                desk,
                "Stored",
                "Dischargefield",
                LocalDate.of(1987, 6, 7),
                "%08dE"
                        .formatted(
                                java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)),
                County.YOLO,
                Set.of(DeliverySystem.SMHS, DeliverySystem.DMC_ODS),
                "English"));

        discharge.discharge(new DischargeMemberCommand(desk, member, today, "Moved away", version(member)));

        MemberEnrollments ended = enrollments.enrollments(desk, member).orElseThrow();
        assertThat(ended.enrollments())
                .extracting(EnrollmentSummary::deliverySystem, EnrollmentSummary::endsOn)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(DeliverySystem.SMHS, today),
                        org.assertj.core.groups.Tuple.tuple(DeliverySystem.DMC_ODS, today));
        assertThat(ended.inForceOn(today.plusDays(1))).isEmpty();
        assertThat(audit.forMember(member, 20))
                .filteredOn(e -> e.action() == AuditAction.DELIVERY_SYSTEM_ENROLLMENT_ENDED)
                .extracting(AuditEvent::detail)
                .containsExactlyInAnyOrder(
                        "SMHS ends " + today + " (discharge)", "DMC_ODS ends " + today + " (discharge)");
        assertThat(audit.forMember(member, 20)).extracting(AuditEvent::action).contains(AuditAction.MEMBER_DISCHARGED);

        readmit.readmit(new ReadmitMemberCommand(desk, member, version(member)));
        assertThat(enrollments.enrollments(desk, member).orElseThrow().enrollments())
                .allSatisfy(e -> assertThat(e.isOpen()).isFalse());

        enrollIn.enroll(new EnrollInDeliverySystemCommand(
                desk, member, DeliverySystem.SMHS, today.plusDays(1), version(member)));
        assertThat(enrollments.enrollments(desk, member).orElseThrow().inForceOn(today.plusDays(1)))
                .containsExactly(DeliverySystem.SMHS);
    }

    private long version(MemberId member) {
        return members.member(currentUser.actor(), member).orElseThrow().version();
    }
}
