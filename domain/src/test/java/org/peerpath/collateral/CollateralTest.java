package org.peerpath.collateral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.member.Language;
import org.peerpath.member.MemberId;
import org.peerpath.member.PersonName;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.StaffId;

class CollateralTest {

    static final MemberId MEMBER = MemberId.newId();
    static final StaffId STAFF = StaffId.newId();
    static final Instant AT = Instant.parse("2026-05-01T17:00:00Z");
    static final LocalDate MAY = LocalDate.of(2026, 5, 1);
    static final Collateral MOTHER = Collateral.register(
            MEMBER,
            new PersonName("Ana", "Testfield"),
            Relationship.PARENT,
            new ContactDetails("(530) 555-0100", "ana@example.org", "1 Main St"),
            new Language("Spanish"));

    @Test
    void col1_a_collateral_has_name_relationship_contact_details_and_language() {
        assertThat(MOTHER.name().fullName()).isEqualTo("Ana Testfield");
        assertThat(MOTHER.relationship()).isEqualTo(Relationship.PARENT);
        assertThat(MOTHER.language().name()).isEqualTo("Spanish");
        assertThat(MOTHER.member()).isEqualTo(MEMBER);
        assertThat(Collateral.restore(
                                MOTHER.id(),
                                MEMBER,
                                MOTHER.name(),
                                Relationship.FRIEND,
                                new ContactDetails(null, "a@b.org", null),
                                MOTHER.language(),
                                3)
                        .version())
                .isEqualTo(3);
    }

