package org.peerpath.persistence.levelofcare;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberEpisodesJpaRepository extends JpaRepository<MemberEpisodesJpaEntity, UUID> {}
