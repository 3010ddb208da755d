package org.peerpath.application.recommendation;

import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.recommendation.port.in.MemberRecommendations;
import org.peerpath.application.recommendation.port.in.RecommendationQueries;
import org.peerpath.application.recommendation.port.in.RecommendationSummary;
import org.peerpath.application.recommendation.port.in.RecommenderTypeChoice;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.credential.CredentialReferenceData;
import org.peerpath.credential.CredentialType;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional // writes the audit trail
class RecommendationQueryService implements RecommendationQueries {

    private final RecommendationHistory history;
    private final StaffDirectory staff;

    RecommendationQueryService(RecommendationHistory history, StaffDirectory staff) {
        this.history = history;
        this.staff = staff;
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public Optional<MemberRecommendations> recommendations(Actor actor, MemberId member) {
        return history.visible(actor, member).map(stored -> {
            history.record(actor, AuditAction.RECOMMENDATIONS_VIEWED, member, "recommendations");
            Map<StaffId, String> names =
                    staff.all().stream().collect(Collectors.toMap(StaffAccount::id, StaffAccount::displayName));
            return new MemberRecommendations(
                    member,
                    stored.version(),
                    stored.value().stream()
                            .sorted(RecommendationHistory.ORDER)
                            .map(r -> new RecommendationSummary(
                                    r.deliverySystem(),
                                    r.recommendedBy(),
                                    r.external() != null
                                            ? r.external().name()
                                            : names.getOrDefault(r.recommendedBy(), "?"),
                                    r.recommenderType(),
                                    r.recommendedOn(),
                                    r.endsOn(),
                                    r.external() == null ? null : r.external().licenseNumber(),
                                    r.key()))
                            .toList(),
                    staff.withRole(Role.BHP));
        });
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public List<RecommenderTypeChoice> recommenderTypesUnder(DeliverySystem deliverySystem) {
        CredentialReferenceData reference = history.reference;
        List<CredentialReferenceData.Assumption> assumed = reference.assumptions();
        return Arrays.stream(CredentialType.values())
                .filter(type -> reference.mayRecommend(type, deliverySystem))
                .map(type -> new RecommenderTypeChoice(
                        type,
                        assumed.stream()
                                .anyMatch(a -> "DIR-3".equals(a.ruleId())
                                        && a.type() == type
                                        && a.deliverySystem() == deliverySystem)))
                .toList();
    }
}
