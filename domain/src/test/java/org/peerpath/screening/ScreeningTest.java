package org.peerpath.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.shared.StaffId;

class ScreeningTest {

    static final StaffId PERSON = StaffId.newId();
    static final LocalDate RUN = LocalDate.of(2026, 3, 1);

    @Test
    void scr2_name_only_matches_are_review_tasks_npi_and_license_matches_are_confirmed() {
        assertThat(MatchBasis.NONE.outcome()).isEqualTo(MatchBasis.Outcome.CLEAR);
        assertThat(MatchBasis.NAME_ONLY.outcome()).isEqualTo(MatchBasis.Outcome.REVIEW_TASK);
        assertThat(MatchBasis.NPI.outcome()).isEqualTo(MatchBasis.Outcome.CONFIRMED_EXCLUSION);
        assertThat(MatchBasis.LICENSE_NUMBER.outcome()).isEqualTo(MatchBasis.Outcome.CONFIRMED_EXCLUSION);
    }

    @Test
    void scr2_a_confirmed_match_makes_the_person_ineligible_from_its_effective_date_until_reinstated() {
        ScreeningResult hit = new ScreeningResult(
                PERSON, ScreeningList.SAM, RUN, MatchBasis.LICENSE_NUMBER, LocalDate.of(2026, 2, 1), null);
        ScreeningResult reinstated = hit.reinstate(LocalDate.of(2026, 5, 1));

        assertThat(hit.excludesOn(LocalDate.of(2026, 1, 31))).isFalse();
        assertThat(hit.excludesOn(LocalDate.of(2026, 2, 1))).isTrue();
        assertThat(reinstated.excludesOn(LocalDate.of(2026, 4, 30))).isTrue();
        assertThat(reinstated.excludesOn(LocalDate.of(2026, 5, 1))).isFalse();
        assertThat(new ScreeningHistory(PERSON, List.of(hit)).exclusionOn(LocalDate.of(2026, 3, 1)))
                .contains(hit);
    }

    @Test
    void scr2_results_are_consistent_with_their_basis() {
        assertThatThrownBy(() -> new ScreeningResult(PERSON, ScreeningList.SAM, RUN, MatchBasis.NPI, null, null))
                .hasMessage("invalid.exclusionEffectiveOn.confirmed-match-needs-date {}");
        assertThatThrownBy(() -> new ScreeningResult(PERSON, ScreeningList.SAM, RUN, MatchBasis.NAME_ONLY, RUN, null))
                .hasMessage("invalid.exclusionEffectiveOn.only-confirmed-match-has {}");
        assertThatThrownBy(() -> new ScreeningResult(PERSON, ScreeningList.SAM, RUN, MatchBasis.NPI, RUN, RUN))
                .hasMessage("invalid.reinstatedOn.reinstatement-must-come-after {}");
        assertThatThrownBy(() ->
                        ScreeningResult.clear(PERSON, ScreeningList.SAM, RUN).reinstate(RUN))
                .hasMessage("invalid.reinstatedOn.only-confirmed-exclusion-reinstated {}");
    }

    @Test
    void scr2_a_review_task_stays_open_until_a_later_result_on_that_list() {
        ScreeningResult task =
                new ScreeningResult(PERSON, ScreeningList.OIG_LEIE, RUN, MatchBasis.NAME_ONLY, null, null);
        ScreeningResult cleared = ScreeningResult.clear(PERSON, ScreeningList.OIG_LEIE, RUN.plusDays(3));
        ScreeningHistory history = new ScreeningHistory(PERSON, List.of(task, cleared));

        assertThat(task.isReviewTask()).isTrue();
        assertThat(history.openReviewTasksOn(RUN.plusDays(1))).containsExactly(task);
        assertThat(history.openReviewTasksOn(RUN.plusDays(3))).isEmpty();
        assertThat(history.openReviewTasksOn(RUN.minusDays(1))).isEmpty();
    }

    @Test
    void scr1_everyone_is_screened_on_all_three_lists_before_starting_and_again_by_the_cadence() {
        List<ScreeningResult> results = new ArrayList<>();
        for (ScreeningList list : ScreeningList.values()) {
            results.add(ScreeningResult.clear(PERSON, list, list == ScreeningList.SAM ? RUN.plusDays(10) : RUN));
        }
        ScreeningHistory history = new ScreeningHistory(PERSON, results);

        assertThat(history.isScreenedOnEveryListBy(RUN.plusDays(9))).isFalse();
        assertThat(history.isScreenedOnEveryListBy(RUN.plusDays(10))).isTrue();
        assertThat(history.nextDueOn(RUN.plusDays(10), ScreeningCadence.MONTHLY))
                .isEqualTo(RUN.plusMonths(1));
        assertThat(history.isOverdueOn(RUN.plusMonths(1), ScreeningCadence.MONTHLY))
                .isFalse();
        assertThat(history.isOverdueOn(RUN.plusMonths(1).plusDays(1), ScreeningCadence.MONTHLY))
                .isTrue();
        assertThat(history.isOverdueOn(RUN.plusMonths(5), ScreeningCadence.TWICE_A_YEAR))
                .isFalse();
        assertThat(history.isOverdueOn(RUN, ScreeningCadence.QUARTERLY)).isTrue();
        assertThat(history.nextDueOn(RUN.minusDays(1), ScreeningCadence.MONTHLY))
                .isEqualTo(RUN.minusDays(1));
    }

    @Test
    void scr3_every_result_is_kept_and_a_history_holds_only_its_persons_results() {
        StaffId other = StaffId.newId();
        ScreeningHistory history = new ScreeningHistory(
                PERSON,
                List.of(
                        ScreeningResult.clear(PERSON, ScreeningList.SAM, RUN),
                        ScreeningResult.clear(PERSON, ScreeningList.SAM, RUN.plusMonths(1)),
                        ScreeningResult.clear(other, ScreeningList.SAM, RUN)));

        assertThat(history.results()).hasSize(2).allMatch(r -> r.person().equals(PERSON));
        assertThat(ScreeningCadence.TWICE_A_YEAR.months()).isEqualTo(6);
    }

    @Test
    void scr3_a_run_keeps_its_file_uploader_and_every_result() {
        StaffId admin = StaffId.newId();
        ScreeningResult task = new ScreeningResult(PERSON, ScreeningList.SAM, RUN, MatchBasis.NAME_ONLY, null, null);
        ScreeningRun run = new ScreeningRun(
                java.util.UUID.randomUUID(),
                ScreeningList.SAM,
                "sam-2026-03.csv",
                admin,
                RUN,
                List.of(task, ScreeningResult.clear(StaffId.newId(), ScreeningList.SAM, RUN)));

        assertThat(run.results()).hasSize(2);
        assertThat(run.reviewTasks()).containsExactly(task);
        assertThatThrownBy(() -> new ScreeningRun(
                        java.util.UUID.randomUUID(), ScreeningList.OIG_LEIE, "oig.csv", admin, RUN, List.of(task)))
                .hasMessage("invalid.results.every-result-run-against {}");
        assertThatThrownBy(() ->
                        new ScreeningRun(java.util.UUID.randomUUID(), ScreeningList.SAM, " ", admin, RUN, List.of()))
                .hasMessage("value.required {field=fileName}");
    }
}
