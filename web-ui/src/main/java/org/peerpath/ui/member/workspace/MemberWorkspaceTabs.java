package org.peerpath.ui.member.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.peerpath.member.MemberId;
import org.peerpath.ui.member.DetailsView;
import org.peerpath.ui.member.MemberView;
import org.peerpath.ui.member.claimrecord.ClaimRecordsView;
import org.peerpath.ui.member.collateral.CollateralsView;
import org.peerpath.ui.member.enrollment.DeliverySystemsView;
import org.peerpath.ui.member.levelofcare.LevelsOfCareView;
import org.peerpath.ui.member.plan.PlanView;
import org.peerpath.ui.member.recommendation.RecommendationsView;
import org.peerpath.ui.member.service.ServicesView;

/**
 * The tabs of the member workspace, shown under the member header on each of its pages: links, so that each tab has
 * its own address and the browser's back button works; the open one carries {@code aria-current="page"}.
 */
public final class MemberWorkspaceTabs extends Nav {

    /** One tab: its label's bundle key and the route it opens, which takes {@code :memberId}. */
    public record Tab(String labelKey, Class<? extends Component> route) {}

    /**
     * Every tab of the workspace, in the order shown. Add a tab here (one line) and give its view the route
     * {@code members/:memberId/<tab>} with the roles of the member's care team. A tab shows only to those its view's
     * {@link RolesAllowed} admits: front desk never sees the clinical tabs (CONF-1, CONF-2).
     */
    public static final List<Tab> TABS = List.of(
            new Tab("workspace.tab.overview", MemberView.class),
            new Tab("workspace.tab.details", DetailsView.class),
            new Tab("workspace.tab.delivery-systems", DeliverySystemsView.class),
            new Tab("workspace.tab.levels-of-care", LevelsOfCareView.class),
            new Tab("workspace.tab.recommendations", RecommendationsView.class),
            new Tab("workspace.tab.collaterals", CollateralsView.class),
            new Tab("workspace.tab.plan", PlanView.class),
            new Tab("workspace.tab.services", ServicesView.class),
            new Tab("workspace.tab.claim-records", ClaimRecordsView.class));

    /** The member named by the route's {@code :memberId}, when it is a well-formed ID. */
    public static Optional<MemberId> memberIdOf(BeforeEnterEvent event) {
        return event.getRouteParameters().get("memberId").flatMap(MemberWorkspaceTabs::parseId);
    }

    private static Optional<MemberId> parseId(String text) {
        try {
            return Optional.of(new MemberId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    public MemberWorkspaceTabs(MemberId member, Class<? extends Component> open) {
        addClassName("workspace-tabs");
        setId("workspace-tabs");
        getElement().setAttribute("aria-label", getTranslation("workspace.tabs.label"));
        RouteParameters parameters =
                new RouteParameters("memberId", member.value().toString());
        for (Tab tab : TABS) {
            if (!mayOpen(tab)) {
                continue;
            }
            RouterLink link = new RouterLink(getTranslation(tab.labelKey()), tab.route(), parameters);
            link.addClassName("workspace-tab");
            link.setId("tab-" + tab.labelKey().substring(tab.labelKey().lastIndexOf('.') + 1));
            if (tab.route().equals(open)) {
                link.getElement().setAttribute("aria-current", "page");
                link.addClassName("workspace-tab-open");
            }
            add(link);
        }
    }

    /** The same test the router's access checker makes of the view's {@link RolesAllowed}, for the signed-in person. */
    private static boolean mayOpen(Tab tab) {
        RolesAllowed roles = tab.route().getAnnotation(RolesAllowed.class);
        VaadinRequest request = VaadinRequest.getCurrent();
        if (roles == null || request == null) {
            return true;
        }
        return Arrays.stream(roles.value()).anyMatch(request::isUserInRole);
    }
}
