package org.peerpath.ui.collateral;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerpath.shared.Role;
import org.peerpath.ui.member.MemberView;
import org.peerpath.ui.member.collateral.CollateralsView;

/**
 * The routes of issue E by role (MEM-3, CONF-1, COL-3): the workspace tabs open to the care team, front desk and
 * admins (each use case then decides what they see), Family contacts to front desk and admins only.
 */
class CollateralRoutesTest {

    static Stream<Arguments> routes() {
        Set<String> workspace =
                Set.of(Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.STAFF_ROLE, Role.ADMIN_ROLE);
        return Stream.of(
                Arguments.of(MemberView.class, "members/:memberId", workspace),
                Arguments.of(CollateralsView.class, "members/:memberId/collaterals", workspace),
                Arguments.of(FamilyContactsView.class, "family-contacts", Set.of(Role.STAFF_ROLE, Role.ADMIN_ROLE)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("routes")
    void each_route_opens_to_exactly_the_roles_of_the_table(Class<?> view, String path, Set<String> roles) {
        assertThat(view.getAnnotation(Route.class).value()).isEqualTo(path);
        assertThat(Set.of(view.getAnnotation(RolesAllowed.class).value())).isEqualTo(roles);
    }
}
