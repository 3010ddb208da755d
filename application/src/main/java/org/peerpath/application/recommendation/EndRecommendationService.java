package org.peerpath.application.recommendation;

import jakarta.annotation.security.RolesAllowed;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.recommendation.port.in.EndRecommendationCommand;
import org.peerpath.application.recommendation.port.in.EndRecommendationUseCase;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
// The refusal of a member outside the care team is audited, and the audit must survive the refusal (CONF-4).
@Transactional(noRollbackFor = MemberNotFoundException.class)
class EndRecommendationService implements EndRecommendationUseCase {

    private final RecommendationHistory history;

    EndRecommendationService(RecommendationHistory history) {
        this.history = history;
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public void end(EndRecommendationCommand command) {
        history.end(command.actor(), command.member(), command.seenVersion(), command.key(), command.endsOn());
    }
}
