package org.peerpath.ui.plan;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.peerpath.application.plan.port.in.PendingSignOff;
import org.peerpath.application.plan.port.in.PlanQueries;
import org.peerpath.application.service.port.in.NoteAwaitingCosign;
import org.peerpath.application.service.port.in.NotesToCosignQuery;
import org.peerpath.shared.Role;
import org.peerpath.ui.language.Languages;
import org.peerpath.ui.member.plan.PlanView;
import org.peerpath.ui.member.service.SavedServiceView;
import org.peerpath.ui.security.CurrentUser;

/**
 * The supervisor's co-sign queue (POC-2, POC-3): the signed plans of the peers they supervise today, oldest first, each
 * with its age in days; each opens the plan, where it is co-signed, reviewed or returned with a comment. Below, when the
 * county asks supervisors to co-sign notes (SVC-10), the signed notes of those peers waiting for their co-sign, each
 * opening the saved service.
 */
@Route("co-sign")
@Menu(order = 2, title = "menu.co-sign", icon = "vaadin:check-square-o")
@RolesAllowed(Role.SUPERVISOR_ROLE)
class CoSignQueueView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanQueries plans;
    private final NotesToCosignQuery notes;
    private final CurrentUser currentUser;

    final UnorderedList queue = new UnorderedList();
    final UnorderedList noteQueue = new UnorderedList();

    CoSignQueueView(PlanQueries plans, NotesToCosignQuery notes, CurrentUser currentUser) {
        this.plans = plans;
        this.notes = notes;
        this.currentUser = currentUser;
        addClassNames("page", LumoUtility.MaxWidth.SCREEN_LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        queue.removeAll();
        H1 title = new H1(getTranslation("plans.queue.title"));
        title.addClassName("view-title");
        Paragraph intro = new Paragraph(getTranslation("plans.queue.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(title, intro);
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Languages.supported(getLocale()));
        List<PendingSignOff> pending = plans.coSignQueue(currentUser.actor());
        if (pending.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("plans.queue.empty"));
            empty.setId("co-sign-empty");
            add(empty);
        } else {
            showPlans(pending, format);
        }
        // SVC-10: the signed notes waiting for this supervisor, when the county asks supervisors to co-sign notes
        List<NoteAwaitingCosign> waitingNotes = notes.notesToCosign(currentUser.actor());
        if (!waitingNotes.isEmpty()) {
            add(noteSection(waitingNotes, format));
        }
    }

    private void showPlans(List<PendingSignOff> pending, DateTimeFormatter format) {
        queue.setId("co-sign-queue");
        queue.addClassName("co-sign-queue");
        for (PendingSignOff plan : pending) {
            RouterLink member = new RouterLink(
                    plan.memberName(),
                    PlanView.class,
                    new RouteParameters("memberId", plan.member().value().toString()));
            member.addClassName("co-sign-member");
            Span kind = new Span(getTranslation(plan.review() ? "plans.queue.review" : "plans.queue.cosign"));
            kind.addClassNames("badge", "badge-standing-past");
            Span age = new Span(getTranslation("plans.queue.age", plan.ageInDays()));
            age.addClassNames("badge", plan.ageInDays() > 7 ? "badge-standing-current" : "badge-delivery-system");
            age.addClassName("co-sign-age");
            Div first = new Div(member, kind, age);
            first.addClassName("badge-row");
            Span facts = new Span(getTranslation(
                    "plans.queue.facts",
                    plan.peerName(),
                    plan.authorName(),
                    plan.versionNumber(),
                    format.format(plan.signedOn())));
            facts.addClassName("co-sign-facts");
            ListItem item = new ListItem(first, facts);
            item.addClassNames(
                    "co-sign-item",
                    LumoUtility.Padding.Vertical.SMALL,
                    LumoUtility.Border.BOTTOM,
                    LumoUtility.BorderColor.CONTRAST_10);
            queue.add(item);
        }
        add(queue);
    }

    private Section noteSection(List<NoteAwaitingCosign> waiting, DateTimeFormatter format) {
        H2 title = new H2(getTranslation("cosign.queue.title"));
        Paragraph intro = new Paragraph(getTranslation("cosign.queue.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        noteQueue.removeAll();
        noteQueue.setId("note-cosign-queue");
        noteQueue.addClassName("co-sign-queue");
        for (NoteAwaitingCosign note : waiting) {
            RouterLink member = new RouterLink(
                    note.memberName(),
                    SavedServiceView.class,
                    new RouteParameters(Map.of(
                            "memberId", note.member().value().toString(),
                            "serviceId", note.service().value().toString())));
            member.addClassName("note-cosign-member");
            Span age = new Span(getTranslation("cosign.queue.age", note.ageInDays()));
            age.addClassNames("badge", note.ageInDays() > 7 ? "badge-standing-current" : "badge-delivery-system");
            Div first = new Div(member, age);
            first.addClassName("badge-row");
            Span facts = new Span(getTranslation(
                    "cosign.queue.facts",
                    note.peerName(),
                    format.format(note.dateOfService()),
                    format.format(note.signedOn())));
            facts.addClassName("co-sign-facts");
            ListItem item = new ListItem(first, facts);
            item.addClassNames(
                    "note-cosign-item",
                    LumoUtility.Padding.Vertical.SMALL,
                    LumoUtility.Border.BOTTOM,
                    LumoUtility.BorderColor.CONTRAST_10);
            noteQueue.add(item);
        }
        Section section = new Section(title, intro, noteQueue);
        section.setId("note-cosign");
        section.addClassName("section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.queue.title") + " · " + getTranslation("app.name");
    }
}
