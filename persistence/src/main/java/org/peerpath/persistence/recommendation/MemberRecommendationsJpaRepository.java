package org.peerpath.persistence.recommendation;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRecommendationsJpaRepository extends JpaRepository<MemberRecommendationsJpaEntity, UUID> {}
