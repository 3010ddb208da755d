package org.peerpath.ui.member;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
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

/** Every member of the program, for front desk and admins (CONF-1): one box finds a name, a CIN or a birth date. */
@Route("members")
@Menu(order = 2, title = "menu.members", icon = "vaadin:records")
@RolesAllowed({Role.STAFF_ROLE, Role.ADMIN_ROLE})
public class MembersView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MemberGrid grid;

    MembersView(MemberQueries members, CurrentUser currentUser) {
        addClassNames("page", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        setSizeFull();
        Button enroll =
                new Button(getTranslation("members.enroll"), VaadinIcon.PLUS.create(), click -> click.getSource()
                        .getUI()
                        .ifPresent(ui -> ui.navigate(EnrollMemberView.class)));
        enroll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enroll.setId("enroll-member");
        H1 title = new H1(getTranslation("members.title"));
        title.addClassName("view-title");
        FlexLayout header = new FlexLayout(title, enroll);
        header.setWidthFull();
        header.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassNames(LumoUtility.Gap.SMALL);
        grid = new MemberGrid((page, search) -> members.allMembers(currentUser.actor(), search, page), true)
                .withCount(search -> members.countAllMembers(currentUser.actor(), search));
        add(header, grid);
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
        return getTranslation("members.title") + " · " + getTranslation("app.name");
    }
}
