package org.peerpath.persistence.levelofcare;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.peerpath.application.levelofcare.port.out.EpisodeRepository;
import org.peerpath.application.shared.Versioned;
import org.peerpath.levelofcare.Episode;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.shared.VersionedSave;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A member's episodes, stored as one row per member with its episodes ({@link EpisodeJpaMapper}). */
@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class EpisodeAdapter implements EpisodeRepository {

    private final MemberEpisodesJpaRepository jpa;
    private final EntityManager entityManager;
    private final EpisodeJpaMapper mapper;

    EpisodeAdapter(MemberEpisodesJpaRepository jpa, EntityManager entityManager, EpisodeJpaMapper mapper) {
        this.jpa = jpa;
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    @Override
    public Versioned<List<Episode>> findByMember(MemberId member) {
        return jpa.findById(member.value()).map(mapper::toDomain).orElseGet(() -> Versioned.neverStored(List.of()));
    }

    @Override
    public void save(MemberId member, List<Episode> episodes, long seenVersion) {
        VersionedSave.save(
                entityManager,
                jpa.findById(member.value()),
                () -> new MemberEpisodesJpaEntity(member.value()),
                mapper.toRowsOf(episodes),
                seenVersion,
                "levels of care");
    }
}
