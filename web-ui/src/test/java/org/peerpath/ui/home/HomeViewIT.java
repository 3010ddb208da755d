package org.peerpath.ui.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.Test;
import org.peerpath.application.plan.port.in.SupervisorDeskQuery;
import org.peerpath.ui.member.MembersView;
import org.peerpath.ui.member.MyTeamView;
import org.peerpath.ui.member.service.WorkQueueView;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The start page sends each role where its day begins. */
@SpringBootTest
class HomeViewIT extends SpringBrowserlessTest {

    @Autowired
    SupervisorDeskQuery desk;

    @Autowired
    CurrentUser currentUser;

    @Test
    @WithUserDetails("peer.ben")
    void a_peer_starts_on_their_work_queue() {
        assertThat(navigate("", WorkQueueView.class)).isInstanceOf(WorkQueueView.class);
    }

    @Test
    @WithUserDetails("desk.frankie")
    void front_desk_starts_on_the_member_list() {
        assertThat(navigate("", MembersView.class)).isInstanceOf(MembersView.class);
    }

    @Test
    @WithUserDetails("super.dana")
    void poc2_poc4_goal2_a_supervisor_starts_on_what_waits_for_them() {
        HomeView home = navigate("", HomeView.class);

        String waiting = $(Section.class).id("desk-waiting").getElement().getTextRecursively();
        assertThat(waiting).contains("1 plan waits", "has waited 5 days", "Open the co-sign queue");
        String returned = $(Section.class).id("desk-returned").getElement().getTextRecursively();
        assertThat(returned).contains("Caspian", "Returned", "Peer: Ava Sunbrook");
        assertThat(returned).doesNotContain("Everett");
        assertThat(home.getElement().getTextRecursively()).contains("Goals that need a look");
    }

    @Test
    @WithUserDetails("super.hollis")
    void poc2_another_supervisor_sees_only_the_plans_of_the_peers_they_supervise_today() {
        HomeView home = navigate("", HomeView.class);

        String text = home.getElement().getTextRecursively();
        assertThat(text).contains("1 plan waits", "No plan you returned");
        assertThat(text).doesNotContain("Caspian", "Everett", "Paloma");
    }

    @Test
    @WithUserDetails("peer.ben")
    void conf2_a_peer_calling_the_supervisor_desk_query_is_refused() {
        assertThatThrownBy(() -> desk.desk(currentUser.actor())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("bhp.ellis")
    void a_bhp_starts_on_my_team() {
        assertThat(navigate("", MyTeamView.class)).isInstanceOf(MyTeamView.class);
    }
}
