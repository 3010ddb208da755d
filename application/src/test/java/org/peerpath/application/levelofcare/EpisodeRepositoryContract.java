package org.peerpath.application.levelofcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.application.levelofcare.port.out.EpisodeRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.levelofcare.Episode;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;

/** What every {@link EpisodeRepository} must do, run against the in-memory fake and against the JPA adapter. */
public abstract class EpisodeRepositoryContract {

    protected abstract EpisodeRepository repository();

    /** A member that exists in the store. */
    protected abstract MemberId existingMember();

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    @Test
    void loc1_a_member_without_episodes_has_an_empty_history_never_stored() {
        Versioned<List<Episode>> found = repository().findByMember(existingMember());

        assertThat(found.value()).isEmpty();
        assertThat(found.version()).isEqualTo(Versioned.NEVER_STORED);
    }

    @Test
    void loc1_episodes_are_kept_with_system_level_and_dates_and_another_members_are_apart() {
        MemberId member = existingMember();
        MemberId other = existingMember();
        List<Episode> episodes = List.of(
                new Episode(member, DeliverySystem.DMC_ODS, LevelOfCare.ASAM_2_1, START, START.plusDays(30)),
                new Episode(member, DeliverySystem.DMC_ODS, LevelOfCare.ASAM_1_0, START.plusDays(31), null),
                new Episode(member, DeliverySystem.SMHS, LevelOfCare.SMHS_OUTPATIENT, START.plusDays(5), null));

        repository().save(member, episodes, Versioned.NEVER_STORED);

        assertThat(repository().findByMember(member).value()).containsExactlyInAnyOrderElementsOf(episodes);
        assertThat(repository().findByMember(other).value()).isEmpty();
    }

    @Test
    void loc1_a_save_over_a_stale_version_is_refused_and_keeps_the_first() {
        MemberId member = existingMember();
        Episode first = new Episode(member, DeliverySystem.SMHS, LevelOfCare.SMHS_CRISIS, START, null);
        repository().save(member, List.of(first), Versioned.NEVER_STORED);
        long seen = repository().findByMember(member).version();
        Episode closed = new Episode(member, DeliverySystem.SMHS, LevelOfCare.SMHS_CRISIS, START, START.plusDays(2));
        repository().save(member, List.of(closed), seen);

        assertThatThrownBy(() -> repository().save(member, List.of(), seen))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> repository().save(member, List.of(), Versioned.NEVER_STORED))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(repository().findByMember(member).value()).containsExactly(closed);
        assertThat(repository().findByMember(member).version()).isGreaterThan(seen);
    }
}
