package org.peerpath.application.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.claim.port.in.ServiceInput;
import org.peerpath.application.collateral.port.out.CollateralRepository;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.plan.port.in.RecordProgressCommand;
import org.peerpath.application.plan.port.in.RecordProgressUseCase;
import org.peerpath.application.plan.port.out.PlanRecords;
import org.peerpath.application.service.port.in.GoalProgressInput;
import org.peerpath.application.service.port.in.RecordPeerServiceCommand;
import org.peerpath.application.service.port.in.RecordPeerServiceUseCase;
import org.peerpath.application.service.port.in.ServiceRefusedException;
import org.peerpath.application.service.port.out.PeerServiceRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.collateral.CollateralId;
import org.peerpath.goal.GoalId;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.service.PeerService;
import org.peerpath.shared.Role;
import org.peerpath.shared.ServiceId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
// a refusal of a member outside the care team is audited, and the audit must survive it (CONF-4)
@Transactional(noRollbackFor = MemberNotFoundException.class)
class RecordPeerServiceService implements RecordPeerServiceUseCase {

    private final MemberRepository members;
    private final CareTeamRule careTeam;
    private final PeerServiceRepository services;
    private final PlanRecords plans;
    private final CollateralRepository collaterals;
    private final RecordProgressUseCase progress;
    private final AuditTrail audit;
    private final Clock clock;

    RecordPeerServiceService(
            MemberRepository members,
            CareTeamRule careTeam,
            PeerServiceRepository services,
            PlanRecords plans,
            CollateralRepository collaterals,
            RecordProgressUseCase progress,
            AuditTrail audit,
            Clock clock) {
        this.members = members;
        this.careTeam = careTeam;
        this.services = services;
        this.plans = plans;
        this.collaterals = collaterals;
        this.progress = progress;
        this.audit = audit;
        this.clock = clock;
    }

    /** Only the peer records their own services, and only for members of their care team (MEM-3). */
    @Override
    @RolesAllowed(Role.PEER_ROLE)
    public ServiceId record(RecordPeerServiceCommand command) {
        Actor actor = command.actor();
        ServiceInput input = command.service();
        MemberId id = input.member();
        LocalDate today = Clocks.today(clock);
        Member member = members.findById(id).orElseThrow(() -> new MemberNotFoundException(id));
        if (!careTeam.accessTo(actor, id, member.primaryPeer().orElse(null), today)
                .seesClinicalRecords()) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, id, "record service: not on the care team");
            throw new MemberNotFoundException(id);
        }
        input.requireValid(today);
        // COL-2, SVC-6: only the member's own collaterals take part in the member's service
        for (CollateralId collateral : input.collaterals()) {
            boolean own = collaterals
                    .findById(collateral)
                    .filter(file -> file.collateral().member().equals(id))
                    .isPresent();
            if (!own) {
                throw ServiceRefusedException.collateralOfAnotherMember();
            }
        }
        // GOAL-3: the goals addressed are goals of the member's plans
        List<PlanOfCare> memberPlans = plans.plansOf(id);
        for (GoalId goal : input.goals()) {
            if (memberPlans.stream().noneMatch(p -> p.member().equals(id) && p.hasGoal(goal))) {
                throw ServiceRefusedException.goalOfNoPlan();
            }
        }
        GoalProgressInput entry = command.progress();
        if (entry != null && !input.goals().contains(entry.goal())) {
            throw ServiceRefusedException.progressForGoalNotAddressed();
        }
        // POC-4: linked to the member's plan version in force on the date of service; findings do not stop the save
        PeerService service = PeerService.record(input.toDraft(actor.id()), memberPlans);
        String note = command.note();
        if (note != null && !note.isBlank()) {
            service = service.writeNote(note, actor.id());
        }
        services.save(service);
        record(actor, AuditAction.SERVICE_RECORDED, id, "service on " + input.dateOfService());
        if (entry != null) {
            // GOAL-2 in the same step and transaction: a refused entry refuses the save, at its field
            progress.record(new RecordProgressCommand(
                    actor,
                    id,
                    entry.goal(),
                    input.dateOfService(),
                    entry.rating(),
                    entry.status(),
                    entry.note(),
                    null));
        }
        return service.id();
    }

    private void record(Actor actor, AuditAction action, MemberId member, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, member, detail));
    }
}
