package org.peerpath.application.levelofcare;

import jakarta.annotation.security.RolesAllowed;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.levelofcare.port.in.CloseEpisodeCommand;
import org.peerpath.application.levelofcare.port.in.CloseEpisodeUseCase;
import org.peerpath.application.levelofcare.port.in.EpisodeRefusedException;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.levelofcare.Episode;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
// The refusal of a member outside the care team is audited, and the audit must survive the refusal (CONF-4).
@Transactional(noRollbackFor = MemberNotFoundException.class)
class CloseEpisodeService implements CloseEpisodeUseCase {

    private final EpisodeHistory history;

    CloseEpisodeService(EpisodeHistory history) {
        this.history = history;
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public void close(CloseEpisodeCommand command) {
        if (command.deliverySystem() == null) {
            throw EpisodeRefusedException.noOpenEpisode();
        }
        var endsOn = Dates.required(Field.ENDS_ON, command.endsOn());
        history.change(
                command.actor(),
                command.member(),
                command.seenVersion(),
                episodes -> {
                    Episode open = EpisodeHistory.openUnder(episodes, command.deliverySystem());
                    // LOC-1: an end before the start is refused by the episode, at the end date.
                    Episode closed =
                            new Episode(open.member(), open.deliverySystem(), open.level(), open.startsOn(), endsOn);
                    return EpisodeHistory.replacing(episodes, open, closed);
                },
                AuditAction.EPISODE_CLOSED,
                command.deliverySystem() + " ends " + endsOn);
    }
}
