package org.peerpath.ui.member.tab;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerpath.shared.Role;
import org.peerpath.ui.member.enrollment.DeliverySystemsView;
import org.peerpath.ui.member.levelofcare.LevelsOfCareView;
import org.peerpath.ui.member.recommendation.RecommendationsView;
import org.peerpath.ui.shared.MainLayout;

/**
 * Route × role table of the Delivery systems, Levels of care and Recommendations tabs (MEM-3, CONF-1, CONF-2):
 * enrollment facts open to front desk and the care team; the clinical tabs never to front desk.
 */
class EpisodeRoutesTest {

    static Stream<Arguments> routes() {
        Set<String> careTeamAndAdmin = Set.of(Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE);
        Set<String> withFrontDesk =
                Set.of(Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.STAFF_ROLE, Role.ADMIN_ROLE);
        return Stream.of(
                Arguments.of(DeliverySystemsView.class, "members/:memberId/delivery-systems", withFrontDesk),
                Arguments.of(LevelsOfCareView.class, "members/:memberId/levels-of-care", careTeamAndAdmin),
                Arguments.of(RecommendationsView.class, "members/:memberId/recommendations", careTeamAndAdmin));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("routes")
    void conf1_conf2_each_tab_is_opened_only_by_its_roles(Class<?> view, String path, Set<String> roles) {
        assertThat(view.getAnnotation(Route.class).value()).isEqualTo(path);
        assertThat(view.getAnnotation(Route.class).layout()).isEqualTo(MainLayout.class);
        assertThat(Set.of(view.getAnnotation(RolesAllowed.class).value())).isEqualTo(roles);
    }
}
