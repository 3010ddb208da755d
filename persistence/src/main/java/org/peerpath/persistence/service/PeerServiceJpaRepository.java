package org.peerpath.persistence.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PeerServiceJpaRepository extends JpaRepository<PeerServiceJpaEntity, UUID> {

    @Query("select s from PeerServiceJpaEntity s where s.memberId = :memberId"
            + " order by s.dateOfService desc, s.id desc")
    List<PeerServiceJpaEntity> firstOfMember(UUID memberId, Limit limit);

    @Query("select s from PeerServiceJpaEntity s where s.memberId = :memberId"
            + " and (s.dateOfService < :date or (s.dateOfService = :date and s.id < :id))"
            + " order by s.dateOfService desc, s.id desc")
    List<PeerServiceJpaEntity> ofMemberAfter(UUID memberId, LocalDate date, UUID id, Limit limit);

    @Query("select s from PeerServiceJpaEntity s where s.peerId = :peerId and s.dateOfService >= :from"
            + " order by s.dateOfService desc, s.id desc")
    List<PeerServiceJpaEntity> ofPeerFrom(UUID peerId, LocalDate from, Limit limit);
}
