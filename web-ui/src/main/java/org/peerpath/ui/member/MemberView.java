package org.peerpath.ui.member;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.peerpath.application.member.port.in.AssignPrimaryPeerCommand;
import org.peerpath.application.member.port.in.AssignPrimaryPeerUseCase;
import org.peerpath.application.member.port.in.MemberDetails;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.application.workspace.port.in.MemberOverviewQueries;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.Role;
import org.peerpath.ui.member.workspace.MemberWorkspaceTabs;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DomainErrors;

/** A member's page; only the member's care team gets past its door (MEM-3). */
@Route("members/:memberId")
@RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.STAFF_ROLE, Role.ADMIN_ROLE})
public class MemberView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MemberQueries members;
    private final AssignPrimaryPeerUseCase assignPrimaryPeer;
    private final MemberOverviewQueries overviews;
    private final CurrentUser currentUser;
    private String title = "";

    MemberView(
            MemberQueries members,
            MemberOverviewQueries overviews,
            AssignPrimaryPeerUseCase assignPrimaryPeer,
            CurrentUser currentUser) {
        this.members = members;
        this.overviews = overviews;
        this.assignPrimaryPeer = assignPrimaryPeer;
        this.currentUser = currentUser;
        addClassNames("page", LumoUtility.MaxWidth.SCREEN_LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<MemberDetails> member = event.getRouteParameters()
                .get("memberId")
                .flatMap(MemberView::parseId)
                .flatMap(id -> members.member(currentUser.actor(), id));
        member.ifPresentOrElse(this::show, this::showNotFound);
    }

    private static Optional<MemberId> parseId(String text) {
        try {
            return Optional.of(new MemberId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private void showNotFound() {
        title = getTranslation("member.not-found.title");
        H1 heading = new H1(title);
        heading.addClassName("view-title");
        Div box = new Div(heading, new Paragraph(getTranslation("member.not-found.text")));
        box.setId("member-not-found");
        add(box);
    }

    private void show(MemberDetails member) {
        title = member.fullName();
        add(new MemberHeader(member), new MemberWorkspaceTabs(member.id(), MemberView.class));
        Actor actor = currentUser.actor();
        overviews.overview(actor, member.id()).ifPresent(overview -> add(new MemberOverviewPanel(overview)));
        if (actor.has(Role.STAFF) || actor.has(Role.ADMIN) || actor.has(Role.SUPERVISOR)) {
            add(primaryPeerPicker(member));
        }
    }

    private Div primaryPeerPicker(MemberDetails member) {
        ComboBox<StaffSummary> peer = new ComboBox<>(getTranslation("member.primary-peer.label"));
        // MEM-3: enabled peers only; a supervisor's own peers (the care-team rule decides).
        peer.setItems(members.primaryPeerChoices(currentUser.actor(), member.id()));
        peer.setItemLabelGenerator(StaffSummary::displayName);
        peer.setId("primary-peer");
        peer.getListDataView()
                .getItems()
                .filter(candidate -> candidate.id().equals(member.primaryPeer()))
                .findFirst()
                .ifPresent(peer::setValue);
        Button assign = new Button(getTranslation("member.primary-peer.assign"), click -> {
            if (peer.isEmpty()) {
                peer.setErrorMessage(getTranslation("member.primary-peer.required"));
                peer.setInvalid(true);
                return;
            }
            try {
                assignPrimaryPeer.assign(new AssignPrimaryPeerCommand(
                        currentUser.actor(), member.id(), peer.getValue().id(), member.version()));
                DomainErrors.notifySuccess(getTranslation(
                        "member.primary-peer.done", peer.getValue().displayName()));
                getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            } catch (ConcurrentChangeException stale) {
                // Someone changed the member since this page was shown: nothing is overwritten, the choice stays.
                DomainErrors.notifyError(getTranslation(ConcurrentChangeException.CODE));
            } catch (DomainException refused) {
                DomainErrors.show(refused, Map.of("primaryPeer", peer));
            }
        });
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setId("assign-primary-peer");
        HorizontalLayout row = new HorizontalLayout(peer, assign);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div section = new Div(new H2(getTranslation("member.primary-peer.title")), row);
        section.addClassName("section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
