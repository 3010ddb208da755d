package org.peerpath.persistence.claimrecord;

import org.springframework.data.jpa.repository.JpaRepository;

interface CountyHolidaysJpaRepository extends JpaRepository<CountyHolidaysJpaEntity, Short> {}
