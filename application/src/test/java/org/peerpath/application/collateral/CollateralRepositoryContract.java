package org.peerpath.application.collateral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerpath.application.collateral.port.out.CollateralFile;
import org.peerpath.application.collateral.port.out.CollateralRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.collateral.AuthorizationToShare;
import org.peerpath.collateral.Collateral;
import org.peerpath.collateral.ContactDetails;
import org.peerpath.collateral.Part2Consent;
import org.peerpath.collateral.Relationship;
import org.peerpath.member.Language;
import org.peerpath.member.MemberId;
import org.peerpath.member.PersonName;

/**
 * What every {@link CollateralRepository} must do, run against the in-memory fake and against the JPA adapter on
 * PostgreSQL (COL-1, COL-3).
 */
public abstract class CollateralRepositoryContract {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    protected abstract CollateralRepository repository();

    /** A member that is stored, so a collateral may refer to it. */
    protected abstract MemberId existingMember();

    private static Collateral person(MemberId member, String given, String family) {
        return Collateral.register(
                member,
                new PersonName(given, family),
                Relationship.PARENT,
                new ContactDetails("(530) 555-0100", "rosa@example.org", "12 Elm St, Davis"),
                new Language("Spanish"));
    }

    @Test
    void col1_a_saved_collateral_is_found_with_everything_that_was_entered() {
        MemberId member = existingMember();
        Collateral rosa = person(member, "Rosa", "Contractfield");

        repository().save(CollateralFile.of(rosa));

        CollateralFile found = repository().findById(rosa.id()).orElseThrow();
        assertThat(found.collateral().member()).isEqualTo(member);
        assertThat(found.collateral().name()).isEqualTo(rosa.name());
        assertThat(found.collateral().relationship()).isEqualTo(Relationship.PARENT);
        assertThat(found.collateral().contactDetails()).isEqualTo(rosa.contactDetails());
        assertThat(found.collateral().language()).isEqualTo(rosa.language());
        assertThat(found.endedOn()).isNull();
        assertThat(found.authorizations()).isEmpty();
        assertThat(found.consents()).isEmpty();
    }

