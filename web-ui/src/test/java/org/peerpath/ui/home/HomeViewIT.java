package org.peerpath.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.peerpath.ui.member.CaseloadView;
import org.peerpath.ui.member.MembersView;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The start page sends each role where its day begins. */
@SpringBootTest
class HomeViewIT extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("peer.ben")
    void a_peer_starts_on_their_caseload() {
        assertThat(navigate("", CaseloadView.class)).isInstanceOf(CaseloadView.class);
    }

    @Test
    @WithUserDetails("desk.frankie")
    void front_desk_starts_on_the_member_list() {
        assertThat(navigate("", MembersView.class)).isInstanceOf(MembersView.class);
    }

    @Test
    @WithUserDetails("super.dana")
    void a_supervisor_is_welcomed_by_name_and_sees_no_member_list() {
        navigate(HomeView.class);

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Welcome, Dana Whitfield");
    }
}
