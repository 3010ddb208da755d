package org.peerpath.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.StaffId;

class MemberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static Member bornOn(LocalDate dateOfBirth) {
        return Member.enroll(
                new PersonName("Rowan", "Testfield"),
                dateOfBirth,
                new Cin("91234567A"),
                County.YOLO,
                Set.of(DeliverySystem.SMHS),
                new Language("English"),
                TODAY);
    }

    @Nested
    class Mem1Enrollment {

        @Test
        void mem1_enrolled_member_keeps_what_was_entered_and_has_no_primary_peer_yet() {
            Member member = Member.enroll(
                    new PersonName(" Rowan ", "Testfield"),
                    LocalDate.of(1990, 4, 2),
                    new Cin("91234567a"),
                    County.SANTA_CRUZ,
                    Set.of(DeliverySystem.SMHS, DeliverySystem.DMC_ODS),
                    new Language("Spanish"),
                    TODAY);

            assertThat(member.name().fullName()).isEqualTo("Rowan Testfield");
            assertThat(member.cin().value()).isEqualTo("91234567A");
            assertThat(member.deliverySystems()).containsExactlyInAnyOrder(DeliverySystem.SMHS, DeliverySystem.DMC_ODS);
            assertThat(member.isEnrolledInOn(DeliverySystem.DMC, TODAY)).isFalse();
            assertThat(member.isEnrolledInOn(DeliverySystem.SMHS, TODAY)).isTrue();
            assertThat(member.isEnrolledInOn(DeliverySystem.SMHS, TODAY.minusDays(1)))
                    .as("SVC-7: enrollments start on the day of enrolling")
                    .isFalse();
            assertThat(member.primaryPeer()).isEmpty();
        }

        @Test
        void mem1_date_of_birth_in_the_future_is_refused_at_the_field() {
            assertThatThrownBy(() -> bornOn(TODAY.plusDays(1)))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field())
                            .isEqualTo("dateOfBirth"))
                    .hasMessage("invalid.dateOfBirth.date-birth-cannot-future {}");
        }

        @Test
        void mem1_date_of_birth_more_than_120_years_back_is_refused() {
            assertThatThrownBy(() -> bornOn(TODAY.minusYears(121)))
                    .hasMessageStartingWith("invalid.dateOfBirth.date-birth-more-than ");
        }

        @Test
        void mem1_at_least_one_delivery_system_is_required() {
            assertThatThrownBy(() -> Member.enroll(
                            new PersonName("A", "B"),
                            LocalDate.of(1990, 1, 1),
                            new Cin("91234567A"),
                            County.YOLO,
                            Set.of(),
                            new Language("English"),
                            TODAY))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field())
                            .isEqualTo("deliverySystems"));
        }

        @Test
        void mem1_blank_or_overlong_names_are_refused_at_their_field() {
            assertThatThrownBy(() -> new PersonName(" ", "B"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field())
                            .isEqualTo("givenName"));
            assertThatThrownBy(() -> new PersonName("A", "x".repeat(PersonName.MAX_LENGTH + 1)))
                    .hasMessage("value.too-long {field=familyName, max=80}");
        }
    }

    @Nested
    class Mem2Epsdt {

        @Test
        void mem2_member_is_epsdt_until_the_day_before_their_21st_birthday() {
            Member member = bornOn(LocalDate.of(2005, 12, 1));

            assertThat(member.isEpsdtOn(LocalDate.of(2026, 11, 30))).isTrue();
            assertThat(member.ageOn(LocalDate.of(2026, 11, 30))).isEqualTo(20);
            assertThat(member.isEpsdtOn(LocalDate.of(2026, 12, 1))).isFalse();
        }

        @Test
        void mem2_status_follows_the_date_of_service_not_today() {
            Member member = bornOn(LocalDate.of(2004, 6, 15));

            assertThat(member.isEpsdtOn(TODAY)).isFalse();
            assertThat(member.isEpsdtOn(LocalDate.of(2025, 6, 14))).isTrue();
        }
    }

    @Test
    void mem3_assigning_a_primary_peer_replaces_the_previous_one() {
        StaffId first = StaffId.newId();
        StaffId second = StaffId.newId();

        Member member =
                bornOn(LocalDate.of(1980, 1, 1)).assignPrimaryPeer(first).assignPrimaryPeer(second);

        assertThat(member.hasPrimaryPeer(second)).isTrue();
        assertThat(member.hasPrimaryPeer(first)).isFalse();
    }

    @Test
    @DisplayName("SVC-7 enrollments are dated: ending one today leaves earlier days enrolled")
    void svc7_enrollments_have_a_start_and_an_optional_end() {
        Member member = bornOn(LocalDate.of(1990, 1, 1));
        LocalDate march = LocalDate.of(2027, 3, 1);

        Member ended = member.endEnrollment(DeliverySystem.SMHS, march);
        Member dmc = ended.enrollIn(DeliverySystem.DMC, march.plusDays(1));

        assertThat(ended.isEnrolledInOn(DeliverySystem.SMHS, march)).isTrue();
        assertThat(ended.isEnrolledInOn(DeliverySystem.SMHS, march.plusDays(1))).isFalse();
        assertThat(ended.deliverySystems()).doesNotContain(DeliverySystem.SMHS);
        assertThat(dmc.isEnrolledInOn(DeliverySystem.DMC, march.plusDays(1))).isTrue();
        assertThat(dmc.enrollments()).hasSize(member.enrollments().size() + 1);
        assertThatThrownBy(() -> dmc.enrollIn(DeliverySystem.DMC, march.plusDays(5)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("deliverySystems"));
        assertThatThrownBy(() -> ended.endEnrollment(DeliverySystem.SMHS, march))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void svc7_a_member_stored_without_enrollment_dates_counts_as_enrolled_since_birth() {
        Member member = bornOn(LocalDate.of(1990, 1, 1));
        Member restored = Member.restore(
                member.id(),
                member.name(),
                member.dateOfBirth(),
                member.cin(),
                member.county(),
                java.util.Set.of(DeliverySystem.SMHS),
                member.preferredLanguage(),
                null,
                2);

        assertThat(restored.isEnrolledInOn(DeliverySystem.SMHS, LocalDate.of(1990, 1, 1)))
                .isTrue();
        assertThat(restored.deliverySystems()).containsExactly(DeliverySystem.SMHS);
    }
}
