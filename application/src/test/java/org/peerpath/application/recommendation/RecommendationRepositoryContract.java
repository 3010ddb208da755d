package org.peerpath.application.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.supervision.port.out.RecommendationRepository;
import org.peerpath.credential.CredentialType;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.ExternalRecommender;
import org.peerpath.supervision.Recommendation;

/** What every {@link RecommendationRepository} must do, run against the in-memory fake and against the JPA adapter. */
public abstract class RecommendationRepositoryContract {

    protected abstract RecommendationRepository repository();

    /** A member that exists in the store. */
    protected abstract MemberId existingMember();

    /** A staff account that exists in the store. */
    protected abstract StaffId existingProfessional();

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    @Test
    void dir3_recommendations_are_kept_with_recommender_type_and_dates_and_another_members_are_apart() {
        MemberId member = existingMember();
        StaffId professional = existingProfessional();
        List<Recommendation> kept = List.of(
                new Recommendation(
                        member,
                        DeliverySystem.SMHS,
                        professional,
                        CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER,
                        DAY,
                        DAY.plusDays(90)),
                new Recommendation(
                        member, DeliverySystem.DMC_ODS, professional, CredentialType.PHYSICIAN, DAY.plusDays(3), null),
                // DIR-3: a professional outside the program, ended later.
                new Recommendation(
                                member,
                                DeliverySystem.SMHS,
                                null,
                                new ExternalRecommender("Dr. Imani Outsider", "A123456"),
                                CredentialType.PHYSICIAN,
                                DAY.plusDays(5),
                                null)
                        .endOn(DAY.plusDays(40)));

        repository().save(member, kept, Versioned.NEVER_STORED);

        assertThat(repository().findByMember(member).value()).containsExactlyInAnyOrderElementsOf(kept);
        assertThat(repository().findByMember(existingMember()).value()).isEmpty();
        assertThat(repository().findByMember(existingMember()).version()).isEqualTo(Versioned.NEVER_STORED);
    }

    @Test
    void dir3_a_save_over_a_stale_version_is_refused_and_keeps_the_first() {
        MemberId member = existingMember();
        Recommendation first = new Recommendation(
                member, DeliverySystem.SMHS, existingProfessional(), CredentialType.PSYCHOLOGIST, DAY, null);
        repository().save(member, List.of(first), Versioned.NEVER_STORED);
        long seen = repository().findByMember(member).version();
        repository().save(member, List.of(), seen);

        assertThatThrownBy(() -> repository().save(member, List.of(first), seen))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> repository().save(member, List.of(first), Versioned.NEVER_STORED))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(repository().findByMember(member).value()).isEmpty();
    }
}
