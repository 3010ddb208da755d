package org.peerpath.application.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerpath.application.screening.port.in.ScreeningDecision;
import org.peerpath.application.screening.port.out.ScreeningStore;
import org.peerpath.application.screening.port.out.StoredResult;
import org.peerpath.application.screening.port.out.StoredRun;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.screening.ListEntry;
import org.peerpath.screening.MatchBasis;
import org.peerpath.screening.MatchedOn;
import org.peerpath.screening.ScreenedPerson;
import org.peerpath.screening.ScreeningList;
import org.peerpath.screening.ScreeningResult;
import org.peerpath.screening.ScreeningRoster;
import org.peerpath.shared.StaffId;

/** What every store of screening runs must do, run against the in-memory fake and against PostgreSQL (SCR-3). */
public abstract class ScreeningStoreContract {

    protected abstract ScreeningStore store();

    /** A staff account that exists in the store. */
    protected abstract StaffId existingStaff();

    static final LocalDate RAN = LocalDate.of(2026, 3, 2);
    static final LocalDate LISTED = LocalDate.of(2026, 1, 15);

    private StoredRun run(UUID id, ScreeningList list, LocalDate on, StaffId admin) {
        return new StoredRun(id, list, "list.csv", admin, "admin.test", on, Instant.now(), 120, 2, 1, 1, 0);
    }

    private static ScreeningRoster.Match match(StaffId person, MatchedOn on) {
        ScreenedPerson who = new ScreenedPerson(person, "Hollis Grant", null, Set.of(), null);
        return new ScreeningRoster.Match(who, on, new ListEntry(7, "GRANT", "HOLLIS", null, null, null, LISTED, null));
    }

