package org.peerpath.persistence.workforce;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisorQualificationJpaRepository extends JpaRepository<SupervisorQualificationJpaEntity, UUID> {}
