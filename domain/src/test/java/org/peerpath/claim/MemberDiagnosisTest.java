package org.peerpath.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.peerpath.member.MemberId;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.StaffId;

@DisplayName("RPT-2 the member's diagnosis for claim lines, with its history")
class MemberDiagnosisTest {

    private static final MemberId MEMBER = MemberId.newId();
    private static final StaffId BHP = StaffId.newId();
    private static final Instant AT = Instant.parse("2026-05-01T16:00:00Z");

    private static MemberDiagnosis diagnosis(String code, LocalDate from, Instant at) {
        return new MemberDiagnosis(MEMBER, new DiagnosisCode(code), from, BHP, at);
    }

    @Test
    void rpt2_a_later_diagnosis_takes_over_from_its_date_and_the_earlier_one_still_answers_before_it() {
        MemberDiagnosis first = diagnosis("F33.1", LocalDate.of(2026, 3, 1), AT);
        MemberDiagnosis second = diagnosis("F41.1", LocalDate.of(2026, 6, 1), AT.plusSeconds(60));
        List<MemberDiagnosis> history = List.of(first, second);

        assertThat(MemberDiagnosis.inForceOn(history, LocalDate.of(2026, 2, 28)))
                .isEmpty();
        assertThat(MemberDiagnosis.inForceOn(history, LocalDate.of(2026, 3, 1))).contains(first);
        assertThat(MemberDiagnosis.inForceOn(history, LocalDate.of(2026, 5, 31)))
                .contains(first);
        assertThat(MemberDiagnosis.inForceOn(history, LocalDate.of(2026, 6, 1))).contains(second);
    }

    @Test
    void rpt2_two_diagnoses_from_one_date_the_one_recorded_last_counts() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        MemberDiagnosis earlier = diagnosis("F33.1", day, AT);
        MemberDiagnosis correction = diagnosis("F33.2", day, AT.plusSeconds(5));

        assertThat(MemberDiagnosis.inForceOn(List.of(correction, earlier), day)).contains(correction);
    }

    @Test
    void rpt2_a_code_not_shaped_like_icd10_is_refused_at_its_field() {
        assertThatThrownBy(() -> new DiagnosisCode("depression"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("diagnosis"));
        assertThat(new DiagnosisCode(" f33.1 ").value()).isEqualTo("F33.1");
    }
}
