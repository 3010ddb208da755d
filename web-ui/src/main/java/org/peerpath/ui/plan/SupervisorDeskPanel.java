package org.peerpath.ui.plan;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.peerpath.application.plan.port.in.PlanFollowUp;
import org.peerpath.application.plan.port.in.SupervisorDesk;
import org.peerpath.ui.member.plan.PlanView;

/**
 * The supervisor's start page (POC-2, POC-3, POC-4, GOAL-2): what waits for their co-sign or review, the plans they
 * returned, and members of their peers whose goals need a look. Data from {@code SupervisorDeskQuery}; the count of
 * signed notes waiting for their co-sign (SVC-10) from {@code NotesToCosignQuery}.
 */
public class SupervisorDeskPanel extends Div {

    /** @param notesWaiting SVC-10: how many signed progress notes wait for this supervisor's co-sign */
    public SupervisorDeskPanel(SupervisorDesk desk, int notesWaiting) {
        addClassName("supervisor-desk");
        add(
                waiting(desk, notesWaiting),
                list("desk-returned", "plans.desk.returned.title", "plans.desk.returned.empty", desk.returned()));
        add(list("desk-attention", "plans.desk.attention.title", "plans.desk.attention.empty", desk.attention()));
    }

    private Section waiting(SupervisorDesk desk, int notesWaiting) {
        Section section = new Section(new H2(getTranslation("plans.desk.waiting.title")));
        section.setId("desk-waiting");
        Paragraph summary = new Paragraph(
                desk.waiting().isEmpty()
                        ? getTranslation("plans.queue.empty")
                        : getTranslation(
                                "plans.desk.waiting.summary", desk.waiting().size(), desk.oldestAgeInDays()));
        summary.setId("desk-waiting-summary");
        RouterLink open = new RouterLink(getTranslation("plans.desk.waiting.open"), CoSignQueueView.class);
        open.setId("desk-open-queue");
        section.add(summary);
        if (notesWaiting > 0) {
            Paragraph notes = new Paragraph(getTranslation("cosign.desk.notes", notesWaiting));
            notes.setId("desk-notes-waiting");
            section.add(notes);
        }
        section.add(open);
        return section;
    }

    private Section list(String id, String titleKey, String emptyKey, List<PlanFollowUp> followUps) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.setId(id);
        if (followUps.isEmpty()) {
            section.add(new Paragraph(getTranslation(emptyKey)));
            return section;
        }
        UnorderedList items = new UnorderedList();
        for (PlanFollowUp followUp : followUps) {
            RouterLink member = new RouterLink(
                    followUp.memberName(),
                    PlanView.class,
                    new RouteParameters("memberId", followUp.member().value().toString()));
            member.addClassName("desk-member");
            Span why = new Span(getTranslation(
                    "plans.desk.reason." + followUp.reason().name(),
                    followUp.goal() == null ? "" : followUp.goal(),
                    followUp.days()));
            why.addClassName("desk-reason");
            Span peer = new Span(getTranslation("plans.desk.peer", followUp.peerName()));
            peer.addClassNames(LumoUtility.TextColor.SECONDARY);
            ListItem item = new ListItem(member, new Span(" · "), why, new Span(" · "), peer);
            item.addClassNames("desk-item", LumoUtility.Padding.Vertical.XSMALL);
            items.add(item);
        }
        section.add(items);
        return section;
    }
}
