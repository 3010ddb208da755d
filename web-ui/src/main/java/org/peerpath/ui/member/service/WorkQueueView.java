package org.peerpath.ui.member.service;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
import org.peerpath.application.service.port.in.PeerServiceQueries;
import org.peerpath.application.service.port.in.ServiceSummary;
import org.peerpath.claim.Finding;
import org.peerpath.shared.Role;
import org.peerpath.ui.language.Languages;
import org.peerpath.ui.security.CurrentUser;
import org.peerpath.ui.shared.DomainMessages;
import org.peerpath.ui.shared.MainLayout;

/**
 * The peer's work queue, first part (issue H.5): their services of the last 90 days that cannot be claimed, each with
 * every reason by rule ID in plain words (CHECK-1) and a link to the member's services.
 */
@Route(value = "work-queue", layout = MainLayout.class)
@Menu(order = 1.5, title = "menu.work-queue", icon = "vaadin:tasks")
@RolesAllowed(Role.PEER_ROLE)
public class WorkQueueView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PeerServiceQueries services;
    private final CurrentUser currentUser;

    final UnorderedList queue = new UnorderedList();

    WorkQueueView(PeerServiceQueries services, CurrentUser currentUser) {
        this.services = services;
        this.currentUser = currentUser;
        addClassNames("page", LumoUtility.MaxWidth.SCREEN_LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H1 title = new H1(getTranslation("work-queue.title"));
        title.addClassName("view-title");
        List<ServiceSummary> notClaimable = services.notClaimable(currentUser.actor());
        Paragraph intro = new Paragraph(getTranslation("work-queue.not-claimable", notClaimable.size()));
        intro.setId("work-queue-count");
        queue.setId("work-queue");
        queue.addClassName("work-queue");
        queue.removeAll();
        notClaimable.forEach(s -> queue.add(item(s)));
        add(title, ServiceFormView.recordButton(), intro, queue);
    }

    private ListItem item(ServiceSummary s) {
        RouterLink member = new RouterLink(
                s.memberName() == null ? "" : s.memberName(),
                ServicesView.class,
                new RouteParameters("memberId", s.member().value().toString()));
        member.addClassName("service-date");
        Span when = new Span(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Languages.supported(getLocale()))
                .format(s.dateOfService()));
        Div head = new Div(member, when, new Span(s.code().name()));
        head.addClassName("service-row-head");
        UnorderedList reasons = new UnorderedList();
        reasons.addClassName("check-findings");
        for (Finding f : s.reasons()) {
            Span rule = new Span(f.ruleId());
            rule.addClassNames("badge", "badge-block");
            reasons.add(new ListItem(rule, new Span(DomainMessages.of(f.messageKey(), f.args()))));
        }
        ListItem item = new ListItem(head, reasons);
        item.addClassNames("service-row", LumoUtility.Padding.Vertical.SMALL, LumoUtility.Border.BOTTOM);
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("work-queue.title") + " · " + getTranslation("app.name");
    }
}
