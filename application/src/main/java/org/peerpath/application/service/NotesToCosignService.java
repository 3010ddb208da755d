package org.peerpath.application.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.plan.port.out.SupervisedMembers;
import org.peerpath.application.plan.port.out.SupervisedMembers.SupervisedMember;
import org.peerpath.application.service.port.in.NoteAwaitingCosign;
import org.peerpath.application.service.port.in.NotesToCosignQuery;
import org.peerpath.application.service.port.out.PeerServiceRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.service.PeerService;
import org.peerpath.service.ProgressNote;
import org.peerpath.service.ServiceStatus;
import org.peerpath.shared.County;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SVC-10: what waits for a supervisor's co-sign. The members whose primary peer the supervisor oversees today (asked of
 * the store by supervisor, each checked again by the one care-team rule, MEM-3), their services by that peer whose note
 * is signed, not co-signed and not voided; each member listed is audited (CONF-4).
 */
@Service
@Transactional // writes the audit trail
class NotesToCosignService implements NotesToCosignQuery {

    /** The newest services of a member looked at: a note waits days, not years. */
    static final int SERVICES_PER_MEMBER = 100;

    private final SupervisedMembers supervised;
    private final MemberRepository members;
    private final CareTeamRule careTeam;
    private final PeerServiceRepository services;
    private final CountyProfileRepository counties;
    private final AuditTrail audit;
    private final Clock clock;

    NotesToCosignService(
            SupervisedMembers supervised,
            MemberRepository members,
            CareTeamRule careTeam,
            PeerServiceRepository services,
            CountyProfileRepository counties,
            AuditTrail audit,
            Clock clock) {
        this.supervised = supervised;
        this.members = members;
        this.careTeam = careTeam;
        this.services = services;
        this.counties = counties;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(Role.SUPERVISOR_ROLE)
    public List<NoteAwaitingCosign> notesToCosign(Actor actor) {
        Optional<County> asking = counties.find()
                .filter(profile -> profile.settings().supervisorCosignsNotes())
                .map(CountyPolicyProfile::county);
        if (asking.isEmpty()) {
            return List.of();
        }
        County county = asking.get();
        LocalDate today = Clocks.today(clock);
        List<NoteAwaitingCosign> found = new ArrayList<>();
        for (SupervisedMember member : supervised.membersOfPeersSupervisedBy(actor.id(), today)) {
            boolean inCounty = members.findById(member.id())
                    .filter(m -> m.county() == county)
                    .isPresent();
            if (!inCounty || !careTeam.overseesPeer(actor, member.peer(), today)) {
                continue;
            }
            List<NoteAwaitingCosign> ofMember = services.findByMember(member.id(), SERVICES_PER_MEMBER, null).stream()
                    .filter(s -> s.asDraft().peer().equals(member.peer()))
                    .filter(NotesToCosignService::waitsForCosign)
                    .map(s -> awaiting(s, member, today))
                    .toList();
            if (!ofMember.isEmpty()) {
                audit.record(new AuditEvent(
                        clock.instant(),
                        actor.id(),
                        actor.username(),
                        AuditAction.SERVICES_VIEWED,
                        member.id(),
                        "notes to co-sign: " + ofMember.size()));
                found.addAll(ofMember);
            }
        }
        found.sort(Comparator.comparing(NoteAwaitingCosign::signedOn).thenComparing(NoteAwaitingCosign::memberName));
        return found;
    }

    private static boolean waitsForCosign(PeerService service) {
        return service.status() != ServiceStatus.VOIDED
                && service.note()
                        .filter(ProgressNote::isSigned)
                        .filter(note -> note.cosignedBy() == null)
                        .isPresent();
    }

    private static NoteAwaitingCosign awaiting(PeerService service, SupervisedMember member, LocalDate today) {
        LocalDate signedOn =
                Objects.requireNonNull(service.note().orElseThrow().signedAt()).toLocalDate();
        return new NoteAwaitingCosign(
                service.id(),
                member.id(),
                member.fullName(),
                member.peerName() == null ? "—" : member.peerName(),
                Objects.requireNonNull(service.asDraft().dateOfService()),
                signedOn,
                ChronoUnit.DAYS.between(signedOn, today));
    }
}
