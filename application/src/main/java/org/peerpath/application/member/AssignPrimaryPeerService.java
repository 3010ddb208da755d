package org.peerpath.application.member;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.member.port.in.AssignPrimaryPeerCommand;
import org.peerpath.application.member.port.in.AssignPrimaryPeerUseCase;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.member.port.in.NotAPeerException;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.member.Member;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class AssignPrimaryPeerService implements AssignPrimaryPeerUseCase {

    private final MemberRepository members;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    AssignPrimaryPeerService(MemberRepository members, StaffDirectory staff, AuditTrail audit, Clock clock) {
        this.members = members;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed({Role.STAFF_ROLE, Role.ADMIN_ROLE, Role.SUPERVISOR_ROLE})
    public void assign(AssignPrimaryPeerCommand command) {
        Member member =
                members.findById(command.member()).orElseThrow(() -> new MemberNotFoundException(command.member()));
        if (!staff.hasRole(command.peer(), Role.PEER)) {
            throw new NotAPeerException(command.peer());
        }
        members.save(member.assignPrimaryPeer(command.peer()));
        audit.record(new AuditEvent(
                clock.instant(),
                command.actor().id(),
                command.actor().username(),
                AuditAction.PRIMARY_PEER_ASSIGNED,
                member.id(),
                "primary peer " + command.peer()));
    }
}