    @Test
    void col1_contact_details_need_a_valid_phone_or_email() {
        assertThatThrownBy(() -> new ContactDetails(" ", null, "1 Main St"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("phone"))
                .hasMessage("invalid.phone.give-phone-number-email {}");
        assertThatThrownBy(() -> new ContactDetails("call me", null, null))
                .hasMessageStartingWith("invalid.phone.phone-number-has-7 ");
        assertThatThrownBy(() -> new ContactDetails(null, "ana.example.org", null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> new ContactDetails("5305550100", null, "x".repeat(301)))
                .hasMessage("invalid.address.address-most-300-characters {}");
    }

    @Test
    void col1_col3_a_missing_relationship_or_date_is_refused_at_its_field() {
        assertThatThrownBy(() -> Collateral.register(
                        MEMBER,
                        new PersonName("Ana", "Testfield"),
                        null,
                        new ContactDetails("(530) 555-0100", null, null),
                        new Language("Spanish")))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("relationship"))
                .hasMessage("invalid.relationship.choose-how-person-related {}");
        assertThatThrownBy(() -> new AuthorizationToShare(MEMBER, MOTHER.id(), null, null, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("grantedOn"))
                .hasMessage("value.required {field=grantedOn}");
        assertThatThrownBy(() -> new Part2Consent(MEMBER, MOTHER.id(), "Ana Testfield", null, null, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("signedOn"))
                .hasMessage("value.required {field=signedOn}");
        assertThatThrownBy(() -> new Part2Consent(MEMBER, MOTHER.id(), "Ana Testfield", MAY, null, MAY.minusDays(1)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("revokedOn"))
                .hasMessage("invalid.revokedOn.before-consent-signed {}");
    }

    @Test
    void col3_contact_details_are_shown_only_while_the_authorization_is_active() {
        AuthorizationToShare auth = new AuthorizationToShare(
                MEMBER, MOTHER.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null);

        assertThat(view(MAY, false, List.of(auth), List.of()).granted()).isPresent();
        assertThat(view(LocalDate.of(2026, 12, 31), false, List.of(auth), List.of())
                        .granted())
                .isEmpty();
        assertThat(view(MAY, false, List.of(), List.of()))
                .extracting(ContactAccess::explanationKey, ContactAccess::args)
                .containsExactly("contact.col-3.no-authorization", List.of("Ana Testfield"));
    }

    @Test
    void col3_a_revocation_counts_from_the_next_request() {
        AuthorizationToShare auth = new AuthorizationToShare(MEMBER, MOTHER.id(), LocalDate.of(2026, 1, 1), null, null);
        AuthorizationToShare revoked = auth.revoke(MAY);

        assertThat(view(MAY.minusDays(1), false, List.of(revoked), List.of()).granted())
                .isPresent();
        assertThat(view(MAY, false, List.of(revoked), List.of()).granted()).isEmpty();
        assertThatThrownBy(() -> new AuthorizationToShare(MEMBER, MOTHER.id(), MAY, MAY, null))
                .hasMessage("invalid.expiresOn.before-granted {}");
        assertThatThrownBy(() -> new AuthorizationToShare(MEMBER, MOTHER.id(), MAY, null, MAY.minusDays(1)))
                .hasMessage("invalid.revokedOn.before-authorization {}");
    }

    @Test
    void col3_for_a_part_2_member_a_written_consent_must_name_the_person() {
        AuthorizationToShare auth = new AuthorizationToShare(MEMBER, MOTHER.id(), LocalDate.of(2026, 1, 1), null, null);
        Part2Consent namingMother =
                new Part2Consent(MEMBER, MOTHER.id(), "Ana Testfield", LocalDate.of(2026, 2, 1), null, null);
        Part2Consent namingSomeoneElse =
                new Part2Consent(MEMBER, CollateralId.newId(), "Ben Other", LocalDate.of(2026, 2, 1), null, null);
        Part2Consent revoked = new Part2Consent(
                MEMBER, MOTHER.id(), "Ana Testfield", LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 1), MAY);

        assertThat(view(MAY, true, List.of(auth), List.of(namingMother)).granted())
                .isPresent();
        assertThat(view(MAY, true, List.of(auth), List.of(namingSomeoneElse)))
                .extracting(ContactAccess::explanationKey, ContactAccess::args)
                .containsExactly("contact.col-3.no-part-2-consent", List.of("Ana Testfield"));
        assertThat(view(MAY, true, List.of(auth), List.of(revoked)).granted()).isEmpty();
        assertThatThrownBy(() -> new Part2Consent(MEMBER, MOTHER.id(), " ", MAY, null, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("namedPerson"));
        assertThatThrownBy(() -> new Part2Consent(MEMBER, MOTHER.id(), "Ana", MAY, MAY, null))
                .hasMessage("invalid.expiresOn.before-signed {}");
    }

    @Test
    void col3_a_withdrawn_part2_consent_counts_from_its_date_and_a_date_before_the_signing_is_refused() {
        AuthorizationToShare auth = new AuthorizationToShare(MEMBER, MOTHER.id(), LocalDate.of(2026, 1, 1), null, null);
        Part2Consent consent =
                new Part2Consent(MEMBER, MOTHER.id(), "Ana Testfield", LocalDate.of(2026, 2, 1), null, null, true);
        Part2Consent withdrawn = consent.revoke(MAY);

        assertThat(withdrawn.revokedOn()).isEqualTo(MAY);
        assertThat(withdrawn.namesClass()).isTrue();
        assertThat(view(MAY.minusDays(1), true, List.of(auth), List.of(withdrawn))
                        .granted())
                .isPresent();
        assertThat(view(MAY, true, List.of(auth), List.of(withdrawn)).granted()).isEmpty();
        assertThatThrownBy(() -> consent.revoke(LocalDate.of(2026, 1, 31)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("revokedOn"));
        assertThatThrownBy(() -> consent.revoke(null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("revokedOn"));
    }

    @Test
    void col4_every_request_for_contact_details_carries_an_audit_entry_shown_or_not() {
        AuthorizationToShare auth = new AuthorizationToShare(MEMBER, MOTHER.id(), LocalDate.of(2026, 1, 1), null, null);

        assertThat(view(MAY, false, List.of(auth), List.of()).audit())
                .isEqualTo(new ContactAccess.AuditEntry(STAFF, MOTHER.id(), AT, true));
        assertThat(view(MAY, false, List.of(), List.of()).audit())
                .isEqualTo(new ContactAccess.AuditEntry(STAFF, MOTHER.id(), AT, false));
        Collateral moved = MOTHER.changeContactDetails(new ContactDetails("530 555 0199", null, null));
        assertThat(moved.contactDetailsFor(STAFF, AT, MAY, false, List.of(auth), List.of())
                        .granted()
                        .orElseThrow()
                        .phone())
                .isEqualTo("530 555 0199");
    }

    private static ContactAccess view(
            LocalDate today, boolean sud, List<AuthorizationToShare> auths, List<Part2Consent> consents) {
        return MOTHER.contactDetailsFor(STAFF, AT, today, sud, auths, consents);
    }

    @Test
    void col1_a_correction_keeps_the_person_and_version_and_still_needs_a_relationship() {
        Collateral corrected = MOTHER.correct(
                new PersonName("Ana María", "Testfield"),
                Relationship.CAREGIVER,
                new ContactDetails("530 555 0111", null, null),
                new Language("English"));

        assertThat(corrected.id()).isEqualTo(MOTHER.id());
        assertThat(corrected.member()).isEqualTo(MEMBER);
        assertThat(corrected.version()).isEqualTo(MOTHER.version());
        assertThat(corrected.name().given()).isEqualTo("Ana María");
        assertThat(corrected.relationship()).isEqualTo(Relationship.CAREGIVER);
        assertThat(corrected.contactDetails().phone()).isEqualTo("530 555 0111");
        assertThat(corrected.language().name()).isEqualTo("English");
        assertThatThrownBy(() -> MOTHER.correct(
                        MOTHER.name(), null, new ContactDetails("5305550100", null, null), MOTHER.language()))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("relationship"));
    }
}
