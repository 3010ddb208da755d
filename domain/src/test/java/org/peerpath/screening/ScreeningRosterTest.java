package org.peerpath.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.peerpath.shared.StaffId;

class ScreeningRosterTest {

    static final LocalDate BORN = LocalDate.of(1980, 4, 2);

    final ScreenedPerson hollis = new ScreenedPerson(StaffId.newId(), "Hollis Grant", "1234567893", Set.of(), BORN);
    final ScreenedPerson ellis = new ScreenedPerson(StaffId.newId(), "Ellis Moreno", null, Set.of("LCSW 12345"), BORN);
    final ScreenedPerson ava = new ScreenedPerson(StaffId.newId(), "Ava José Ruiz", null, Set.of(), null);
    final ScreeningRoster roster = new ScreeningRoster(List.of(hollis, ellis, ava));

    static ListEntry entry(
            String last, String first, @Nullable String npi, @Nullable String license, @Nullable LocalDate born) {
        return new ListEntry(2, last, first, npi, license, born, LocalDate.of(2026, 1, 5), null);
    }

    @Test
    void scr2_an_npi_match_wins_over_any_name_and_is_confirmed() {
        List<ScreeningRoster.Match> matches = roster.match(entry("SOMEONE", "ELSE", "1234567893", null, null));

        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.person()).isEqualTo(hollis);
            assertThat(m.on()).isEqualTo(MatchedOn.NPI);
            assertThat(m.on().basis().outcome()).isEqualTo(MatchBasis.Outcome.CONFIRMED_EXCLUSION);
        });
    }

    @Test
    void scr2_a_license_number_matches_whatever_its_spacing_and_is_confirmed() {
        assertThat(roster.match(entry("X", "Y", null, "lcsw-12345", null)))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.person()).isEqualTo(ellis);
                    assertThat(m.on()).isEqualTo(MatchedOn.LICENSE_NUMBER);
                    assertThat(m.on().basis()).isEqualTo(MatchBasis.LICENSE_NUMBER);
                });
    }

    @Test
    void scr2_name_and_date_of_birth_or_name_alone_are_review_tasks_and_another_birth_date_is_another_person() {
        assertThat(roster.match(entry("Grant", "Hollis", null, null, BORN)))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.on()).isEqualTo(MatchedOn.NAME_AND_DATE_OF_BIRTH);
                    assertThat(m.on().basis().outcome()).isEqualTo(MatchBasis.Outcome.REVIEW_TASK);
                });
        assertThat(roster.match(entry("GRANT", "HOLLIS", null, null, null)))
                .singleElement()
                .satisfies(m -> assertThat(m.on()).isEqualTo(MatchedOn.NAME_ONLY));
        assertThat(roster.match(entry("GRANT", "HOLLIS", null, null, BORN.plusDays(1))))
                .isEmpty();
    }

    @Test
    void scr2_names_match_without_accents_case_or_middle_names() {
        assertThat(roster.match(entry("RUIZ", "AVA MARIA", null, null, BORN)))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.person()).isEqualTo(ava);
                    assertThat(m.on()).isEqualTo(MatchedOn.NAME_ONLY);
                });
        assertThat(ScreeningRoster.normalized(" José  O'Neil ")).isEqualTo("JOSE ONEIL");
        assertThat(roster.match(entry("MORENO", "ELLIS", null, null, BORN))).hasSize(1);
        ScreenedPerson titled = new ScreenedPerson(StaffId.newId(), "Dr. Rae Okafor-Hale, LCSW", null, Set.of(), BORN);
        assertThat(new ScreeningRoster(List.of(titled)).match(entry("Okafor-Hale", "Rae", null, null, BORN)))
                .singleElement()
                .satisfies(m -> assertThat(m.person()).isEqualTo(titled));
    }

    @Test
    void scr2_an_entry_with_no_known_key_matches_no_one() {
        assertThat(roster.match(entry("", "", "9999999999", "RN 1", null))).isEmpty();
        assertThat(roster.match(entry("Grant", "Hollie", null, null, BORN))).isEmpty();
    }

    @Test
    void scr2_a_name_match_confirmed_on_review_is_a_confirmed_exclusion() {
        assertThat(MatchBasis.NAME_CONFIRMED_ON_REVIEW.outcome()).isEqualTo(MatchBasis.Outcome.CONFIRMED_EXCLUSION);
        assertThat(MatchedOn.NPI.isStrongerThan(MatchedOn.NAME_ONLY)).isTrue();
    }
}
