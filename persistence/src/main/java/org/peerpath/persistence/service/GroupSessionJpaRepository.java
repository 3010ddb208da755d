package org.peerpath.persistence.service;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface GroupSessionJpaRepository extends JpaRepository<GroupSessionJpaEntity, UUID> {}
