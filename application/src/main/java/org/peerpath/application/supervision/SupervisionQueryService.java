package org.peerpath.application.supervision;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.application.supervision.port.in.AssignmentSummary;
import org.peerpath.application.supervision.port.in.PeerOversightDetails;
import org.peerpath.application.supervision.port.in.SupervisionQueries;
import org.peerpath.application.supervision.port.in.TeamPeerSummary;
import org.peerpath.application.supervision.port.out.PeerDirectionRepository;
import org.peerpath.application.supervision.port.out.PeerSupervisionRepository;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.PeerDirection;
import org.peerpath.supervision.PeerSupervision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class SupervisionQueryService implements SupervisionQueries {

    private final PeerSupervisionRepository supervision;
    private final PeerDirectionRepository direction;
    private final StaffDirectory staff;
    private final Clock clock;

    SupervisionQueryService(
            PeerSupervisionRepository supervision,
            PeerDirectionRepository direction,
            StaffDirectory staff,
            Clock clock) {
        this.supervision = supervision;
        this.direction = direction;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    @RolesAllowed({Role.SUPERVISOR_ROLE, Role.BHP_ROLE})
    public List<TeamPeerSummary> myTeam(Actor actor) {
        LocalDate today = Clocks.today(clock);
        Set<StaffId> supervised =
                actor.has(Role.SUPERVISOR) ? new HashSet<>(supervision.peersSupervisedOn(actor.id(), today)) : Set.of();
        Set<StaffId> directed =
                actor.has(Role.BHP) ? new HashSet<>(direction.peersDirectedOn(actor.id(), today)) : Set.of();
        Set<StaffId> team = new LinkedHashSet<>(supervised);
        team.addAll(directed);
        Map<StaffId, StaffAccount> accounts = accounts();
        return team.stream()
                .filter(accounts::containsKey)
                .map(peer -> new TeamPeerSummary(
                        peer,
                        accounts.get(peer).displayName(),
                        supervised.contains(peer),
                        directed.contains(peer),
                        accounts.get(peer).enabled()))
                .sorted(Comparator.comparing(TeamPeerSummary::displayName))
                .toList();
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public PeerOversightDetails oversightOf(Actor actor, StaffId peer) {
        LocalDate today = Clocks.today(clock);
        Map<StaffId, StaffAccount> accounts = accounts();
        Function<StaffId, String> name =
                id -> accounts.containsKey(id) ? accounts.get(id).displayName() : id.toString();
        Versioned<PeerSupervision> supervisors = supervision.findByPeer(peer);
        Versioned<PeerDirection> bhps = direction.findByPeer(peer);
        return new PeerOversightDetails(
                peer,
                name.apply(peer),
                supervisors.value().assignments().reversed().stream()
                        .map(a -> new AssignmentSummary(
                                a.supervisor(),
                                name.apply(a.supervisor()),
                                a.startsOn(),
                                a.endsOn(),
                                AssignmentSummary.standingOn(today, a.startsOn(), a.endsOn())))
                        .toList(),
                supervisors.version(),
                bhps.value().assignments().reversed().stream()
                        .map(a -> new AssignmentSummary(
                                a.bhp(),
                                name.apply(a.bhp()),
                                a.startsOn(),
                                a.endsOn(),
                                AssignmentSummary.standingOn(today, a.startsOn(), a.endsOn())))
                        .toList(),
                bhps.version());
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public List<StaffSummary> eligible(Actor actor, Role role) {
        return staff.withRole(role);
    }

    /** A program has tens of staff: one read gives every name, disabled accounts included. */
    private Map<StaffId, StaffAccount> accounts() {
        return staff.all().stream().collect(Collectors.toMap(StaffAccount::id, Function.identity()));
    }
}
