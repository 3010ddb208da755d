package org.peerpath.ui.member;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.shared.Role;
import org.peerpath.ui.security.CurrentUser;

/** A peer's own members (MEM-3), searchable by name. */
@Route("caseload")
@Menu(order = 1, title = "menu.caseload", icon = "vaadin:users")
@RolesAllowed(Role.PEER_ROLE)
public class CaseloadView extends Main implements HasDynamicTitle {

    CaseloadView(MemberQueries members, CurrentUser currentUser) {
        addClassNames("page", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        setSizeFull();
        H2 title = new H2(getTranslation("caseload.title"));
        Paragraph intro = new Paragraph(getTranslation("caseload.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        MemberGrid grid =
                new MemberGrid((page, search) -> members.myCaseload(currentUser.actor(), search, page), false);
        add(title, intro, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("caseload.title") + " · " + getTranslation("app.name");
    }
}
