package org.peerpath.persistence.member;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberJpaRepository extends JpaRepository<MemberJpaEntity, UUID> {

    boolean existsByCin(String cin);
}
