package org.peerpath.persistence.levelofcare;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.peerpath.application.levelofcare.port.out.EpisodeRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.levelofcare.Episode;
import org.peerpath.member.MemberId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four columns per episode map by hand, as the supervision histories do: an episode is rebuilt through its validating
 * constructor with the member's ID from the owning row, and a MapStruct mapper would hold nothing to check beyond
 * these lines.
 */
@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class EpisodeAdapter implements EpisodeRepository {

    private static final String RECORD = "levels of care";

    private final MemberEpisodesJpaRepository jpa;
    private final EntityManager entityManager;

    EpisodeAdapter(MemberEpisodesJpaRepository jpa, EntityManager entityManager) {
        this.jpa = jpa;
        this.entityManager = entityManager;
    }

    @Override
    public Versioned<List<Episode>> findByMember(MemberId member) {
        return jpa.findById(member.value())
                .map(entity -> new Versioned<>(
                        entity.getEpisodes().stream()
                                .map(row -> new Episode(
                                        member, row.deliverySystem(), row.level(), row.startsOn(), row.endsOn()))
                                .toList(),
                        entity.getVersion()))
                .orElseGet(() -> Versioned.neverStored(List.of()));
    }

    @Override
    public void save(MemberId member, List<Episode> episodes, long seenVersion) {
        Optional<MemberEpisodesJpaEntity> stored = jpa.findById(member.value());
        long current = stored.map(MemberEpisodesJpaEntity::getVersion).orElse(Versioned.NEVER_STORED);
        if (current != seenVersion) {
            throw new ConcurrentChangeException(RECORD);
        }
        MemberEpisodesJpaEntity entity = stored.orElseGet(() -> new MemberEpisodesJpaEntity(member.value()));
        entity.replaceEpisodes(episodes.stream()
                .map(e -> new EpisodeRow(e.deliverySystem(), e.level(), e.startsOn(), e.endsOn()))
                .toList());
        try {
            if (stored.isEmpty()) {
                entityManager.persist(entity);
            }
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            // Another transaction saved the history between our read and this flush.
            throw new ConcurrentChangeException(RECORD);
        } catch (ConstraintViolationException e) {
            // Two first saves of one member's episodes at once: the primary key lets one in.
            if ("member_episodes_pkey".equals(e.getConstraintName())) {
                throw new ConcurrentChangeException(RECORD);
            }
            throw e;
        }
    }
}
