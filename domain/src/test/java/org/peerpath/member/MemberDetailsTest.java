package org.peerpath.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.FieldProblem;
import org.peerpath.shared.InvalidValueException;

/** MEM-1: a member's details are corrected, reached and discharged with words at the field for every bad input. */
class MemberDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final Member member = Member.enroll(
            new PersonName("Ana", "Duarte"),
            LocalDate.of(1990, 1, 2),
            new Cin("12345678A"),
            County.YOLO,
            EnumSet.of(DeliverySystem.SMHS),
            new Language("Spanish"),
            TODAY.minusYears(1));

    @Test
    void mem1_front_desk_corrects_the_facts_and_contact_and_keeps_enrollments_and_peer() {
        Member corrected = member.correct(
                new PersonName("Anna", "Duarte"),
                LocalDate.of(1990, 2, 1),
                new Cin("87654321B"),
                County.YOLO,
                new Language("English"),
                new MemberContact("(530) 555-0100", "1 Elm St, Davis"),
                TODAY);

        assertThat(corrected.name().given()).isEqualTo("Anna");
        assertThat(corrected.cin().value()).isEqualTo("87654321B");
        assertThat(corrected.contact().phone()).isEqualTo("(530) 555-0100");
        assertThat(corrected.enrollments()).isEqualTo(member.enrollments());
    }

    @Test
    void mem1_a_bad_phone_a_long_address_and_a_future_birth_date_are_named_at_their_field() {
        assertThatThrownBy(() -> new MemberContact("call me", null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("phone"));
        assertThatThrownBy(() -> new MemberContact(null, "x".repeat(301)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("address"));
        assertThatThrownBy(() -> member.correct(
                        member.name(),
                        TODAY.plusDays(1),
                        member.cin(),
                        County.YOLO,
                        member.preferredLanguage(),
                        MemberContact.NONE,
                        TODAY))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("dateOfBirth"));
        assertThat(new MemberContact("  ", " ")).isEqualTo(MemberContact.NONE);
    }

    @Test
    void mem3_a_discharge_has_a_date_not_in_the_future_and_a_reason_and_readmission_clears_it() {
        Member discharged = member.discharge(TODAY, "Moved out of the county", TODAY);

        assertThat(discharged.discharge()).contains(new Discharge(TODAY, "Moved out of the county"));
        assertThat(discharged.enrollments()).isEqualTo(member.enrollments());
        assertThat(discharged.readmit().discharge()).isEmpty();
        assertThat(refusal(() -> discharged.discharge(TODAY, "again", TODAY))).isEqualTo("dischargedOn");
        assertThat(refusal(() -> member.readmit())).isEqualTo("dischargedOn");
    }

    @Test
    void mem3_a_discharge_without_reason_in_the_future_or_before_enrollment_is_refused_at_its_field() {
        assertThat(refusal(() -> member.discharge(TODAY, " ", TODAY))).isEqualTo("reason");
        assertThat(refusal(() -> member.discharge(null, "Moved", TODAY))).isEqualTo("dischargedOn");
        assertThat(refusal(() -> member.discharge(TODAY.plusDays(1), "Moved", TODAY)))
                .isEqualTo("dischargedOn");
        assertThat(refusal(() -> member.discharge(TODAY.minusYears(2), "Moved", TODAY)))
                .isEqualTo("dischargedOn");
        assertThat(refusal(() -> member.discharge(TODAY, "x".repeat(301), TODAY)))
                .isEqualTo("reason");
    }

    private static String refusal(Runnable change) {
        try {
            change.run();
        } catch (MemberChangeRefusedException refused) {
            return ((FieldProblem) refused).field();
        }
        throw new AssertionError("not refused");
    }
}
