package org.peerpath.ui.home;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.peerpath.application.plan.port.in.SupervisorDeskQuery;
import org.peerpath.application.service.port.in.NotesToCosignQuery;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.Role;
import org.peerpath.ui.member.MembersView;
import org.peerpath.ui.member.MyTeamView;
import org.peerpath.ui.member.service.WorkQueueView;
import org.peerpath.ui.plan.SupervisorDeskPanel;
import org.peerpath.ui.security.CurrentUser;

/**
 * The start page sends each person where their day begins: peers to their work queue, supervisors and BHPs to their
 * team, front desk to members. A supervisor's day begins here, with what waits for them (POC-2, POC-3, GOAL-2).
 */
@Route("")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final SupervisorDeskQuery desk;
    private final NotesToCosignQuery notes;

    HomeView(CurrentUser currentUser, SupervisorDeskQuery desk, NotesToCosignQuery notes) {
        this.currentUser = currentUser;
        this.desk = desk;
        this.notes = notes;
        addClassNames("page");
        Paragraph text = new Paragraph(getTranslation("home.text"));
        text.addClassNames(LumoUtility.TextColor.SECONDARY);
        H1 title = new H1(getTranslation("home.title", currentUser.staff().displayName()));
        title.addClassName("view-title");
        add(title, text);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = currentUser.actor();
        if (actor.has(Role.PEER)) {
            event.forwardTo(WorkQueueView.class); // issue H.5: the work queue is the peer's home
        } else if (actor.has(Role.SUPERVISOR)) {
            getChildren().filter(SupervisorDeskPanel.class::isInstance).toList().forEach(this::remove);
            add(new SupervisorDeskPanel(
                    desk.desk(actor), notes.notesToCosign(actor).size()));
        } else if (actor.has(Role.BHP)) {
            event.forwardTo(MyTeamView.class);
        } else if (actor.seesAllMembers()) {
            event.forwardTo(MembersView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