    @Test
    void col3_authorizations_with_scope_and_dates_and_part2_consents_are_kept() {
        MemberId member = existingMember();
        Collateral rosa = person(member, "Rosa", "Contractfield");
        repository().save(CollateralFile.of(rosa));
        UUID authorizationId = UUID.randomUUID();
        CollateralFile.Authorization authorization = new CollateralFile.Authorization(
                authorizationId,
                "Appointments and how the member is doing",
                new AuthorizationToShare(member, rosa.id(), MAY, MAY.plusYears(1), null));
        CollateralFile.Consent consent = new CollateralFile.Consent(
                UUID.randomUUID(), new Part2Consent(member, rosa.id(), "Rosa Contractfield", MAY, null, null));
        CollateralFile.Consent classConsent = new CollateralFile.Consent(
                UUID.randomUUID(), new Part2Consent(member, rosa.id(), "My household members", MAY, null, null, true));

        repository().save(repository().findById(rosa.id()).orElseThrow().adding(authorization));
        repository().save(repository().findById(rosa.id()).orElseThrow().adding(consent));
        repository().save(repository().findById(rosa.id()).orElseThrow().adding(classConsent));
        CollateralFile withBoth = repository().findById(rosa.id()).orElseThrow();
        repository()
                .save(withBoth.replacing(new CollateralFile.Authorization(
                        authorizationId,
                        authorization.scope(),
                        authorization.terms().revoke(MAY.plusMonths(2)))));

        CollateralFile found = repository().findById(rosa.id()).orElseThrow();
        assertThat(found.authorizations()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(authorizationId);
            assertThat(a.scope()).isEqualTo("Appointments and how the member is doing");
            assertThat(a.terms().grantedOn()).isEqualTo(MAY);
            assertThat(a.terms().expiresOn()).isEqualTo(MAY.plusYears(1));
            assertThat(a.terms().revokedOn()).isEqualTo(MAY.plusMonths(2));
        });
        assertThat(found.consents()).containsExactlyInAnyOrder(consent, classConsent);
    }

    @Test
    void col3_a_withdrawn_part2_consent_keeps_its_revocation_date_and_the_other_consents_stay() {
        MemberId member = existingMember();
        Collateral rosa = person(member, "Rosa", "Revokefield");
        repository().save(CollateralFile.of(rosa));
        CollateralFile.Consent consent = new CollateralFile.Consent(
                UUID.randomUUID(), new Part2Consent(member, rosa.id(), "Rosa Revokefield", MAY, null, null));
        CollateralFile.Consent other = new CollateralFile.Consent(
                UUID.randomUUID(), new Part2Consent(member, rosa.id(), "My household members", MAY, null, null, true));
        repository().save(repository().findById(rosa.id()).orElseThrow().adding(consent));
        repository().save(repository().findById(rosa.id()).orElseThrow().adding(other));
        CollateralFile before = repository().findById(rosa.id()).orElseThrow();

        repository()
                .save(before.replacing(
                        new CollateralFile.Consent(consent.id(), consent.terms().revoke(MAY.plusMonths(3)))));

        CollateralFile found = repository().findById(rosa.id()).orElseThrow();
        assertThat(found.version()).isGreaterThan(before.version());
        assertThat(found.consents())
                .containsExactlyInAnyOrder(
                        new CollateralFile.Consent(consent.id(), consent.terms().revoke(MAY.plusMonths(3))), other);
        assertThat(found.consentTerms())
                .filteredOn(c -> c.revokedOn() != null)
                .singleElement()
                .satisfies(c -> assertThat(c.permitsDisclosureTo(rosa.id(), MAY.plusMonths(3)))
                        .isFalse());
    }

    @Test
    void col1_an_ended_collateral_keeps_its_end_date_and_stays_listed_for_its_member_only() {
        MemberId member = existingMember();
        Collateral rosa = person(member, "Rosa", "Contractfield");
        Collateral ana = person(member, "Ana", "Aardvark");
        Collateral someoneElses = person(existingMember(), "Lu", "Elsewhere");
        repository().save(CollateralFile.of(rosa));
        repository().save(CollateralFile.of(ana));
        repository().save(CollateralFile.of(someoneElses));

        repository().save(repository().findById(rosa.id()).orElseThrow().endedOn(MAY));

        assertThat(repository().findByMember(member))
                .extracting(f -> f.collateral().name().given())
                .containsExactly("Ana", "Rosa");
        assertThat(repository().findById(rosa.id()).orElseThrow().endedOn()).isEqualTo(MAY);
    }

    @Test
    void saving_a_stale_copy_is_refused_so_no_change_is_silently_lost() {
        MemberId member = existingMember();
        Collateral rosa = person(member, "Rosa", "Contractfield");
        repository().save(CollateralFile.of(rosa));
        CollateralFile copyA = repository().findById(rosa.id()).orElseThrow();
        CollateralFile copyB = repository().findById(rosa.id()).orElseThrow();
        repository()
                .save(copyA.with(
                        copyA.collateral().changeContactDetails(new ContactDetails("530 555 0199", null, null))));

        assertThatThrownBy(() -> repository().save(copyB.endedOn(MAY)))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> {
                    assertThat(e.code()).isEqualTo("error.concurrent-change");
                    assertThat(e.args()).containsEntry("record", "collateral");
                });
        assertThat(repository().findById(rosa.id()).orElseThrow().endedOn()).isNull();
    }

    @Test
    void a_change_to_an_authorization_alone_raises_the_version() {
        MemberId member = existingMember();
        Collateral rosa = person(member, "Rosa", "Contractfield");
        repository().save(CollateralFile.of(rosa));
        CollateralFile before = repository().findById(rosa.id()).orElseThrow();

        repository()
                .save(before.adding(new CollateralFile.Authorization(
                        UUID.randomUUID(),
                        "Everything",
                        new AuthorizationToShare(member, rosa.id(), MAY, null, null))));

        assertThat(repository().findById(rosa.id()).orElseThrow().version()).isGreaterThan(before.version());
        assertThatThrownBy(() -> repository().save(before.endedOn(MAY))).isInstanceOf(ConcurrentChangeException.class);
    }
}
