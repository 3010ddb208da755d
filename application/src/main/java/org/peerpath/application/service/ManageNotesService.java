package org.peerpath.application.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.UnaryOperator;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.service.port.in.AddAddendumCommand;
import org.peerpath.application.service.port.in.AddAddendumUseCase;
import org.peerpath.application.service.port.in.ServiceNotFoundException;
import org.peerpath.application.service.port.in.SignNoteCommand;
import org.peerpath.application.service.port.in.SignNoteUseCase;
import org.peerpath.application.service.port.out.PeerServiceRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.member.MemberId;
import org.peerpath.service.PeerService;
import org.peerpath.shared.Role;
import org.peerpath.shared.ServiceId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SVC-8, SVC-9: the peer who gave a service signs its note, which locks it; corrections after signing are addenda.
 * Only that peer, still on the member's care team (MEM-3); a refusal reads as "not found" and is audited.
 */
@Service
@Transactional(noRollbackFor = ServiceNotFoundException.class)
class ManageNotesService implements SignNoteUseCase, AddAddendumUseCase {

    private final PeerServiceRepository services;
    private final MemberRepository members;
    private final CareTeamRule careTeam;
    private final AuditTrail audit;
    private final Clock clock;

    ManageNotesService(
            PeerServiceRepository services,
            MemberRepository members,
            CareTeamRule careTeam,
            AuditTrail audit,
            Clock clock) {
        this.services = services;
        this.members = members;
        this.careTeam = careTeam;
        this.audit = audit;
        this.clock = clock;
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
