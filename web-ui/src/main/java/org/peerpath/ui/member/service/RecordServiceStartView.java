package org.peerpath.ui.member.service;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.shared.Role;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.MainLayout;

/**
 * Recording a service from the work queue (issue H): the peer picks a member of their caseload (MEM-3), then fills in
 * the service form.
 */
@Route(value = "services/new", layout = MainLayout.class)
@RolesAllowed(Role.PEER_ROLE)
public class RecordServiceStartView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MemberQueries members;
    private final CurrentUser currentUser;

    final ComboBox<MemberSummary> member = new ComboBox<>();

    RecordServiceStartView(MemberQueries members, CurrentUser currentUser) {
        this.members = members;
        this.currentUser = currentUser;
        addClassNames("page", LumoUtility.MaxWidth.SCREEN_MEDIUM);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H1 title = new H1(getTranslation("services.form.title"));
        title.addClassName("view-title");
        member.setLabel(getTranslation("services.start.member"));
        member.setId("service-member");
        member.setHelperText(getTranslation("services.start.member.help"));
        member.setItems(
                members.myCaseload(currentUser.actor(), "", PageSpec.first(200)).items());
        member.setItemLabelGenerator(MemberSummary::fullName);
        member.setWidthFull();
        member.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(
                        ServiceFormView.class,
                        new RouteParameters(
                                "memberId", change.getValue().id().value().toString())));
            }
        });
        add(title, member);
        member.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("services.form.title") + " · " + getTranslation("app.name");
    }
}
