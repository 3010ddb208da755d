package org.peerpath.application.levelofcare;

import jakarta.annotation.security.RolesAllowed;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.levelofcare.port.in.OpenEpisodeCommand;
import org.peerpath.application.levelofcare.port.in.OpenEpisodeUseCase;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.levelofcare.Episode;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
// The refusal of a member outside the care team is audited, and the audit must survive the refusal (CONF-4).
@Transactional(noRollbackFor = MemberNotFoundException.class)
class OpenEpisodeService implements OpenEpisodeUseCase {

    private final EpisodeHistory history;

    OpenEpisodeService(EpisodeHistory history) {
        this.history = history;
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public void open(OpenEpisodeCommand command) {
        // LOC-1: the episode itself refuses a missing system or level, a level not of that system, an end before start.
        Episode episode = new Episode(
                command.member(), command.deliverySystem(), command.level(), command.startsOn(), command.endsOn());
        history.change(
                command.actor(),
                command.member(),
                command.seenVersion(),
                episodes -> EpisodeHistory.adding(episodes, episode),
                AuditAction.EPISODE_OPENED,
                episode.deliverySystem() + " " + episode.level() + " from " + episode.startsOn());
    }
}
