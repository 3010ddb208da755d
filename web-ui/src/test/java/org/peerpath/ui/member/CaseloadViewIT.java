package org.peerpath.ui.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.ui.security.SignedInStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** A peer's caseload and member pages (MEM-2, MEM-3) on the demo program. */
@SpringBootTest
@WithUserDetails("peer.ava")
class CaseloadViewIT extends SpringBrowserlessTest {

    @Autowired
    MemberQueries members;

    private Actor me() {
        return ((SignedInStaff)
                        SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .actor();
    }

    @Autowired
    UserDetailsService accounts;

    /** Runs a query as front desk (who sees every member), then signs the peer back in. */
    private <T> T asFrontDesk(java.util.function.Function<Actor, T> query) {
        var peer = SecurityContextHolder.getContext().getAuthentication();
        SignedInStaff desk = (SignedInStaff) accounts.loadUserByUsername("desk.frankie");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(desk, null, desk.getAuthorities()));
        try {
            return query.apply(desk.actor());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(peer);
        }
    }

    @Test
    void conf1_use_cases_refuse_a_role_they_do_not_name_whatever_the_ui_shows() {
        assertThatThrownBy(() -> members.allMembers(me(), "", PageSpec.first(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<MemberSummary> grid() {
        return find(Grid.class).withId("member-grid").single();
    }

    private List<MemberSummary> rows() {
        Grid<MemberSummary> grid = grid();
        List<MemberSummary> rows = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        return rows;
    }

    @Test
    void mem3_the_caseload_lists_only_members_whose_primary_peer_is_me_in_name_order() {
        navigate(CaseloadView.class);

        List<MemberSummary> rows = rows();

        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(row -> assertThat(row.primaryPeerName()).isEqualTo("Ava Sunbrook"));
        List<String> lastNames = rows.stream()
                .map(r -> r.fullName().substring(r.fullName().indexOf(' ') + 1))
                .toList();
        assertThat(lastNames).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void mem3_searching_by_part_of_a_name_narrows_the_caseload() {
        navigate(CaseloadView.class);
        int caseloadSize = rows().size();
        MemberSummary someone = rows().get(1);
        String lastName = someone.fullName().substring(someone.fullName().indexOf(' ') + 1);

        test(find(TextField.class).withId("member-search").single()).setValue(lastName.substring(0, 5));

        List<MemberSummary> found = rows();
        assertThat(found).contains(someone);
        assertThat(found.size()).isLessThan(caseloadSize);
    }

    @Test
    void mem2_members_under_21_carry_an_epsdt_badge_and_adults_do_not() {
        navigate(CaseloadView.class);
        List<MemberSummary> rows = rows();
        assertThat(rows).anyMatch(MemberSummary::epsdt).anyMatch(row -> !row.epsdt());

        for (int i = 0; i < rows.size(); i++) {
            Component nameCell = test(grid()).getCellComponent(i, 0);
            boolean badge = nameCell.getChildren()
                    .flatMap(Component::getChildren) // the first line of the two-line row: name and badges
                    .anyMatch(child -> child instanceof Span span && "EPSDT".equals(span.getText()));
            assertThat(badge)
                    .as(
                            "EPSDT badge of %s (age %d)",
                            rows.get(i).fullName(), rows.get(i).age())
                    .isEqualTo(rows.get(i).age() < 21);
        }
    }

    @Test
    void mem3_clicking_a_row_opens_the_member_page_with_name_age_cin_systems_and_peer() {
        navigate(CaseloadView.class);
        MemberSummary first = rows().getFirst();

        test(grid()).clickRow(0);

        assertThat(getCurrentView()).isInstanceOf(MemberView.class);
        assertThat(find(H1.class).withId("member-name").single().getText()).isEqualTo(first.fullName());
        String header =
                find(Div.class).withId("member-header").single().getElement().getTextRecursively();
        assertThat(header).contains(first.cin(), "Ava Sunbrook", String.valueOf(first.age()), "Yolo");
    }

    @Test
    void mem3_opening_another_peers_member_by_url_shows_not_found_or_not_yours_and_no_data() {
        MemberSummary notMine = asFrontDesk(desk -> members.allMembers(desk, "", PageSpec.first(100))).items().stream()
                .filter(m -> m.primaryPeerName() != null && !m.primaryPeerName().equals("Ava Sunbrook"))
                .findFirst()
                .orElseThrow();

        navigate(MemberView.class, Map.of("memberId", notMine.id().toString()));

        assertThat(find(Div.class)
                        .withId("member-not-found")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Member not found or not yours");
        assertThat(find(H1.class).withId("member-name").all()).isEmpty();
        assertThat(find(Div.class)
                        .withId("member-not-found")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .doesNotContain(notMine.cin(), notMine.fullName());
        assertThat(members.member(me(), notMine.id())).isEmpty();
    }

    @Test
    void conf1_a_peer_cannot_open_the_front_desk_member_list() {
        navigate(CaseloadView.class);

        try {
            navigate(MembersView.class);
        } catch (RuntimeException refused) {
            // Some browserless versions surface the refusal as an exception; either way the list is not shown.
        }

        assertThat(getCurrentView()).isNotInstanceOf(MembersView.class);
    }
}
