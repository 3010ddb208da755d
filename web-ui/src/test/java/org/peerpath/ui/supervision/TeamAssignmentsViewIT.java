package org.peerpath.ui.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.application.supervision.port.in.AssignmentSummary;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.ui.form.LeaveQuestion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Admins set who supervises and who directs each peer (SUP-1, DIR-2); disabled accounts are never offered. */
@SpringBootTest
@WithUserDetails("admin.gale")
class TeamAssignmentsViewIT extends SpringBrowserlessTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Los_Angeles"));

    @SuppressWarnings("unchecked")
    private ComboBox<Object> combo(String id) {
        return find(ComboBox.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private List<AssignmentSummary> history(String id) {
        Grid<AssignmentSummary> grid = find(Grid.class).withId(id).single();
        List<AssignmentSummary> rows = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        return rows;
    }

    private String text(String id) {
        return find(Paragraph.class).withId(id).single().getText();
    }

    @Test
    void sup1_an_admin_sees_a_peers_current_and_past_supervisors_and_a_disabled_peer_is_not_offered() {
        navigate(TeamAssignmentsView.class);
        assertThat(find(SideNavItem.class).all())
                .extracting(SideNavItem::getLabel)
                .contains("Supervisors and BHPs");

        assertThat(test(combo("team-peer")).getSuggestions())
                .contains("Ava Sunbrook", "Ben Marlowe-Reyes", "Cruz Lindqvist")
                .doesNotContain("Drew Halloway");
        test(combo("team-peer")).selectItem("Cruz Lindqvist");

        assertThat(text("supervisor-current")).startsWith("Now: Hollis Brightwater, since");
        assertThat(history("supervisor-history"))
                .extracting(AssignmentSummary::name, AssignmentSummary::standing)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Hollis Brightwater", AssignmentSummary.Standing.CURRENT),
                        org.assertj.core.groups.Tuple.tuple("Dana Whitfield", AssignmentSummary.Standing.PAST));
        assertThat(text("bhp-current")).isEqualTo("No directing BHP today.");
        assertThat(test(combo("new-supervisor")).getSuggestions())
                .containsExactlyInAnyOrder("Dana Whitfield", "Hollis Brightwater");
        assertThat(test(combo("new-bhp")).getSuggestions()).containsExactly("Dr. Ellis Okafor-Hale, LCSW");
    }

    @Test
    void dir2_an_admin_sets_a_directing_bhp_from_a_date_and_a_start_before_the_current_one_is_refused_at_its_field() {
        navigate(TeamAssignmentsView.class);
        test(combo("team-peer")).selectItem("Cruz Lindqvist");

        // Upcoming, so that nobody's team changes today for the other tests sharing this demo program.
        test(combo("new-bhp")).selectItem("Dr. Ellis Okafor-Hale, LCSW");
        test(find(DatePicker.class).withId("bhp-starts-on").single()).setValue(TODAY.plusDays(30));
        test(find(Button.class).withId("set-bhp").single()).click();

        assertThat(history("bhp-history"))
                .extracting(AssignmentSummary::name, AssignmentSummary::startsOn, AssignmentSummary::standing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "Dr. Ellis Okafor-Hale, LCSW", TODAY.plusDays(30), AssignmentSummary.Standing.UPCOMING));

        test(combo("new-supervisor")).selectItem("Dana Whitfield");
        DatePicker supervisorStart =
                find(DatePicker.class).withId("supervisor-starts-on").single();
        test(supervisorStart).setValue(TODAY.minusDays(90));
        test(find(Button.class).withId("set-supervisor").single()).click();

        assertThat(supervisorStart.isInvalid()).isTrue();
        assertThat(supervisorStart.getErrorMessage()).isNotBlank();
        assertThat(text("supervisor-current")).startsWith("Now: Hollis Brightwater");
    }

    @Autowired
    StaffDirectory directory;

    @Test
    void leaving_with_a_chosen_supervisor_not_yet_set_asks_and_after_setting_it_does_not() {
        // A peer of this test's own, and an upcoming start: nobody's team changes for the other tests.
        String name =
                "Tess Teamleaver " + java.util.UUID.randomUUID().toString().substring(0, 4);
        directory.save(new StaffAccount(
                StaffId.newId(),
                "peer.tl" + java.util.UUID.randomUUID().toString().substring(0, 6),
                name,
                "{noop}unused-password",
                Set.of(Role.PEER),
                true));
        TeamAssignmentsView view = navigate(TeamAssignmentsView.class);
        test(combo("team-peer")).selectItem(name);
        test(combo("new-supervisor")).selectItem("Dana Whitfield");
        test(find(DatePicker.class).withId("supervisor-starts-on").single()).setValue(TODAY.plusDays(40));

        LeaveQuestion.leavingAsksAndStays(view, "members");

        test(find(Button.class).withId("set-supervisor").single()).click();

        assertThat(history("supervisor-history"))
                .extracting(AssignmentSummary::name)
                .contains("Dana Whitfield");
        LeaveQuestion.leavingDoesNotAsk(view, "members");
    }

    @Test
    void looking_at_a_peers_assignments_without_choosing_anyone_does_not_ask_before_leaving() {
        TeamAssignmentsView view = navigate(TeamAssignmentsView.class);
        test(combo("team-peer")).selectItem("Cruz Lindqvist");

        LeaveQuestion.leavingDoesNotAsk(view, "members");
    }
}
