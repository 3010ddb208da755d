package org.peerpath.ui.member.collateral;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.peerpath.application.member.port.in.MemberDetails;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.shared.Role;
import org.peerpath.ui.member.MemberHeader;
import org.peerpath.ui.member.workspace.MemberWorkspaceTabs;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.MainLayout;

/** The Collaterals tab: the member's family and other supporters, and what the member allows to share (COL-1, COL-3). */
@Route(value = "members/:memberId/collaterals", layout = MainLayout.class)
@RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.STAFF_ROLE, Role.ADMIN_ROLE})
public class CollateralsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MemberQueries members;
    private final CurrentUser currentUser;
    private String title = "";

    CollateralsView(MemberQueries members, CurrentUser currentUser) {
        this.members = members;
        this.currentUser = currentUser;
        addClassNames("page", LumoUtility.MaxWidth.SCREEN_LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<MemberDetails> member =
                MemberWorkspaceTabs.memberIdOf(event).flatMap(id -> members.member(currentUser.actor(), id));
        member.ifPresentOrElse(this::show, this::showNotFound);
    }

    private void showNotFound() {
        title = getTranslation("member.not-found.title");
        Div box = new Div(new H2(title), new Paragraph(getTranslation("member.not-found.text")));
        box.setId("member-not-found");
        add(box);
    }

    private void show(MemberDetails member) {
        title = getTranslation("collaterals.page-title", member.fullName());
        add(new MemberHeader(member), new MemberWorkspaceTabs(member.id(), CollateralsView.class));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
