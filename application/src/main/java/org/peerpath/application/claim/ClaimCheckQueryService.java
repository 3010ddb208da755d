package org.peerpath.application.claim;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
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
import org.peerpath.claim.ClaimCheck;
import org.peerpath.claim.ClaimFacts;
import org.peerpath.claim.ClaimReadiness;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.levelofcare.ServiceSetting;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceCode;
import org.peerpath.service.ServiceDraft;
import org.peerpath.service.ServiceMinutes;
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
        StaffId peer = renderingPeer(actor, member);
        ClaimFacts claimFacts = facts.factsFor(id, peer);
        ServiceDraft draft = input.toDraft(peer);
        ClaimReadiness readiness = ClaimCheck.check(draft, claimFacts);
        // CONF-4: the form's live re-checks are not audited one by one; opening a saved service and saving are
        if (command.audited()) {
            record(
                    actor,
                    AuditAction.CLAIM_CHECKED,
                    id,
                    "claim check: " + readiness.findings().size() + " findings");
        }
        return result(draft, claimFacts, readiness);
    }

    /** The peer who renders the service: the signed-in peer, or for their overseers and admins the primary peer. */
    static StaffId renderingPeer(Actor actor, Member member) {
        return actor.has(Role.PEER) ? actor.id() : member.primaryPeer().orElse(actor.id());
    }

    /** CHECK-1, RPT-2: what the claim line would carry, as far as the service is filled in. */
    static ClaimCheckResult result(ServiceDraft draft, ClaimFacts facts, ClaimReadiness readiness) {
        ServiceCode code = draft.code() == null ? ServiceCode.H0038 : draft.code();
        ServiceMinutes minutes = draft.minutes();
        Integer units = minutes == null ? null : facts.county().settings().unitsFor(minutes, code);
        Modality modality = draft.modality();
        PlaceOfService place = draft.placeOfService();
        @Nullable
        LevelOfCare open = draft.dateOfService() == null || draft.deliverySystem() == null
                ? null
                : ServiceSetting.on(draft.dateOfService(), draft.deliverySystem(), facts.episodes())
                        .level()
                        .orElse(null);
        return new ClaimCheckResult(
                code,
                units,
                modality == null
                        ? java.util.List.of()
                        : modality.modifier().stream().toList(),
                place == null ? null : place.code(),
                open,
                readiness);
    }

    private void record(Actor actor, AuditAction action, MemberId member, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, member, detail));
    }
}
