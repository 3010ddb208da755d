package org.peerpath.ui.member.tab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Optional;
import java.util.UUID;
import org.peerpath.application.member.port.in.MemberDetails;
import org.peerpath.member.MemberId;
import org.peerpath.ui.member.MemberView;

/**
 * What the delivery-system, level-of-care and recommendation pages of a member share: the member named by the
 * route's {@code :memberId}, a short header (name, CIN) with a link back to the member's page, and the calm "not found
 * or not yours" box. Stands in until the workspace's header and tabs replace {@link #header}.
 */
public final class TabPage {

    private TabPage() {}

    /** The member named by the route's {@code :memberId}, when it is a well-formed ID. */
    public static Optional<MemberId> memberIdOf(BeforeEnterEvent event) {
        return event.getRouteParameters().get("memberId").flatMap(text -> {
            try {
                return Optional.of(new MemberId(UUID.fromString(text)));
            } catch (IllegalArgumentException notAnId) {
                return Optional.empty();
            }
        });
    }

    /** The member's name and CIN, and a link back to their page. */
    public static Component header(MemberDetails member, Component within) {
        H2 name = new H2(member.fullName());
        name.setId("member-name");
        name.addClassNames(LumoUtility.Margin.NONE);
        Span cin = new Span(within.getTranslation("member.header.cin") + " " + member.cin());
        cin.setId("member-cin");
        RouterLink back = new RouterLink(
                within.getTranslation("episodes.back-to-member"),
                MemberView.class,
                new RouteParameters("memberId", member.id().value().toString()));
        back.setId("back-to-member");
        Div line = new Div(cin, back);
        line.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.Column.LARGE,
                LumoUtility.Margin.Top.XSMALL);
        Div header = new Div(name, line);
        header.addClassNames("member-header", "tab-page-header");
        header.setId("member-header");
        return header;
    }

    /** Not found, not visible to this person, or not theirs to see: all read the same (MEM-3). */
    public static Component notFound(Component within) {
        Div box = new Div(
                new H2(within.getTranslation("member.not-found.title")),
                new Paragraph(within.getTranslation("member.not-found.text")));
        box.setId("member-not-found");
        return box;
    }
}
