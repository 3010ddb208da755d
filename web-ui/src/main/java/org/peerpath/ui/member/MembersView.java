package org.peerpath.ui.member;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.shared.Role;
import org.peerpath.ui.security.CurrentUser;

/** Every member of the program, for front desk and admins (CONF-1). */
@Route("members")
@Menu(order = 2, title = "menu.members", icon = "vaadin:records")
@RolesAllowed({Role.STAFF_ROLE, Role.ADMIN_ROLE})
public class MembersView extends Main implements HasDynamicTitle {

    MembersView(MemberQueries members, CurrentUser currentUser) {
        addClassNames("page", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        setSizeFull();
        Button enroll =
                new Button(getTranslation("members.enroll"), VaadinIcon.PLUS.create(), click -> click.getSource()
                        .getUI()
                        .ifPresent(ui -> ui.navigate(EnrollMemberView.class)));
        enroll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enroll.setId("enroll-member");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("members.title")), enroll);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        MemberGrid grid = new MemberGrid((page, search) -> members.allMembers(currentUser.actor(), search, page), true);
        add(header, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title") + " · " + getTranslation("app.name");
    }
}
