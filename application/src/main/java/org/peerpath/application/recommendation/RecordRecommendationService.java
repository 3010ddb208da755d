package org.peerpath.application.recommendation;

import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.recommendation.port.in.RecommendationRefusedException;
import org.peerpath.application.recommendation.port.in.RecordRecommendationCommand;
import org.peerpath.application.recommendation.port.in.RecordRecommendationUseCase;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.Role;
import org.peerpath.supervision.ExternalRecommender;
import org.peerpath.supervision.Recommendation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
// The refusal of a member outside the care team is audited, and the audit must survive the refusal (CONF-4).
@Transactional(noRollbackFor = MemberNotFoundException.class)
class RecordRecommendationService implements RecordRecommendationUseCase {

    private final RecommendationHistory history;
    private final StaffDirectory staff;

    RecordRecommendationService(RecommendationHistory history, StaffDirectory staff) {
        this.history = history;
        this.staff = staff;
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public void record(RecordRecommendationCommand command) {
        ExternalRecommender outside = null;
        if (command.outside()) {
            // DIR-3: a professional outside the program, by name and license number as on the recommendation.
            outside = new ExternalRecommender(
                    required(command.outsideName(), ExternalRecommender.NAME_MAX_LENGTH, "outsideName"),
                    required(command.outsideLicense(), ExternalRecommender.LICENSE_MAX_LENGTH, "outsideLicense"));
        } else if (command.recommendedBy() == null || !staff.hasRole(command.recommendedBy(), Role.BHP)) {
            throw RecommendationRefusedException.unknownRecommender();
        }
        // The record itself refuses a missing system, type or date, and an end before the recommendation date.
        Recommendation recommendation = new Recommendation(
                command.member(),
                command.deliverySystem(),
                command.outside() ? null : command.recommendedBy(),
                outside,
                command.recommenderType(),
                Dates.required(Field.RECOMMENDED_ON, command.recommendedOn()),
                command.endsOn());
        // DIR-3: only a credential type that may recommend under that system, whatever a form offered.
        if (!history.reference.mayRecommend(recommendation.recommenderType(), recommendation.deliverySystem())) {
            throw RecommendationRefusedException.mayNotRecommend();
        }
        history.add(command.actor(), command.member(), command.seenVersion(), recommendation);
    }

    private static String required(@Nullable String typed, int maxLength, String field) {
        if (typed == null || typed.isBlank()) {
            throw RecommendationRefusedException.required(field);
        }
        if (typed.strip().length() > maxLength) {
            throw RecommendationRefusedException.tooLong(field);
        }
        return typed.strip();
    }
}
