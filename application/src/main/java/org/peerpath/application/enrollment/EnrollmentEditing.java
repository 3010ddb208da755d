package org.peerpath.application.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.springframework.stereotype.Component;

/**
 * The steps every enrollment change shares: the member is found and visible to the actor by the care-team rule
 * (MEM-3; a refusal is audited and reads as "not found"), the change is made over the version the person saw, saved
 * and audited (CONF-4).
 */
@Component
class EnrollmentEditing {

    private final MemberRepository members;
    private final CareTeamRule careTeam;
    private final AuditTrail audit;
    private final Clock clock;

    EnrollmentEditing(MemberRepository members, CareTeamRule careTeam, AuditTrail audit, Clock clock) {
        this.members = members;
        this.careTeam = careTeam;
        this.audit = audit;
        this.clock = clock;
    }

    void change(
            Actor actor,
            MemberId id,
            long seenVersion,
            UnaryOperator<Member> change,
            AuditAction action,
            String detail) {
        LocalDate today = Clocks.today(clock);
        Member member = members.findById(id).orElseThrow(() -> new MemberNotFoundException(id));
        if (!careTeam.accessTo(actor, id, member.primaryPeer().orElse(null), today)
                .seesDemographics()) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, id, "enrollments: not on the care team");
            throw new MemberNotFoundException(id);
        }
        // SVC-7: enrollment facts are front desk's and admins' to change, even when a view offers them to others.
        if (!actor.seesAllMembers()) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, id, "enrollments: only front desk or admins change them");
            throw new MemberNotFoundException(id);
        }
        if (member.version() != seenVersion) {
            throw new ConcurrentChangeException("member");
        }
        members.save(change.apply(member));
        record(actor, action, id, detail);
    }

    void record(Actor actor, AuditAction action, MemberId member, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, member, detail));
    }
}
