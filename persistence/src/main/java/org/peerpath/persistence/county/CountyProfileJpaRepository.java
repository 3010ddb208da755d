package org.peerpath.persistence.county;

import org.springframework.data.jpa.repository.JpaRepository;

interface CountyProfileJpaRepository extends JpaRepository<CountyProfileJpaEntity, Boolean> {}
