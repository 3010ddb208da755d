package org.peerpath.ui.member;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.shared.Role;
import org.peerpath.ui.security.CurrentUser;

/** A peer's own members (MEM-3), searchable by name, CIN or date of birth. */
@Route("caseload")
@Menu(order = 1, title = "menu.caseload", icon = "vaadin:users")
@RolesAllowed(Role.PEER_ROLE)
public class CaseloadView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MemberGrid grid;

    CaseloadView(MemberQueries members, CurrentUser currentUser) {
        addClassNames("page", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        setSizeFull();
        H1 title = new H1(getTranslation("caseload.title"));
        title.addClassName("view-title");
        Paragraph intro = new Paragraph(getTranslation("caseload.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        grid = new MemberGrid((page, search) -> members.myCaseload(currentUser.actor(), search, page), false)
                .withCount(search -> members.countMyCaseload(currentUser.actor(), search));
        add(title, intro, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.showSearch(event.getLocation()
                .getQueryParameters()
                .getSingleParameter(MemberGrid.SEARCH_PARAMETER)
                .orElse(""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("caseload.title") + " · " + getTranslation("app.name");
    }
}
