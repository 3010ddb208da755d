package org.peerpath.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
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
            assertThat(member.isEnrolledIn(DeliverySystem.DMC)).isFalse();
            assertThat(member.primaryPeer()).isEmpty();
        }

        @Test
        void mem1_date_of_birth_in_the_future_is_refused_at_the_field() {
            assertThatThrownBy(() -> bornOn(TODAY.plusDays(1)))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field())
                            .isEqualTo("dateOfBirth"))
                    .hasMessage("Date of birth cannot be in the future");
        }

        @Test
        void mem1_date_of_birth_more_than_120_years_back_is_refused() {
            assertThatThrownBy(() -> bornOn(TODAY.minusYears(121))).hasMessageContaining("check the year");
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
                    .hasMessage("Last name can be at most 80 characters");
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
}
