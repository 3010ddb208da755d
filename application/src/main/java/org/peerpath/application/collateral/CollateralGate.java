package org.peerpath.application.collateral;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.collateral.port.in.CollateralNotFoundException;
import org.peerpath.application.collateral.port.in.CollateralRefusedException;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.MemberAccess;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.springframework.stereotype.Component;

/**
 * MEM-3, CONF-1: every collateral use case and query asks here what the actor may do with the member, through the one
 * care-team rule, and audits the refusals (CONF-4).
 */
@Component
class CollateralGate {

    private final MemberRepository members;
    private final CareTeamRule careTeam;
    private final AuditTrail audit;
    private final Clock clock;

    CollateralGate(MemberRepository members, CareTeamRule careTeam, AuditTrail audit, Clock clock) {
        this.members = members;
        this.careTeam = careTeam;
        this.audit = audit;
        this.clock = clock;
    }

    /** The member and what the actor may see of them; a member they may not see is "not found" (MEM-3). */
    Admitted admit(Actor actor, MemberId memberId, String what) {
        Member member = members.findById(memberId).orElseThrow(CollateralNotFoundException::new);
        MemberAccess access =
                careTeam.accessTo(actor, memberId, member.primaryPeer().orElse(null), today());
        if (!access.seesDemographics()) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, memberId, what + ": not on the care team");
            throw new CollateralNotFoundException();
        }
        return new Admitted(member, access);
    }

    /** CONF-1: authorizations and Part 2 consents are the care team's and admins', never front desk's. */
    Admitted admitCareTeam(Actor actor, MemberId memberId, String what, String field) {
        Admitted admitted = admit(actor, memberId, what);
        if (!admitted.access().seesClinicalRecords()) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, memberId, what + ": care team only");
            throw new CollateralRefusedException(CollateralRefusedException.CARE_TEAM_ONLY, field);
        }
        return admitted;
    }

    void record(Actor actor, AuditAction action, @Nullable MemberId member, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, member, detail));
    }

    LocalDate today() {
        return Clocks.today(clock);
    }

    Clock clock() {
        return clock;
    }

    record Admitted(Member member, MemberAccess access) {

        /**
         * CONF-3: a member ever enrolled in DMC or DMC-ODS, whose records fall under 42 CFR Part 2; an ended enrollment
         * (SVC-7) does not lift the protection of the records it left.
         */
        boolean part2() {
            return member.enrollments().stream()
                    .anyMatch(enrollment -> enrollment.deliverySystem().isSubstanceUse());
        }
    }
}
