package org.peerpath.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("SVC-8 note due dates")
class NoteDeadlineTest {

    @ParameterizedTest(name = "service on {0} → note due {1}")
    @CsvSource({
        "2026-10-12, 2026-10-15", // Monday → Thursday
        "2026-10-14, 2026-10-19", // Wednesday → Monday (weekend skipped)
        "2026-10-15, 2026-10-20", // Thursday → Tuesday
        "2026-10-16, 2026-10-21", // Friday → Wednesday
        "2026-10-17, 2026-10-21", // Saturday → Wednesday
        "2026-10-18, 2026-10-21", // Sunday → Wednesday
    })
    void svc8_three_business_days_skip_weekends(LocalDate dateOfService, LocalDate due) {
        assertThat(NoteDeadline.dueOn(dateOfService, 3, Set.of())).isEqualTo(due);
    }

    @ParameterizedTest(name = "service on {0} with holidays {2} → due {1}")
    @CsvSource({
        "2026-11-25, 2026-12-02, 2026-11-26;2026-11-27", // Wednesday before Thanksgiving: Mon, Tue, Wed
        "2026-12-23, 2026-12-29, 2026-12-25", // Christmas Friday
        "2026-12-31, 2027-01-06, 2027-01-01", // New Year's Day Friday
    })
    void svc8_holidays_passed_in_are_skipped(LocalDate dateOfService, LocalDate due, String holidays) {
        Set<LocalDate> days = java.util.Arrays.stream(holidays.split(";"))
                .map(LocalDate::parse)
                .collect(java.util.stream.Collectors.toSet());

        assertThat(NoteDeadline.dueOn(dateOfService, 3, days)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} business day(s) after Friday 16 Oct → {1}")
    @CsvSource({"1, 2026-10-19", "2, 2026-10-20", "3, 2026-10-21"})
    void svc8_a_county_may_set_fewer_business_days(int businessDays, LocalDate due) {
        assertThat(NoteDeadline.dueOn(LocalDate.of(2026, 10, 16), businessDays, Set.of()))
                .isEqualTo(due);
    }

    @org.junit.jupiter.api.Test
    void svc8_crisis_notes_are_due_24_hours_after_the_service_ended() {
        LocalDate saturday = LocalDate.of(2026, 10, 17);

        assertThat(NoteDeadline.dueAt(saturday, LocalTime.of(22, 30), true, 3, 24, Set.of()))
                .isEqualTo(LocalDateTime.of(2026, 10, 18, 22, 30));
        assertThat(NoteDeadline.dueAt(saturday, null, true, 3, 24, Set.of()))
                .isEqualTo(LocalDate.of(2026, 10, 18).atTime(LocalTime.MAX));
        assertThat(NoteDeadline.dueAt(saturday, LocalTime.NOON, false, 3, 24, Set.of()))
                .isEqualTo(LocalDate.of(2026, 10, 21).atTime(LocalTime.MAX));
        assertThat(NoteDeadline.isBusinessDay(saturday, Set.of())).isFalse();
    }
}
