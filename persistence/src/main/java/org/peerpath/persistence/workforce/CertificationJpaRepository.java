package org.peerpath.persistence.workforce;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificationJpaRepository extends JpaRepository<CertificationJpaEntity, UUID> {

    List<CertificationJpaEntity> findByPeerIdOrderById(UUID peerId);
}
