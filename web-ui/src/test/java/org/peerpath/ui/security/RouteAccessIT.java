package org.peerpath.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.ui.error.AccessDeniedView;
import org.peerpath.ui.error.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every registered route × every kind of visitor against the table below (CONF-1): the page opens, the visitor is
 * sent to sign in, or the PeerPath access-denied page shows. A route missing from the table fails the test, so a new
 * route must be added here by whoever adds it.
 */
@SpringBootTest
class RouteAccessIT extends SpringBrowserlessTest {

    enum Outcome {
        OPENS,
        SIGN_IN,
        DENIED
    }

    private static final Outcome O = Outcome.OPENS;
    private static final Outcome S = Outcome.SIGN_IN;
    private static final Outcome D = Outcome.DENIED;

    /** Who visits: nobody signed in, one demo account per role, and a disabled account. */
    private static final List<String> VISITORS =
            List.of("anonymous", "peer.ava", "super.dana", "bhp.ellis", "desk.frankie", "admin.gale", "disabled.peer");

    /**
     * The table: route template → outcome per visitor, in the order of {@link #VISITORS}. The sign-in page counts as
     * SIGN_IN for everyone; a parameterised route is visited with the sample in {@link #samplePath}.
     */
    private static final Map<String, List<Outcome>> TABLE = new LinkedHashMap<>();

    static {
        //                              anon peer sup  bhp  desk admin disabled
        TABLE.put("", List.of(S, O, O, O, O, O, S));
        TABLE.put("login", List.of(S, S, S, S, S, S, S));
        TABLE.put("caseload", List.of(S, O, D, D, D, D, S));
        TABLE.put("members", List.of(S, D, D, D, O, O, S));
        TABLE.put("members/new", List.of(S, D, D, D, O, O, S));
        TABLE.put("members/:memberId", List.of(S, O, O, O, O, O, S));
        TABLE.put("admin/staff", List.of(S, D, D, D, D, O, S));
        TABLE.put("my-team/:peerId?", List.of(S, D, O, O, D, D, S));
        TABLE.put("admin/team-assignments", List.of(S, D, D, D, D, O, S));
        TABLE.put("account/password", List.of(S, O, O, O, O, O, S));
        TABLE.put("admin/county", List.of(S, D, D, D, D, O, S));
        TABLE.put("members/:memberId/collaterals", List.of(S, O, O, O, O, O, S));
        TABLE.put("members/:memberId/delivery-systems", List.of(S, O, O, O, O, O, S));
        TABLE.put("members/:memberId/levels-of-care", List.of(S, O, O, O, D, O, S));
        TABLE.put("members/:memberId/claim-records", List.of(S, O, O, O, D, O, S));
        TABLE.put("members/:memberId/recommendations", List.of(S, O, O, O, D, O, S));
        TABLE.put("family-contacts", List.of(S, D, D, D, O, O, S));
        TABLE.put("members/:memberId/details", List.of(S, O, O, O, O, O, S));
        TABLE.put("admin/workforce", List.of(S, D, D, D, D, O, S));
        TABLE.put("admin/workforce/:staffId", List.of(S, D, D, D, D, O, S));
        TABLE.put("my-compliance", List.of(S, O, O, O, D, D, S));
        TABLE.put("compliance", List.of(S, D, O, D, D, O, S));
        TABLE.put("admin/screening", List.of(S, D, D, D, D, O, S));
        TABLE.put("members/:memberId/plan", List.of(S, O, O, O, D, O, S));
        TABLE.put("co-sign", List.of(S, D, O, D, D, D, S));
        TABLE.put("members/:memberId/services", List.of(S, O, O, O, D, O, S));
        TABLE.put("members/:memberId/services/new", List.of(S, O, D, D, D, D, S));
        TABLE.put("members/:memberId/services/:serviceId", List.of(S, O, O, O, D, O, S));
        TABLE.put("services/new", List.of(S, O, D, D, D, D, S));
        TABLE.put("work-queue", List.of(S, O, D, D, D, D, S));
        TABLE.put("admin/plan-template", List.of(S, D, D, D, D, O, S));
        TABLE.put("services/group/new", List.of(S, O, D, D, D, D, S));
    }

    private static final String SAMPLE_ID = new UUID(0, 1).toString();

    /** A parameterised route is visited with a sample ID for each parameter; an optional one is left out. */
    private static String samplePath(String route) {
        return route.replaceAll("/:[A-Za-z]+\\?", "").replaceAll(":[A-Za-z]+", SAMPLE_ID);
    }

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PasswordEncoder passwords;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void conf1_every_route_and_visitor_gets_what_the_table_says() {
        List<String> routes = registeredRoutes();
        assertThat(TABLE.keySet())
                .as("every registered route is in the table (add new routes to RouteAccessIT.TABLE)")
                .containsExactlyInAnyOrderElementsOf(routes);

        List<String> surprises = new ArrayList<>();
        int visits = 0;
        for (int who = 0; who < VISITORS.size(); who++) {
            signInAs(VISITORS.get(who));
            for (String route : routes) {
                Outcome expected = TABLE.get(route).get(who);
                Outcome actual = visit(samplePath(route));
                visits++;
                if (actual != expected) {
                    surprises.add(VISITORS.get(who) + " → /" + route + ": expected " + expected + ", got " + actual);
                }
            }
        }
        System.out.printf("Route × visitor: %d visits, %d surprises%n", visits, surprises.size());
        assertThat(surprises).as("surprises").isEmpty();
    }

    @Test
    void an_unknown_address_shows_the_peerpath_not_found_page_to_a_signed_in_person_and_sign_in_to_others() {
        signInAs("peer.ava");
        UI.getCurrent().navigate("no/such/page");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        signInAs("anonymous");
        UI.getCurrent().navigate("no/such/page");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void a_disabled_account_cannot_sign_in_so_it_stays_anonymous() {
        assertThatThrownBy(this::trySignInDisabled).isInstanceOf(DisabledException.class);
    }

    private List<String> registeredRoutes() {
        return ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext())
                .getRegisteredRoutes()
                .stream()
                .map(RouteData::getTemplate)
                .toList();
    }

    private Outcome visit(String path) {
        UI.getCurrent().navigate(path);
        HasElement view = getCurrentView();
        if (view instanceof LoginView) {
            return Outcome.SIGN_IN;
        }
        if (view instanceof AccessDeniedView) {
            return Outcome.DENIED;
        }
        assertThat(view).as("/" + path).isNotInstanceOf(NotFoundView.class);
        return Outcome.OPENS;
    }

    /** A fresh Vaadin session for the visitor: signed in through the same checks as the sign-in form. */
    private void signInAs(String visitor) {
        SecurityContextHolder.clearContext();
        if (visitor.equals("disabled.peer")) {
            try {
                trySignInDisabled();
            } catch (DisabledException refused) {
                SecurityContextHolder.clearContext(); // as after a refused sign-in: nobody is signed in
            }
        } else if (!visitor.equals("anonymous")) {
            var user = accounts.loadUserByUsername(visitor);
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    /** Signs in a disabled account through the provider the sign-in form uses; Spring's status check refuses it. */
    private void trySignInDisabled() {
        SignedInStaff disabled = new SignedInStaff(
                new StaffAccount(
                        new StaffId(new UUID(0, 2)),
                        "disabled.peer",
                        "Dee Sabled",
                        passwords.encode("demo-password"),
                        Set.of(Role.PEER),
                        false),
                Instant.now());
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(username -> disabled);
        provider.setPasswordEncoder(passwords);
        SecurityContextHolder.getContext()
                .setAuthentication(provider.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("disabled.peer", "demo-password")));
    }
}
