package org.peerpath.application.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.MemberFilter;

class MemberFilterTest {

    private static MemberFilter box(String typed) {
        return new MemberFilter(null, typed);
    }

    @Test
    void a_cin_is_read_as_a_cin_in_any_case() {
        assertThat(box(" 91234567a ").cin())
                .hasValueSatisfying(cin -> assertThat(cin.value()).isEqualTo("91234567A"));
        assertThat(box("91234567a").searchesByName()).isFalse();
    }

    @Test
    void a_date_is_read_in_us_and_iso_order_and_an_impossible_date_is_not_a_date() {
        assertThat(box("3/14/2009").dateOfBirth()).contains(LocalDate.of(2009, 3, 14));
        assertThat(box("03/14/2009").dateOfBirth()).contains(LocalDate.of(2009, 3, 14));
        assertThat(box("2009-03-14").dateOfBirth()).contains(LocalDate.of(2009, 3, 14));
        assertThat(box("2/31/2020").dateOfBirth()).isEmpty();
    }

    @Test
    void other_text_is_part_of_a_name_and_blank_is_no_search() {
        assertThat(box("Sunbrook").searchesByName()).isTrue();
        assertThat(box("Sunbrook").cin()).isEmpty();
        assertThat(box("   ").searchesByName()).isFalse();
    }
}
