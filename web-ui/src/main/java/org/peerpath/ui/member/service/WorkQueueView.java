package org.peerpath.ui.member.service;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import org.peerpath.application.service.port.in.ServiceSummary;
import org.peerpath.application.workqueue.port.in.WorkQueue;
import org.peerpath.application.workqueue.port.in.WorkQueueQuery;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Role;
import org.peerpath.ui.language.Languages;
import org.peerpath.ui.member.plan.PlanView;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.FindingList;
import org.peerpath.ui.shared.MainLayout;

/**
 * The peer's home (issue H.5): what waits for them today in their own caseload: notes due today or overdue (SVC-8),
 * plans returned or still drafts (POC-4), members not seen and goals without progress in 30 days (GOAL-2), and their
 * services of the last 90 days that cannot be claimed, each with every reason by rule ID in plain words (CHECK-1).
 */
@Route(value = "work-queue", layout = MainLayout.class)
@Menu(order = 1.5, title = "menu.work-queue", icon = "vaadin:tasks")
@RolesAllowed(Role.PEER_ROLE)
public class WorkQueueView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkQueueQuery workQueue;
    private final CurrentUser currentUser;

    final Button recordService = new Button();
    final Button recordGroup = new Button();
    final UnorderedList notes = new UnorderedList();
    final UnorderedList plans = new UnorderedList();
    final UnorderedList notSeen = new UnorderedList();
    final UnorderedList goals = new UnorderedList();
    final UnorderedList queue = new UnorderedList();

    WorkQueueView(WorkQueueQuery workQueue, CurrentUser currentUser) {
        this.workQueue = workQueue;
        this.currentUser = currentUser;
        addClassNames("page", LumoUtility.MaxWidth.SCREEN_LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H1 title = new H1(getTranslation("work-queue.title"));
        title.addClassName("view-title");
        recordService.setText(getTranslation("workqueue.record-service"));
        recordService.setId("record-service");
        recordService.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recordService.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RecordServiceStartView.class)));
        recordGroup.setText(getTranslation("workqueue.record-group"));
        recordGroup.setId("record-group");
        recordGroup.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(GroupSessionView.class)));
        Div actions = new Div(recordService, recordGroup);
        actions.addClassNames("form-row", "work-queue-actions");

        WorkQueue mine = workQueue.queue(currentUser.actor());
        add(title, actions);
        add(section(
                "queue-notes",
                notes,
                "workqueue.notes.title",
                "workqueue.notes.none",
                mine.notesDue(),
                note -> item(
                        note.member(),
                        note.memberName(),
                        ServicesView.class,
                        text(getTranslation("workqueue.notes.service", date(note.dateOfService()))),
                        badge(
                                note.overdue()
                                        ? getTranslation(
                                                "workqueue.notes.overdue",
                                                date(note.dueAt().toLocalDate()))
                                        : getTranslation("workqueue.notes.due-today"),
                                note.overdue() ? "badge-block" : "badge-warn"),
                        note.crisis() ? badge(getTranslation("services.crisis"), "badge-warn") : text(""))));
        add(section(
                "queue-plans",
                plans,
                "workqueue.plans.title",
                "workqueue.plans.none",
                mine.plans(),
                plan -> item(
                        plan.member(),
                        plan.memberName(),
                        PlanView.class,
                        text(
                                plan.kind() == WorkQueue.PlanToReview.Kind.RETURNED
                                        ? getTranslation("workqueue.plans.returned", plan.days())
                                        : getTranslation("workqueue.plans.draft")))));
        add(section(
                "queue-not-seen",
                notSeen,
                "workqueue.not-seen.title",
                "workqueue.not-seen.none",
                mine.notSeen(),
                member -> item(
                        member.member(),
                        member.memberName(),
                        ServicesView.class,
                        text(
                                member.lastService() == null
                                        ? getTranslation("workqueue.not-seen.never")
                                        : getTranslation(
                                                "workqueue.not-seen.days",
                                                member.days(),
                                                date(member.lastService()))))));
        add(section(
                "queue-goals",
                goals,
                "workqueue.goals.title",
                "workqueue.goals.none",
                mine.quietGoals(),
                goal -> item(
                        goal.member(),
                        goal.memberName(),
                        PlanView.class,
                        text(getTranslation("workqueue.goals.quiet", goal.goal(), goal.days())))));
        notClaimable(mine.notClaimable());
    }

    private <T> Section section(
            String id, UnorderedList list, String titleKey, String noneKey, List<T> items, Function<T, ListItem> row) {
        H2 heading = new H2(getTranslation(titleKey, items.size()));
        heading.addClassName("section");
        Section section = new Section(heading);
        section.setId(id);
        list.removeAll();
        list.addClassNames("work-queue", LumoUtility.Padding.NONE, LumoUtility.ListStyleType.NONE);
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(noneKey));
            none.addClassName("queue-none");
            section.add(none);
        } else {
            items.forEach(i -> list.add(row.apply(i)));
            section.add(list);
        }
        return section;
    }

    private ListItem item(MemberId member, String name, Class<? extends Component> target, Component... details) {
        RouterLink link = new RouterLink(
                name, target, new RouteParameters("memberId", member.value().toString()));
        link.addClassName("service-date");
        Div head = new Div(link);
        head.add(details);
        head.addClassName("service-row-head");
        ListItem item = new ListItem(head);
        item.addClassNames("service-row", LumoUtility.Padding.Vertical.SMALL, LumoUtility.Border.BOTTOM);
        return item;
    }

    private void notClaimable(List<ServiceSummary> notClaimable) {
        H2 heading = new H2(getTranslation("workqueue.not-claimable.title", notClaimable.size()));
        heading.addClassName("section");
        Paragraph intro = new Paragraph(getTranslation("work-queue.not-claimable", notClaimable.size()));
        intro.setId("work-queue-count");
        queue.setId("work-queue");
        queue.addClassNames("work-queue", LumoUtility.Padding.NONE, LumoUtility.ListStyleType.NONE);
        queue.removeAll();
        notClaimable.forEach(s -> queue.add(notClaimableItem(s)));
        Section section = new Section(heading, intro, queue);
        section.setId("queue-not-claimable");
        add(section);
    }

    private ListItem notClaimableItem(ServiceSummary s) {
        ListItem item = item(
                s.member(),
                s.memberName() == null ? "" : s.memberName(),
                ServicesView.class,
                text(date(s.dateOfService())),
                text(s.code().name()));
        item.add(FindingList.row(s.reasons()));
        return item;
    }

    private String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Languages.supported(getLocale()))
                .format(day);
    }

    private static Span text(String words) {
        return new Span(words);
    }

    private static Span badge(String words, String style) {
        Span badge = new Span(words);
        badge.addClassNames("badge", style);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("work-queue.title") + " · " + getTranslation("app.name");
    }
}
