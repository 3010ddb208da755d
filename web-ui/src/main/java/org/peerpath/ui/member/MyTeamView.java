package org.peerpath.ui.member;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.supervision.port.in.SupervisionQueries;
import org.peerpath.application.supervision.port.in.TeamPeerSummary;
import org.peerpath.shared.Role;
import org.peerpath.ui.security.CurrentUser;

/**
 * My team: the peers a supervisor supervises or a BHP directs today, and each peer's members (MEM-3). The chosen
 * peer is in the address, so that Back from a member's page returns to the same peer.
 */
@Route("my-team/:peerId?")
@Menu(order = 1, title = "menu.my-team", icon = "vaadin:group")
@RolesAllowed({Role.SUPERVISOR_ROLE, Role.BHP_ROLE})
public class MyTeamView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MemberQueries members;
    private final SupervisionQueries supervision;
    private final CurrentUser currentUser;

    MyTeamView(MemberQueries members, SupervisionQueries supervision, CurrentUser currentUser) {
        this.members = members;
        this.supervision = supervision;
        this.currentUser = currentUser;
        addClassNames("page", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H1 title = new H1(getTranslation("team.title"));
        Paragraph intro = new Paragraph(getTranslation("team.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        add(title, intro);
        List<TeamPeerSummary> team = supervision.myTeam(currentUser.actor());
        if (team.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("team.empty"));
            empty.setId("team-empty");
            add(empty);
            return;
        }
        Optional<String> wanted = event.getRouteParameters().get("peerId");
        TeamPeerSummary chosen = team.stream()
                .filter(peer -> wanted.filter(peer.id().toString()::equals).isPresent())
                .findFirst()
                .orElse(team.getFirst());
        add(peers(team, chosen));
        H2 membersTitle = new H2(getTranslation("team.members.title", chosen.displayName()));
        membersTitle.setId("team-members-title");
        membersTitle.addClassNames(LumoUtility.Margin.Top.LARGE, LumoUtility.Margin.Bottom.NONE);
        MemberGrid grid = new MemberGrid(
                (page, search) -> members.teamMembers(currentUser.actor(), chosen.id(), search, page), false);
        add(membersTitle, grid);
    }

    private Grid<TeamPeerSummary> peers(List<TeamPeerSummary> team, TeamPeerSummary chosen) {
        Grid<TeamPeerSummary> peers = new Grid<>();
        peers.addComponentColumn(this::peerCell).setHeader(getTranslation("team.column.peer"));
        peers.setItems(team);
        peers.select(chosen);
        peers.setAllRowsVisible(true);
        peers.addThemeVariants(GridVariant.LUMO_COMPACT);
        peers.setAriaLabel(getTranslation("team.peers.label"));
        peers.setId("team-peers");
        peers.addClassNames(LumoUtility.Flex.SHRINK_NONE);
        peers.addItemClickListener(click -> peers.getUI()
                .ifPresent(ui -> ui.navigate(
                        MyTeamView.class,
                        new RouteParameters("peerId", click.getItem().id().toString()))));
        return peers;
    }

    private Div peerCell(TeamPeerSummary peer) {
        Span name = new Span(peer.displayName());
        name.addClassName("team-peer-name");
        Div badges = new Div();
        badges.addClassName("badge-row");
        if (peer.supervisedByMe()) {
            badges.add(badge("team.peer.supervised", "badge-team"));
        }
        if (peer.directedByMe()) {
            badges.add(badge("team.peer.directed", "badge-team"));
        }
        if (!peer.enabled()) {
            badges.add(badge("team.peer.disabled", "badge-disabled"));
        }
        Div cell = new Div(name, badges);
        cell.addClassName("team-peer");
        return cell;
    }

    private Span badge(String key, String className) {
        Span badge = new Span(getTranslation(key));
        badge.addClassNames("badge", className);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title") + " · " + getTranslation("app.name");
    }
}
