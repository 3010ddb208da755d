package org.peerpath.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.StaffId;

class BhpCredentialTest {

    private final StaffId holder = StaffId.newId();

    @Test
    void dir1_a_license_records_type_number_status_and_expiry_and_counts_only_while_current() {
        BhpCredential license = new BhpCredential(
                holder,
                CredentialType.LICENSED_MARRIAGE_AND_FAMILY_THERAPIST,
                " LMFT 999 ",
                BhpCredential.CredentialStatus.CURRENT,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2027, 1, 1));

        assertThat(license.number()).isEqualTo("LMFT 999");
        assertThat(license.isCurrentOn(LocalDate.of(2019, 12, 31))).isFalse();
        assertThat(license.isCurrentOn(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(license.isCurrentOn(LocalDate.of(2027, 1, 2))).isFalse();
    }

    @Test
    void dir1_a_license_that_is_not_current_does_not_count() {
        BhpCredential inactive = new BhpCredential(
                holder,
                CredentialType.PSYCHOLOGIST,
                "PSY 1",
                BhpCredential.CredentialStatus.INACTIVE,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 1, 1));

        assertThat(inactive.isCurrentOn(LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void dir2_a_license_suspended_after_the_date_of_service_still_counts_on_that_date() {
        BhpCredential suspended = new BhpCredential(
                holder,
                CredentialType.PSYCHOLOGIST,
                "PSY 1",
                BhpCredential.CredentialStatus.SUSPENDED,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 1, 1),
                LocalDate.of(2026, 11, 1));

        assertThat(suspended.isCurrentOn(LocalDate.of(2026, 10, 31))).isTrue();
        assertThat(suspended.isCurrentOn(LocalDate.of(2026, 11, 1))).isFalse();
        assertThat(suspended.isCurrentOn(LocalDate.of(2019, 12, 31))).isFalse();
        assertThatThrownBy(() -> new BhpCredential(
                        holder,
                        CredentialType.PSYCHOLOGIST,
                        "PSY 1",
                        BhpCredential.CredentialStatus.CURRENT,
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2030, 1, 1),
                        LocalDate.of(2026, 11, 1)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("statusSince"));
        assertThatThrownBy(() -> new BhpCredential(
                        holder,
                        CredentialType.PSYCHOLOGIST,
                        "PSY 1",
                        BhpCredential.CredentialStatus.REVOKED,
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2030, 1, 1),
                        LocalDate.of(2019, 1, 1)))
                .hasMessage("invalid.statusSince.status-cannot-begin-before {}");
    }

    @Test
    void dir1_bad_input_is_refused_at_its_field() {
        assertThatThrownBy(() -> new BhpCredential(
                        holder, null, "1", BhpCredential.CredentialStatus.CURRENT, LocalDate.of(2020, 1, 1), null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("credentialType"));
        assertThatThrownBy(() -> new BhpCredential(
                        holder,
                        CredentialType.PHYSICIAN,
                        "1",
                        BhpCredential.CredentialStatus.CURRENT,
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2020, 1, 1)))
                .hasMessage("invalid.expiresOn.expiry-must-after-issue {}");
    }

    @Test
    void dir1_each_credential_type_is_a_license_waiver_registration_or_sud_counselor_certification() {
        assertThat(CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER.kind()).isEqualTo(CredentialKind.LICENSE);
        assertThat(CredentialType.WAIVERED_PROFESSIONAL.kind()).isEqualTo(CredentialKind.WAIVER);
        assertThat(CredentialType.REGISTERED_ASSOCIATE.kind()).isEqualTo(CredentialKind.REGISTRATION);
        assertThat(CredentialType.REGISTERED_SUD_COUNSELOR.kind()).isEqualTo(CredentialKind.REGISTRATION);
        assertThat(CredentialType.CERTIFIED_SUD_COUNSELOR.kind()).isEqualTo(CredentialKind.SUD_COUNSELOR_CERTIFICATION);
    }
}
