package org.peerpath.ui.member.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.claim.port.in.CheckServiceCommand;
import org.peerpath.application.claim.port.in.ClaimCheckQuery;
import org.peerpath.application.claim.port.in.ServiceInput;
import org.peerpath.application.enrollment.port.in.EndEnrollmentCommand;
import org.peerpath.application.enrollment.port.in.EndEnrollmentUseCase;
import org.peerpath.application.member.port.in.EnrollMemberCommand;
import org.peerpath.application.member.port.in.EnrollMemberUseCase;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.claim.Severity;
import org.peerpath.member.MemberId;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceComponent;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * CHECK-1, D.5 through the application on PostgreSQL: everything the check reads comes from stored records, so ending
 * a member's enrollment in storage changes the answer for a later service and leaves an earlier one as it was (SVC-7).
 */
@SpringBootTest
class ClaimCheckOnPostgresIT {

    @Autowired
    EnrollMemberUseCase enroll;

    @Autowired
    EndEnrollmentUseCase endEnrollment;

    @Autowired
    MemberQueries members;

    @Autowired
    ClaimCheckQuery claimCheck;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    Clock clock;

    private static ServiceInput service(MemberId member, LocalDate on) {
        return new ServiceInput(
                member,
                on,
                null,
                null,
                45,
                null,
                null,
                Set.of(ServiceComponent.ENGAGEMENT),
                Modality.IN_PERSON,
                PlaceOfService.OFFICE,
                false,
                true,
                null,
                null,
                DeliverySystem.SMHS,
                null,
                false);
    }

    private Set<String> blocks(Actor actor, MemberId member, LocalDate on) {
        return claimCheck
                .check(new CheckServiceCommand(actor, service(member, on)))
                .readiness()
                .ruleIds(Severity.BLOCK);
    }

    @Test
    @WithUserDetails("admin.gale")
    void svc7_an_enrollment_ended_in_storage_blocks_a_later_service_and_not_an_earlier_one() {
        Actor admin = currentUser.actor();
        LocalDate today = Clocks.today(clock);
        MemberId member = enroll.enroll(new EnrollMemberCommand(
                admin,
                "Storedfact",
                "Checkmember",
                LocalDate.of(1991, 2, 3),
                "9" + String.format("%07d", (int) (System.nanoTime() % 10_000_000)) + "Q",
                County.YOLO,
                Set.of(DeliverySystem.SMHS, DeliverySystem.DMC_ODS),
                "English"));
        LocalDate earlier = today.plusDays(2);
        LocalDate later = today.plusDays(9);
        assertThat(blocks(admin, member, later)).doesNotContain("SVC-7");

        long version = members.member(admin, member).orElseThrow().version();
        endEnrollment.end(new EndEnrollmentCommand(admin, member, DeliverySystem.SMHS, today.plusDays(5), version));

        assertThat(blocks(admin, member, earlier)).doesNotContain("SVC-7");
        assertThat(blocks(admin, member, later)).contains("SVC-7");
    }
}
