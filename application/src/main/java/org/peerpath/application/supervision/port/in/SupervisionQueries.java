package org.peerpath.application.supervision.port.in;

import java.util.List;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

/** Inbound port: who supervises and directs whom (SUP-1, DIR-2). */
public interface SupervisionQueries {

    /**
     * My team: the peers the acting supervisor supervises, or the acting BHP directs, by the assignments in force
     * today, sorted by name.
     */
    List<TeamPeerSummary> myTeam(Actor actor);

    /** For admins: a peer's supervisors and directing BHPs, current, past and upcoming. */
    PeerOversightDetails oversightOf(Actor actor, StaffId peer);

    /**
     * For admins: who may be chosen for a position needing {@code role}: enabled accounts only, sorted by name. A
     * disabled account is never offered.
     */
    List<StaffSummary> eligible(Actor actor, Role role);
}
