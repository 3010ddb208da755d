package org.peerpath.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.StaffId;

class BhpLicenseTest {

    private final StaffId holder = StaffId.newId();

    @Test
    void dir1_a_license_records_type_number_status_and_expiry_and_counts_only_while_current() {
        BhpLicense license = new BhpLicense(
                holder,
                LicenseType.LICENSED_MARRIAGE_AND_FAMILY_THERAPIST,
                " LMFT 999 ",
                BhpLicense.LicenseStatus.CURRENT,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2027, 1, 1));

        assertThat(license.number()).isEqualTo("LMFT 999");
        assertThat(license.isCurrentOn(LocalDate.of(2019, 12, 31))).isFalse();
        assertThat(license.isCurrentOn(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(license.isCurrentOn(LocalDate.of(2027, 1, 2))).isFalse();
    }

    @Test
    void dir1_a_license_that_is_not_current_does_not_count() {
        BhpLicense inactive = new BhpLicense(
                holder,
                LicenseType.PSYCHOLOGIST,
                "PSY 1",
                BhpLicense.LicenseStatus.INACTIVE,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 1, 1));

        assertThat(inactive.isCurrentOn(LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void dir2_a_license_suspended_after_the_date_of_service_still_counts_on_that_date() {
        BhpLicense suspended = new BhpLicense(
                holder,
                LicenseType.PSYCHOLOGIST,
                "PSY 1",
                BhpLicense.LicenseStatus.SUSPENDED,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 1, 1),
                LocalDate.of(2026, 11, 1));

        assertThat(suspended.isCurrentOn(LocalDate.of(2026, 10, 31))).isTrue();
        assertThat(suspended.isCurrentOn(LocalDate.of(2026, 11, 1))).isFalse();
        assertThat(suspended.isCurrentOn(LocalDate.of(2019, 12, 31))).isFalse();
        assertThatThrownBy(() -> new BhpLicense(
                        holder,
                        LicenseType.PSYCHOLOGIST,
                        "PSY 1",
                        BhpLicense.LicenseStatus.CURRENT,
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2030, 1, 1),
                        LocalDate.of(2026, 11, 1)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("statusSince"));
        assertThatThrownBy(() -> new BhpLicense(
                        holder,
                        LicenseType.PSYCHOLOGIST,
                        "PSY 1",
                        BhpLicense.LicenseStatus.REVOKED,
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2030, 1, 1),
                        LocalDate.of(2019, 1, 1)))
                .hasMessage("The status cannot begin before the license was issued");
    }

    @Test
    void dir1_bad_input_is_refused_at_its_field() {
        assertThatThrownBy(() -> new BhpLicense(
                        holder, null, "1", BhpLicense.LicenseStatus.CURRENT, LocalDate.of(2020, 1, 1), null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("licenseType"));
        assertThatThrownBy(() -> new BhpLicense(
                        holder,
                        LicenseType.PHYSICIAN,
                        "1",
                        BhpLicense.LicenseStatus.CURRENT,
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2020, 1, 1)))
                .hasMessage("Expiry must be after the issue date");
    }

    @Test
    void dir1_sud_counselors_are_not_bhps_and_who_may_recommend_differs_by_delivery_system() {
        assertThat(LicenseType.REGISTERED_OR_CERTIFIED_SUD_COUNSELOR.isBehavioralHealthProfessional())
                .isFalse();
        assertThat(LicenseType.LICENSED_CLINICAL_SOCIAL_WORKER.isBehavioralHealthProfessional())
                .isTrue();
        assertThat(LicenseType.REGISTERED_NURSE.isLpha()).isTrue();
        assertThat(LicenseType.REGISTERED_NURSE.isLicensedMentalHealthProfessional())
                .isFalse();
    }
}
