package org.peerpath.ui.member.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.ui.member.MemberView;
import org.peerpath.ui.member.collateral.CollateralsView;
import org.peerpath.ui.member.enrollment.DeliverySystemsView;
import org.peerpath.ui.member.levelofcare.LevelsOfCareView;
import org.peerpath.ui.member.recommendation.RecommendationsView;
import org.peerpath.ui.security.SignedInStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/** The member workspace shows its tabs under the member header and marks the open one for screen readers (MEM-3). */
@SpringBootTest
@WithUserDetails("peer.ava")
class MemberWorkspaceTabsIT extends SpringBrowserlessTest {

    @Autowired
    MemberQueries members;

    private MemberSummary oneOfMine() {
        SignedInStaff me = (SignedInStaff)
                SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        return members.myCaseload(me.actor(), "", PageSpec.first(1)).items().getFirst();
    }

    private List<RouterLink> tabs() {
        return find(RouterLink.class).all().stream()
                .filter(link -> link.getParent()
                        .map(p -> p instanceof Nav
                                && "workspace-tabs".equals(p.getId().orElse("")))
                        .orElse(false))
                .toList();
    }

    @Test
    void the_overview_shows_every_workspace_tab_with_the_overview_marked_open() {
        MemberSummary member = oneOfMine();

        navigate(MemberView.class, Map.of("memberId", member.id().toString()));

        assertThat(find(Div.class).withId("member-header").all()).hasSize(1);
        assertThat(tabs())
                .extracting(RouterLink::getText)
                .containsExactly(
                        "Overview",
                        "Details",
                        "Delivery systems",
                        "Levels of care",
                        "Recommendations",
                        "Collaterals",
                        "Plan of Care",
                        "Services",
                        "Diagnosis & consent");
        assertThat(tabs())
                .extracting(link -> link.getElement().getAttribute("aria-current"))
                .containsExactly("page", null, null, null, null, null, null, null, null);
        assertThat(tabs())
                .extracting(RouterLink::getHref)
                .containsExactly(
                        "members/" + member.id(),
                        "members/" + member.id() + "/details",
                        "members/" + member.id() + "/delivery-systems",
                        "members/" + member.id() + "/levels-of-care",
                        "members/" + member.id() + "/recommendations",
                        "members/" + member.id() + "/collaterals",
                        "members/" + member.id() + "/plan",
                        "members/" + member.id() + "/services",
                        "members/" + member.id() + "/claim-records");
    }

    @Test
    void the_collaterals_tab_has_the_member_header_and_is_the_one_marked_open() {
        MemberSummary member = oneOfMine();

        navigate(CollateralsView.class, Map.of("memberId", member.id().toString()));

        assertThat(find(Div.class).withId("member-header").single().getElement().getTextRecursively())
                .contains(member.cin());
        assertThat(tabs())
                .extracting(link -> link.getElement().getAttribute("aria-current"))
                .containsExactly(null, null, null, null, null, "page", null, null, null);
    }

    @Test
    void each_episode_tab_has_the_member_header_and_is_the_one_marked_open() {
        MemberSummary member = oneOfMine();
        List<Class<? extends Component>> views =
                List.of(DeliverySystemsView.class, LevelsOfCareView.class, RecommendationsView.class);

        for (int i = 0; i < views.size(); i++) {
            navigate(views.get(i), Map.of("memberId", member.id().toString()));

            assertThat(find(Div.class)
                            .withId("member-header")
                            .single()
                            .getElement()
                            .getTextRecursively())
                    .contains(member.cin());
            assertThat(tabs().get(i + 2).getElement().getAttribute("aria-current"))
                    .isEqualTo("page");
            assertThat(tabs())
                    .filteredOn(link -> link.getElement().hasAttribute("aria-current"))
                    .hasSize(1);
        }
    }

    @Test
    @WithUserDetails("desk.frankie")
    void conf1_front_desk_sees_no_clinical_tab() {
        SignedInStaff me = (SignedInStaff)
                SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        MemberSummary member =
                members.allMembers(me.actor(), "", PageSpec.first(1)).items().getFirst();

        navigate(MemberView.class, Map.of("memberId", member.id().toString()));

        assertThat(tabs())
                .extracting(RouterLink::getText)
                .containsExactly("Overview", "Details", "Delivery systems", "Collaterals");
    }
}
