package org.peerpath.application.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.service.port.in.AddAddendumCommand;
import org.peerpath.application.service.port.in.AddAddendumUseCase;
import org.peerpath.application.service.port.in.CosignNoteCommand;
import org.peerpath.application.service.port.in.CosignNoteUseCase;
import org.peerpath.application.service.port.in.ServiceNotFoundException;
import org.peerpath.application.service.port.in.ServiceRefusedException;
import org.peerpath.application.service.port.in.SignNoteCommand;
import org.peerpath.application.service.port.in.SignNoteUseCase;
import org.peerpath.application.service.port.in.VoidServiceCommand;
import org.peerpath.application.service.port.in.VoidServiceUseCase;
import org.peerpath.application.service.port.out.PeerServiceRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.service.PeerService;
import org.peerpath.shared.Role;
import org.peerpath.shared.ServiceId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SVC-8, SVC-9: the peer who gave a service signs its note, which locks it; corrections after signing are addenda; the
 * peer voids a service with a reason. Only that peer, still on the member's care team (MEM-3); a refusal reads as "not
 * found" and is audited. SVC-10: the peer's supervisor co-signs when the county asks for it.
 */
@Service
@Transactional(noRollbackFor = ServiceNotFoundException.class)
class ManageNotesService implements SignNoteUseCase, AddAddendumUseCase, VoidServiceUseCase, CosignNoteUseCase {

    private final PeerServiceRepository services;
    private final MemberRepository members;
    private final CareTeamRule careTeam;
    private final CountyProfileRepository counties;
    private final AuditTrail audit;
    private final Clock clock;

    ManageNotesService(
            PeerServiceRepository services,
            MemberRepository members,
            CareTeamRule careTeam,
            CountyProfileRepository counties,
            AuditTrail audit,
            Clock clock) {
        this.services = services;
        this.members = members;
        this.careTeam = careTeam;
        this.counties = counties;
        this.audit = audit;
        this.clock = clock;
    }

    /** SVC-9: voided with a reason, signed or not; it stays on record as voided and leaves the claims. */
    @Override
    @RolesAllowed(Role.PEER_ROLE)
    public void voidService(VoidServiceCommand command) {
        change(
                command.actor(),
                command.service(),
                command.seenVersion(),
                service -> service.voidService(command.reason()),
                AuditAction.SERVICE_VOIDED);
    }

    /**
     * SVC-10: the supervisor of the service's peer, on the member's care team, co-signs a signed note, when the
     * county asks for co-signing (off by default). Anyone else reads "not found", audited.
     */
    @Override
    @RolesAllowed(Role.SUPERVISOR_ROLE)
    public void cosign(CosignNoteCommand command) {
        Actor actor = command.actor();
        ServiceId id = command.service();
        PeerService service = services.findById(id).orElseThrow(() -> new ServiceNotFoundException(id));
        MemberId memberId = service.asDraft().member();
        LocalDate today = Clocks.today(clock);
        Optional<Member> member = members.findById(memberId);
        boolean onTeam = member.map(
                        m -> careTeam.accessTo(actor, memberId, m.primaryPeer().orElse(null), today)
                                .seesClinicalRecords())
                .orElse(false);
        if (!onTeam || !careTeam.overseesPeer(actor, service.asDraft().peer(), today)) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, memberId, "co-sign: not the peer's supervisor");
            throw new ServiceNotFoundException(id);
        }
        boolean asked = counties.find()
                .filter(profile -> profile.county() == member.orElseThrow().county())
                .map(profile -> profile.settings().supervisorCosignsNotes())
                .orElse(false);
        if (!asked) {
            throw ServiceRefusedException.cosignOff();
        }
        if (service.version() != command.seenVersion()) {
            throw new ConcurrentChangeException("service");
        }
        services.save(service.cosignNote(actor.id(), now()));
        record(
                actor,
                AuditAction.NOTE_COSIGNED,
                memberId,
                "service on " + service.asDraft().dateOfService());
    }

    @Override
    @RolesAllowed(Role.PEER_ROLE)
    public void sign(SignNoteCommand command) {
        change(
                command.actor(),
                command.service(),
                command.seenVersion(),
                service -> service.signNote(now()),
                AuditAction.NOTE_SIGNED);
    }

    @Override
    @RolesAllowed(Role.PEER_ROLE)
    public void add(AddAddendumCommand command) {
        change(
                command.actor(),
                command.service(),
                command.seenVersion(),
                service -> service.addAddendum(command.text(), command.actor().id(), now()),
                AuditAction.ADDENDUM_ADDED);
    }

    private void change(
            Actor actor, ServiceId id, long seenVersion, UnaryOperator<PeerService> change, AuditAction action) {
        PeerService service = services.findById(id).orElseThrow(() -> new ServiceNotFoundException(id));
        MemberId member = service.asDraft().member();
        boolean ownService = service.asDraft().peer().equals(actor.id());
        boolean onTeam = members.findById(member)
                .map(m -> careTeam.accessTo(actor, member, m.primaryPeer().orElse(null), Clocks.today(clock))
                        .seesClinicalRecords())
                .orElse(false);
        if (!ownService || !onTeam) {
            record(actor, AuditAction.MEMBER_ACCESS_DENIED, member, "note: not the service's peer on the care team");
            throw new ServiceNotFoundException(id);
        }
        if (service.version() != seenVersion) {
            throw new ConcurrentChangeException("service");
        }
        services.save(change.apply(service));
        record(actor, action, member, "service on " + service.asDraft().dateOfService());
    }

    /** Signing and addenda are stamped in the county's time (SVC-8 counts business days there). */
    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Clocks.COUNTY_ZONE));
    }

    private void record(Actor actor, AuditAction action, MemberId member, String detail) {
        audit.record(new AuditEvent(clock.instant(), actor.id(), actor.username(), action, member, detail));
    }
}
