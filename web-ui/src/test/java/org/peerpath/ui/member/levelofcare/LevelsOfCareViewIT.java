package org.peerpath.ui.member.levelofcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerpath.application.levelofcare.port.in.LevelOfCareQueries;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Levels of care tab (LOC-1..3): words at the field for bad input; clinical, so front desk is refused. */
@SpringBootTest
class LevelsOfCareViewIT extends SpringBrowserlessTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Autowired
    MemberQueries members;

    @Autowired
    LevelOfCareQueries levels;

    @Autowired
    CurrentUser currentUser;

    /** One of Ava's demo members without episodes (Dmitri and Lucian have theirs). */
    private MemberSummary avas(String givenName) {
        return members.myCaseload(currentUser.actor(), givenName, PageSpec.first(20))
                .items()
                .getFirst();
    }

    private LevelsOfCareView open(MemberSummary member) {
        return navigate(LevelsOfCareView.class, Map.of("memberId", member.id().toString()));
    }

    @Test
    @WithUserDetails("peer.ava")
    void loc1_an_end_before_the_start_is_named_at_the_end_date() {
        LevelsOfCareView view = open(avas("Juniper"));
        test(view.openSystem).selectItem("Specialty Mental Health");
        test(view.openLevel).selectItem("Outpatient");
        view.openStart.setValue(DAY);
        view.openEnd.setValue(DAY.minusDays(1));

        test(view.open).click();

        assertThat(view.openEnd.isInvalid()).isTrue();
        assertThat(view.openEnd.getErrorMessage()).isEqualTo("End date cannot be before the start date");
    }

    @Test
    @WithUserDetails("peer.ava")
    void loc1_a_level_not_of_the_chosen_system_is_named_at_the_level() {
        LevelsOfCareView view = open(avas("Zinnia"));
        test(view.openSystem).selectItem("Drug Medi-Cal ODS");
        test(view.openLevel).selectItem("ASAM 2.1 Intensive outpatient");
        test(view.openSystem).selectItem("Specialty Mental Health");
        view.openStart.setValue(DAY);

        test(view.open).click();

        assertThat(view.openLevel.isInvalid()).isTrue();
        assertThat(view.openLevel.getErrorMessage())
                .isEqualTo("ASAM 2.1 Intensive outpatient is not a level of care under Specialty Mental Health (SMHS)");
    }

    @Test
    @WithUserDetails("peer.ava")
    void loc3_a_move_to_another_level_shows_in_the_timeline_with_the_standalone_gap_after_a_closed_episode() {
        MemberSummary member = avas("Florian");
        LevelsOfCareView view = open(member);
        test(view.openSystem).selectItem("Drug Medi-Cal ODS");
        test(view.openLevel).selectItem("ASAM 3.5 Residential, high intensity");
        view.openStart.setValue(DAY);
        test(view.open).click();

        view = open(member);
        test(view.moveSystem).selectItem("Drug Medi-Cal ODS");
        test(view.moveLevel).selectItem("ASAM 2.1 Intensive outpatient");
        view.moveDate.setValue(DAY.plusDays(30));
        test(view.move).click();

        view = open(member);
        test(view.closeSystem).selectItem("Drug Medi-Cal ODS");
        view.closeDate.setValue(DAY.plusDays(60));
        test(view.close).click();

        String timeline = open(member).timeline.getElement().getTextRecursively();
        assertThat(timeline)
                .contains("Combined · ASAM 3.5 Residential, high intensity")
                .contains("Combined · ASAM 2.1 Intensive outpatient")
                .contains("moved from ASAM 3.5 Residential, high intensity")
                .contains("Standalone: no episode open");
    }

    @Test
    @WithUserDetails("peer.ava")
    void loc1_missing_input_gets_words_at_each_field() {
        LevelsOfCareView view = open(avas("Wren"));

        test(view.open).click();

        assertThat(view.openSystem.getErrorMessage()).isEqualTo("Choose a delivery system");
        assertThat(view.openLevel.getErrorMessage()).isEqualTo("Choose a level of care");
        assertThat(view.openStart.getErrorMessage()).isEqualTo("Enter the start date");
    }

    @Test
    @WithUserDetails("desk.frankie")
    void conf2_front_desk_calling_the_levels_of_care_query_is_refused_even_if_a_view_forgot_to_hide_it() {
        MemberSummary any = members.allMembers(currentUser.actor(), "", PageSpec.first(1))
                .items()
                .getFirst();

        assertThatThrownBy(() -> levels.episodes(currentUser.actor(), any.id()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
