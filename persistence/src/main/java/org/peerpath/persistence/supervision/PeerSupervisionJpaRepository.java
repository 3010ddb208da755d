package org.peerpath.persistence.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PeerSupervisionJpaRepository extends JpaRepository<PeerSupervisionJpaEntity, UUID> {

    @Query("""
            select s.peerId from PeerSupervisionJpaEntity s join s.assignments a
             where a.personId = :supervisor and a.startsOn <= :date and (a.endsOn is null or a.endsOn >= :date)
            """)
    List<UUID> peersSupervisedOn(@Param("supervisor") UUID supervisor, @Param("date") LocalDate date);
}
