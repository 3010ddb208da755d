package org.peerpath.ui.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.AssignPrimaryPeerCommand;
import org.peerpath.application.member.port.in.AssignPrimaryPeerUseCase;
import org.peerpath.application.member.port.in.MemberDetails;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.application.supervision.port.in.TeamPeerSummary;
import org.peerpath.ui.home.HomeView;
import org.peerpath.ui.security.SignedInStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * My team on the demo program (MEM-3): Dana supervises Ava, Ben and Drew (disabled), Ellis directs Ava and Ben, and
 * Cruz is Hollis's. Neither Dana nor Ellis opens anyone else's member.
 */
@SpringBootTest
class MyTeamViewIT extends SpringBrowserlessTest {

    @Autowired
    MemberQueries members;

    @Autowired
    AssignPrimaryPeerUseCase assignPrimaryPeer;

    @Autowired
    UserDetailsService accounts;

    /** Runs use cases as front desk (who sees every member), then signs the tested user back in. */
    private <T> T asFrontDesk(Function<Actor, T> work) {
        var tested = SecurityContextHolder.getContext().getAuthentication();
        SignedInStaff desk = (SignedInStaff) accounts.loadUserByUsername("desk.frankie");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(desk, null, desk.getAuthorities()));
        try {
            return work.apply(desk.actor());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(tested);
        }
    }

    private MemberSummary aMemberOf(String peerName) {
        return asFrontDesk(desk -> members.allMembers(desk, "", PageSpec.first(100)).items().stream()
                .filter(m -> peerName.equals(m.primaryPeerName()))
                .findFirst()
                .orElseThrow());
    }

    private MemberSummary anUnassignedMember() {
        return asFrontDesk(desk -> members.allMembers(desk, "", PageSpec.first(100)).items().stream()
                .filter(m -> m.primaryPeerName() == null)
                .findFirst()
                .orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> rows(String gridId) {
        Grid<T> grid = find(Grid.class).withId(gridId).single();
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        return rows;
    }

    private List<String> menu() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<StaffSummary> primaryPeer() {
        return find(ComboBox.class).withId("primary-peer").single();
    }

    private void assertNotFound(MemberSummary member) {
        navigate(MemberView.class, Map.of("memberId", member.id().toString()));
        String text =
                find(Div.class).withId("member-not-found").single().getElement().getTextRecursively();
        assertThat(text).contains("Member not found or not yours").doesNotContain(member.cin(), member.fullName());
        assertThat(find(H1.class).withId("member-name").all()).isEmpty();
    }

    @Test
    @WithUserDetails("super.dana")
    void mem3_a_supervisor_opens_my_team_with_the_peers_supervised_today_and_a_menu_of_their_own() {
        assertThat(navigate("my-team", MyTeamView.class)).isInstanceOf(MyTeamView.class);

        List<TeamPeerSummary> peers = rows("team-peers");
        assertThat(peers)
                .extracting(TeamPeerSummary::displayName)
                .containsExactly("Ava Sunbrook", "Ben Marlowe-Reyes", "Drew Halloway");
        assertThat(peers)
                .filteredOn(p -> !p.enabled())
                .extracting(TeamPeerSummary::displayName)
                .containsExactly("Drew Halloway");
        assertThat(menu()).containsExactly("My team", "To co-sign", "My compliance", "Compliance board");
        List<MemberSummary> avas = rows("member-grid");
        assertThat(avas).isNotEmpty().allSatisfy(m -> assertThat(m.primaryPeerName())
                .isEqualTo("Ava Sunbrook"));
    }

    @Test
    @WithUserDetails("super.dana")
    void mem3_a_supervisor_opens_a_member_of_a_supervised_peer_and_assigns_the_primary_peer_among_enabled_own_peers() {
        navigate(MyTeamView.class);
        MemberSummary first = this.<MemberSummary>rows("member-grid").getFirst();
        test(find(Grid.class).withId("member-grid").single()).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(MemberView.class);
        assertThat(find(H1.class).withId("member-name").single().getText()).isEqualTo(first.fullName());

        // A disabled peer (Drew) and a peer Dana does not supervise (Cruz) are never offered.
        assertThat(test(primaryPeer()).getSuggestions()).containsExactly("Ava Sunbrook", "Ben Marlowe-Reyes");

        test(primaryPeer()).selectItem("Ben Marlowe-Reyes");
        test(find(Button.class).withId("assign-primary-peer").single()).click();

        assertThat(find(Div.class).withId("member-header").single().getElement().getTextRecursively())
                .contains("Ben Marlowe-Reyes");
        test(primaryPeer()).selectItem("Ava Sunbrook");
        test(find(Button.class).withId("assign-primary-peer").single()).click();
        assertThat(find(Div.class).withId("member-header").single().getElement().getTextRecursively())
                .contains("Ava Sunbrook");
    }

    @Test
    @WithUserDetails("super.dana")
    void mem3_a_supervisor_opens_no_member_of_another_supervisors_peer_nor_an_unassigned_one() {
        assertNotFound(aMemberOf("Cruz Lindqvist"));
        assertNotFound(anUnassignedMember());
    }

    @Test
    @WithUserDetails("super.dana")
    void a_stale_primary_peer_assignment_is_refused_with_words_and_the_choice_is_kept() {
        MemberSummary member = aMemberOf("Ava Sunbrook");
        navigate(MemberView.class, Map.of("memberId", member.id().toString()));
        test(primaryPeer()).selectItem("Ben Marlowe-Reyes");
        // Meanwhile front desk moves the member to Ben and back to Ava: same peer, newer version.
        asFrontDesk(desk -> {
            for (String peer : List.of("Ben Marlowe-Reyes", "Ava Sunbrook")) {
                MemberDetails now = members.member(desk, member.id()).orElseThrow();
                StaffSummary to = members.primaryPeerChoices(desk, member.id()).stream()
                        .filter(s -> s.displayName().equals(peer))
                        .findFirst()
                        .orElseThrow();
                assignPrimaryPeer.assign(new AssignPrimaryPeerCommand(desk, member.id(), to.id(), now.version()));
            }
            return null;
        });

        test(find(Button.class).withId("assign-primary-peer").single()).click();

        assertThat(find(Notification.class).all())
                .extracting(n -> test(n).getText())
                .contains(com.vaadin.flow.component.UI.getCurrent().getTranslation(ConcurrentChangeException.CODE))
                .allSatisfy(text -> assertThat(text).doesNotStartWith("!"));
        assertThat(primaryPeer().getValue().displayName()).isEqualTo("Ben Marlowe-Reyes");
        String storedPeer = asFrontDesk(
                desk -> members.member(desk, member.id()).orElseThrow().primaryPeerName());
        assertThat(storedPeer).isEqualTo("Ava Sunbrook");
    }

    @Test
    @WithUserDetails("bhp.ellis")
    void mem3_a_bhp_starts_on_my_team_and_opens_a_member_of_a_directed_peer_but_no_other() {
        assertThat(navigate("", MyTeamView.class)).isInstanceOf(MyTeamView.class);
        assertThat(this.<TeamPeerSummary>rows("team-peers"))
                .extracting(TeamPeerSummary::displayName)
                .containsExactly("Ava Sunbrook", "Ben Marlowe-Reyes");
        assertThat(menu()).containsExactly("My team", "My compliance");

        MemberSummary bens = aMemberOf("Ben Marlowe-Reyes");
        navigate(MemberView.class, Map.of("memberId", bens.id().toString()));
        assertThat(find(H1.class).withId("member-name").single().getText()).isEqualTo(bens.fullName());
        assertThat(find(ComboBox.class).withId("primary-peer").all()).isEmpty();

        assertNotFound(aMemberOf("Cruz Lindqvist"));
        assertNotFound(anUnassignedMember());
    }

    @Test
    @WithUserDetails("super.hollis")
    void mem3_a_supervisor_chooses_a_peer_on_my_team_and_sees_that_peers_members() {
        navigate(MyTeamView.class);

        assertThat(this.<TeamPeerSummary>rows("team-peers"))
                .extracting(TeamPeerSummary::displayName)
                .containsExactly("Cruz Lindqvist");
        assertThat(this.<MemberSummary>rows("member-grid")).isNotEmpty().allSatisfy(m -> assertThat(m.primaryPeerName())
                .isEqualTo("Cruz Lindqvist"));
        assertThat(getCurrentView()).isNotInstanceOf(HomeView.class);
    }
}