    @Test
    void scr3_a_run_keeps_every_result_and_its_counts() {
        StaffId admin = existingStaff();
        StaffId hollis = existingStaff();
        StaffId ava = existingStaff();
        UUID id = UUID.randomUUID();
        StoredResult task = StoredResult.matched(id, match(hollis, MatchedOn.NAME_ONLY), ScreeningList.SAM, RAN);
        store().saveRun(
                        run(id, ScreeningList.SAM, RAN, admin),
                        List.of(task, StoredResult.clear(id, ava, "Ava Ruiz", ScreeningList.SAM, RAN)));

        assertThat(store().latestRuns(1000))
                .filteredOn(r -> r.id().equals(id))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.id()).isEqualTo(id);
                    assertThat(r.rowsRead()).isEqualTo(120);
                    assertThat(r.fileName()).isEqualTo("list.csv");
                    assertThat(r.uploadedByName()).isEqualTo("admin.test");
                });
        assertThat(store().lastRunOn(ScreeningList.SAM)).contains(RAN);
        assertThat(store().findResult(task.id())).contains(task);
        assertThat(store().resultsOf(ava)).containsExactly(ScreeningResult.clear(ava, ScreeningList.SAM, RAN));
        assertThat(store().resultsOf(hollis)).singleElement().satisfies(r -> assertThat(r.isReviewTask())
                .isTrue());
        assertThat(store().matches(EnumSet.of(ScreeningDecision.OPEN), 1000)).contains(task);
    }

    @Test
    void scr2_a_confirmed_review_task_excludes_from_its_date_and_a_stale_decision_is_refused() {
        StaffId admin = existingStaff();
        StaffId hollis = existingStaff();
        UUID id = UUID.randomUUID();
        StoredResult task =
                StoredResult.matched(id, match(hollis, MatchedOn.NAME_AND_DATE_OF_BIRTH), ScreeningList.OIG_LEIE, RAN);
        store().saveRun(run(id, ScreeningList.OIG_LEIE, RAN, admin), List.of(task));

        store().saveDecision(task.confirm(admin, Instant.parse("2026-03-03T17:00:00Z"), LISTED), 0);

        StoredResult decided = store().findResult(task.id()).orElseThrow();
        assertThat(decided.decision()).isEqualTo(ScreeningDecision.CONFIRMED);
        assertThat(decided.version()).isGreaterThan(task.version());
        assertThat(decided.decided()).isNotNull();
        assertThat(store().resultsOf(hollis)).singleElement().satisfies(r -> {
            assertThat(r.basis()).isEqualTo(MatchBasis.NAME_CONFIRMED_ON_REVIEW);
            assertThat(r.excludesOn(LISTED)).isTrue();
            assertThat(r.excludesOn(LISTED.minusDays(1))).isFalse();
        });
        assertThat(store().matches(EnumSet.of(ScreeningDecision.CONFIRMED), 1000))
                .extracting(StoredResult::id)
                .contains(task.id());
        assertThatThrownBy(() -> store().saveDecision(task.dismiss(admin, Instant.now(), "late"), 0))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void scr2_a_dismissed_review_task_keeps_its_reason_and_reads_as_clear() {
        StaffId admin = existingStaff();
        StaffId hollis = existingStaff();
        UUID id = UUID.randomUUID();
        StoredResult task = StoredResult.matched(
                id, match(hollis, MatchedOn.NAME_ONLY), ScreeningList.MEDI_CAL_SUSPENDED_AND_INELIGIBLE, RAN);
        store().saveRun(run(id, ScreeningList.MEDI_CAL_SUSPENDED_AND_INELIGIBLE, RAN, admin), List.of(task));

        store().saveDecision(task.dismiss(admin, Instant.parse("2026-03-03T17:00:00Z"), "Other birth date"), 0);

        StoredResult decided = store().findResult(task.id()).orElseThrow();
        assertThat(decided.decision()).isEqualTo(ScreeningDecision.DISMISSED);
        assertThat(decided.decided().reason()).isEqualTo("Other birth date");
        assertThat(decided.match().line()).isEqualTo(7);
        assertThat(decided.match().listedName()).isEqualTo("HOLLIS GRANT");
        assertThat(decided.match().listedOn()).isEqualTo(LISTED);
        assertThat(store().resultsOf(hollis))
                .containsExactly(ScreeningResult.clear(hollis, ScreeningList.MEDI_CAL_SUSPENDED_AND_INELIGIBLE, RAN));
    }

    @Test
    void scr2_an_npi_match_is_stored_confirmed_from_the_listed_date() {
        StaffId admin = existingStaff();
        StaffId hollis = existingStaff();
        UUID id = UUID.randomUUID();
        StoredResult hit = StoredResult.matched(id, match(hollis, MatchedOn.NPI), ScreeningList.OIG_LEIE, RAN);
        store().saveRun(run(id, ScreeningList.OIG_LEIE, RAN, admin), List.of(hit));

        assertThat(store().resultsOf(hollis)).singleElement().satisfies(r -> {
            assertThat(r.basis()).isEqualTo(MatchBasis.NPI);
            assertThat(r.exclusionEffectiveOn()).isEqualTo(LISTED);
        });
        assertThat(store().matches(EnumSet.of(ScreeningDecision.CONFIRMED_BY_LIST), 1000))
                .extracting(StoredResult::id)
                .contains(hit.id());
    }

    @Test
    void scr2_a_reinstatement_lifts_a_confirmed_hit_from_its_date_and_a_stale_one_is_refused() {
        StaffId admin = existingStaff();
        StaffId hollis = existingStaff();
        UUID id = UUID.randomUUID();
        StoredResult hit = StoredResult.matched(id, match(hollis, MatchedOn.NPI), ScreeningList.OIG_LEIE, RAN);
        store().saveRun(run(id, ScreeningList.OIG_LEIE, RAN, admin), List.of(hit));
        LocalDate reinstated = LISTED.plusDays(30);

        store().saveReinstatement(
                        hit.reinstate(reinstated, "OIG notice"), hit.version(), admin, Instant.now(), "OIG notice");

        StoredResult stored = store().findResult(hit.id()).orElseThrow();
        assertThat(stored.reinstatedOn()).isEqualTo(reinstated);
        assertThat(stored.reinstatedReason()).isEqualTo("OIG notice");
        assertThat(stored.version()).isEqualTo(hit.version() + 1);
        assertThat(stored.decision()).isEqualTo(ScreeningDecision.CONFIRMED_BY_LIST);
        assertThat(store().resultsOf(hollis)).singleElement().satisfies(r -> {
            assertThat(r.excludesOn(reinstated.minusDays(1))).isTrue();
            assertThat(r.excludesOn(reinstated)).isFalse();
        });
        assertThatThrownBy(() -> store().saveReinstatement(
                                hit.reinstate(reinstated.plusDays(1), "again"),
                                hit.version(),
                                admin,
                                Instant.now(),
                                "again"))
                .isInstanceOf(ConcurrentChangeException.class);
    }
}
