package org.peerpath.application.levelofcare;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.levelofcare.port.in.EpisodeRefusedException;
import org.peerpath.application.levelofcare.port.in.TransitionEpisodeCommand;
import org.peerpath.application.levelofcare.port.in.TransitionEpisodeUseCase;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.levelofcare.Episode;
import org.peerpath.levelofcare.Transition;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
// The refusal of a member outside the care team is audited, and the audit must survive the refusal (CONF-4).
@Transactional(noRollbackFor = MemberNotFoundException.class)
class TransitionEpisodeService implements TransitionEpisodeUseCase {

    private final EpisodeHistory history;

    TransitionEpisodeService(EpisodeHistory history) {
        this.history = history;
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public void transition(TransitionEpisodeCommand command) {
        if (command.deliverySystem() == null) {
            throw EpisodeRefusedException.noOpenEpisode();
        }
        if (command.level() == null) {
            throw new InvalidValueException(Field.LEVEL, Message.LEVEL_LEVEL_CARE_REQUIRED);
        }
        var movesOn = Dates.required(Field.STARTS_ON, command.movesOn());
        history.change(
                command.actor(),
                command.member(),
                command.seenVersion(),
                episodes -> {
                    Episode from = EpisodeHistory.openUnder(episodes, command.deliverySystem());
                    // LOC-3: a move goes to another level; the level must belong to the system (LOC-1).
                    new Transition(from.level(), command.level());
                    Episode next =
                            new Episode(command.member(), command.deliverySystem(), command.level(), movesOn, null);
                    Episode ended = new Episode(
                            from.member(), from.deliverySystem(), from.level(), from.startsOn(), movesOn.minusDays(1));
                    List<Episode> updated = EpisodeHistory.replacing(episodes, from, ended);
                    return EpisodeHistory.adding(updated, next);
                },
                AuditAction.EPISODE_TRANSITIONED,
                command.deliverySystem() + " to " + command.level() + " on " + movesOn);
    }
}
