package org.peerpath.persistence.plan;

import java.util.List;
import java.util.UUID;
import org.peerpath.plan.PlanStatus;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanOfCareJpaRepository extends JpaRepository<PlanOfCareJpaEntity, UUID> {

    List<PlanOfCareJpaEntity> findByMemberIdOrderByVersionNumber(UUID memberId);

    List<PlanOfCareJpaEntity> findByStatus(PlanStatus status);
}
