package org.peerpath.application.member;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.member.port.in.AssignPrimaryPeerCommand;
import org.peerpath.application.member.port.in.AssignPrimaryPeerUseCase;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.member.port.in.NotAPeerException;
import org.peerpath.application.member.port.in.PrimaryPeerRefusedException;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.member.Member;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
// The refusal of a member outside the care team is audited, and the audit must survive the refusal (CONF-4).
@Transactional(noRollbackFor = MemberNotFoundException.class)
class AssignPrimaryPeerService implements AssignPrimaryPeerUseCase {

    private final MemberRepository members;
    private final StaffDirectory staff;
    private final CareTeamRule careTeam;
    private final PrimaryPeerChoices choices;
    private final AuditTrail audit;
    private final Clock clock;

    AssignPrimaryPeerService(
            MemberRepository members,
            StaffDirectory staff,
            CareTeamRule careTeam,
            PrimaryPeerChoices choices,
            AuditTrail audit,
            Clock clock) {
        this.members = members;
        this.staff = staff;
        this.careTeam = careTeam;
        this.choices = choices;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed({Role.STAFF_ROLE, Role.ADMIN_ROLE, Role.SUPERVISOR_ROLE})
    public void assign(AssignPrimaryPeerCommand command) {
        LocalDate today = Clocks.today(clock);
        Member member =
                members.findById(command.member()).orElseThrow(() -> new MemberNotFoundException(command.member()));
        // MEM-3: a supervisor reassigns only members of the peers they supervise; nobody learns of any other member.
        if (!careTeam.accessTo(
                        command.actor(), member.id(), member.primaryPeer().orElse(null), today)
                .seesDemographics()) {
            audit(command, AuditAction.MEMBER_ACCESS_DENIED, member, "primary peer: not on the care team");
            throw new MemberNotFoundException(command.member());
        }
        if (member.version() != command.seenVersion()) {
            throw new ConcurrentChangeException("member");
        }
        if (!staff.hasRole(command.peer(), Role.PEER)) {
            throw new NotAPeerException(command.peer());
        }
        if (!choices.isEnabledPeer(command.peer())) {
            throw PrimaryPeerRefusedException.disabled();
        }
        if (choices.forActor(command.actor(), today).stream()
                .noneMatch(choice -> choice.id().equals(command.peer()))) {
            throw PrimaryPeerRefusedException.notOnYourTeam();
        }
        members.save(member.assignPrimaryPeer(command.peer()));
        audit(command, AuditAction.PRIMARY_PEER_ASSIGNED, member, "primary peer " + command.peer());
    }

    private void audit(AssignPrimaryPeerCommand command, AuditAction action, Member member, String detail) {
        audit.record(new AuditEvent(
                clock.instant(), command.actor().id(), command.actor().username(), action, member.id(), detail));
    }
}
