package org.peerpath.persistence.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PeerDirectionJpaRepository extends JpaRepository<PeerDirectionJpaEntity, UUID> {

    @Query("""
            select d.peerId from PeerDirectionJpaEntity d join d.assignments a
             where a.personId = :bhp and a.startsOn <= :date and (a.endsOn is null or a.endsOn >= :date)
            """)
    List<UUID> peersDirectedOn(@Param("bhp") UUID bhp, @Param("date") LocalDate date);
}
