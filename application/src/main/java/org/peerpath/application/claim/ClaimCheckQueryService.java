package org.peerpath.application.claim;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.claim.port.in.CheckServiceCommand;
import org.peerpath.application.claim.port.in.ClaimCheckQuery;
import org.peerpath.application.claim.port.in.ClaimCheckResult;
import org.peerpath.application.claim.port.in.ServiceInput;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
// writes the audit trail; a refusal is audited and the audit must survive it (CONF-4)
@Transactional(noRollbackFor = MemberNotFoundException.class)
class ClaimCheckQueryService implements ClaimCheckQuery {

    private final MemberRepository members;
    private final CareTeamRule careTeam;
    private final ClaimFactsSource facts;
    private final AuditTrail audit;
    private final Clock clock;

    ClaimCheckQueryService(
            MemberRepository members, CareTeamRule careTeam, ClaimFactsSource facts, AuditTrail audit, Clock clock) {
        this.members = members;
        this.careTeam = careTeam;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public ClaimCheckResult check(CheckServiceCommand command) {
        Actor actor = command.actor();
        ServiceInput input = command.service();
        MemberId id = input.member();
        Member member = members.findById(id).orElseThrow(() -> new MemberNotFoundException(id));
        // MEM-3, CONF-2: services are clinical records, the care team's and admins' only
        if (!careTeam.accessTo(actor, id, member.primaryPeer().orElse(null), Clocks.today(clock))
                .seesClinicalRecords()) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, id, "claim check: not on the care team");
            throw new MemberNotFoundException(id);
        }
        ClaimCheckResult result = facts.check(input.toDraft(renderingPeer(actor, member)), null);
        // CONF-4: the form's live re-checks are not audited one by one; opening a saved service and saving are
        if (command.audited()) {
            record(
                    actor,
                    AuditAction.CLAIM_CHECKED,
                    id,
                    "claim check: " + result.findings().size() + " findings");
        }
        return result;
    }

    /** The peer who renders the service: the signed-in peer, or for their overseers and admins the primary peer. */
    static StaffId renderingPeer(Actor actor, Member member) {
        return actor.has(Role.PEER) ? actor.id() : member.primaryPeer().orElse(actor.id());
    }

    private void record(Actor actor, AuditAction action, MemberId member, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, member, detail));
    }
}
